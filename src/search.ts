/**
 * Search: accent- and case-insensitive matching of every word, and highlighting of the
 * matches with the CSS Custom Highlight API (no DOM change) or `<mark>` where it is missing.
 */

/** Name of the highlight shared by every FAQ on the page; styled with `::highlight(apt-faq-match)`. */
export const HIGHLIGHT_NAME = 'apt-faq-match';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-case, accents removed: "Éducation" → "education". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The words of a query, folded; empty when there is nothing to search for. */
export function queryWords(query: string): string[] {
  return fold(query).split(/\s+/).filter(Boolean);
}

/** True when every word occurs in the (already folded) text. */
export function matchesAll(foldedText: string, words: readonly string[]): boolean {
  return words.every((word) => foldedText.includes(word));
}

/**
 * Where the words occur in the text nodes under `root`, as ranges. Folding can change a
 * string's length ("ﬁ" → "fi"), so each folded character remembers where it came from.
 */
export function matchRanges(root: Node, words: readonly string[]): Range[] {
  const ranges: Range[] = [];
  if (words.length === 0) return ranges;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    let folded = '';
    const origin: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const piece = fold(text[i]);
      folded += piece;
      for (let k = 0; k < piece.length; k++) origin.push(i);
    }
    origin.push(text.length);
    for (const word of words) {
      for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
        const range = document.createRange();
        range.setStart(node, origin[at]);
        range.setEnd(node, origin[at + word.length - 1] + 1);
        ranges.push(range);
      }
    }
  }
  return ranges;
}

interface HighlightRegistry {
  get(name: string): { add(range: Range): void; delete(range: Range): void } | undefined;
  set(name: string, highlight: unknown): void;
}
type HighlightConstructor = new () => { add(range: Range): void; delete(range: Range): void };

function registry(): HighlightRegistry | undefined {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Highlight = (globalThis as { Highlight?: HighlightConstructor }).Highlight;
  if (!css?.highlights || !Highlight) return undefined;
  if (!css.highlights.get(HIGHLIGHT_NAME)) css.highlights.set(HIGHLIGHT_NAME, new Highlight());
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
    const ranges = [...roots].flatMap((root) => matchRanges(root, words));
    const highlights = registry()?.get(HIGHLIGHT_NAME);
    if (highlights) {
      for (const range of ranges) highlights.add(range);
      this.#ranges = ranges;
      return;
    }
    // Without the Highlight API: wrap each match in <mark>, last first so offsets stay valid.
    for (const range of [...ranges].reverse()) {
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
    const highlights = registry()?.get(HIGHLIGHT_NAME);
    for (const range of this.#ranges) highlights?.delete(range);
    this.#ranges = [];
    for (const mark of this.#marks) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    }
    this.#marks = [];
  }
}
