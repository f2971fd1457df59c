/**
 * Anchors and the URL hash. The hash is untrusted input from the address bar: it is only
 * decoded and compared with known anchors, never parsed as HTML or turned into a selector.
 */

/** Longer hashes are not anchors of ours; ignoring them keeps hostile input cheap. */
const MAX_HASH_LENGTH = 2048;

/** The `href` of a link to an anchor on this page. */
export function anchorHref(anchor: string): string {
  return `#${encodeURIComponent(anchor)}`;
}

/** The anchor a hash names (`#caf%C3%A9` → `café`), or `undefined` for an empty or malformed hash. */
export function anchorFromHash(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw || raw.length > MAX_HASH_LENGTH || raw.startsWith(':~:')) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined; // e.g. "%E0%A4%A": not valid percent-encoding
  }
}

/** The item id an anchor names under `prefix`, or `undefined`. */
export function idFromAnchor(anchor: string | undefined, prefix: string): string | undefined {
  if (anchor === undefined || !anchor.startsWith(prefix)) return undefined;
  return anchor.slice(prefix.length) || undefined;
}

/**
 * Replaces the URL's hash without a new history entry and without `hashchange`.
 * Returns false where the page's URL cannot be changed (sandboxed frames, `about:srcdoc`).
 */
export function replaceHash(anchor: string | undefined): boolean {
  const url = location.pathname + location.search + (anchor === undefined ? '' : anchorHref(anchor));
  try {
    history.replaceState(history.state, '', url);
    return true;
  } catch {
    return false;
  }
}
