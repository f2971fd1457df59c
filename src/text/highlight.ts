/** Highlighting of search matches with the CSS Custom Highlight API: no change to the DOM. */
import { matchRanges } from './match.js';

/** Name of the highlight shared by every FAQ on the page; styled with `::highlight(apt-faq-match)`. */
export const HIGHLIGHT_NAME = 'apt-faq-match';

interface HighlightRegistry {
  get(name: string): { add(range: Range): void; delete(range: Range): void } | undefined;
  set(name: string, highlight: unknown): void;
}
type HighlightConstructor = new () => { add(range: Range): void; delete(range: Range): void };

function registry(): HighlightRegistry | undefined {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  if (!css?.highlights || !Highlight) return undefined;
  if (!css.highlights.get(HIGHLIGHT_NAME)) {
    css.highlights.set(HIGHLIGHT_NAME, new Highlight());
    // Hand-written answers are in the page, where only the page's styles reach: a highlight
    // is painted with the styles of its text's own tree. A constructed sheet passes a strict CSP.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`::highlight(${HIGHLIGHT_NAME}){background-color:Mark;color:MarkText}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  return css.highlights;
}

/**
 * The highlights one item has on screen, so it can remove exactly its own. Every browser we
 * support has the Highlight API (Firefox since 140, Safari since 17.2); without it the search
 * still filters, without highlighting.
 */
export class Highlighter {
  #ranges: Range[] = [];

  /** Replaces the previous highlights with the words' matches under `roots`. */
  show(roots: Iterable<Node>, words: readonly string[]): void {
    this.clear();
    const highlights = words.length > 0 ? registry()?.get(HIGHLIGHT_NAME) : undefined;
    if (!highlights) return;
    this.#ranges = [...roots].flatMap((root) => matchRanges(root, words));
    for (const range of this.#ranges) highlights.add(range);
  }

  clear(): void {
    if (this.#ranges.length === 0) return;
    const highlights = registry()?.get(HIGHLIGHT_NAME);
    for (const range of this.#ranges) highlights?.delete(range);
    this.#ranges = [];
  }
}
