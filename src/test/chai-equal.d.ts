/**
 * `@open-wc/semantic-dom-diff` types chai's `equal` as returning a promise (for its DOM
 * comparisons), so type-aware lint would call every `expect(x).to.equal(y)` a floating
 * promise. Our comparisons are synchronous: this overload, merged after theirs (hence the
 * import), is tried first. `await expect(el).dom.to.equal(…)` would still need its await.
 */
import '@open-wc/testing';

declare global {
  namespace Chai {
    interface Equal {
      (value: unknown, message?: string): Assertion;
    }
  }
}
