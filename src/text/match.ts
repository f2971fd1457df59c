/**
 * Search matching: accent- and case-insensitive, every word of the query must occur.
 * Pure text functions, plus {@link matchRanges} to find the words in rendered text.
 */

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
      const piece = text[i] < '\x80' ? text[i].toLowerCase() : fold(text[i]); // ASCII: one for one, fast
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
