/**
 * Highlighting of search matches with the CSS Custom Highlight API (no DOM change), or
 * `<mark>` where it is missing.
 */
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

/** The highlights one FAQ has on screen, so it can remove exactly its own. */
export class Highlighter {
  #ranges: Range[] = [];
  #marks: HTMLElement[] = [];

  /**
   * Replaces the previous highlights with the words' matches under `roots`. The old marks go
   * first: removing them merges text nodes, so ranges must be found afterwards.
   */
  show(roots: Iterable<Node>, words: readonly string[]): void {
    this.clear();
    if (words.length === 0) return;
    const ranges = [...roots].flatMap((root) => matchRanges(root, words));
    const highlights = registry()?.get(HIGHLIGHT_NAME);
    if (highlights) {
      for (const range of ranges) highlights.add(range);
      this.#ranges = ranges;
      return;
    }
    // Without the Highlight API: wrap each match in <mark>, last first so offsets stay valid.
    // Only in the FAQ's own markup: the page author's is never rewritten.
    for (const range of [...ranges].reverse()) {
      if (!(range.startContainer.getRootNode() instanceof ShadowRoot)) continue;
      const mark = document.createElement('mark');
      try {
        range.surroundContents(mark);
        this.#marks.push(mark);
      } catch {
        // overlapping matches ("a" inside "aa"): the first wrap is enough
      }
    }
  }

  clear(): void {
    if (this.#ranges.length > 0) {
      const highlights = registry()?.get(HIGHLIGHT_NAME);
      for (const range of this.#ranges) highlights?.delete(range);
      this.#ranges = [];
    }
    for (const mark of this.#marks) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    }
    this.#marks = [];
  }
}
