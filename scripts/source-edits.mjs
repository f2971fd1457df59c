// Replacements in a source text, and the source map that says where each output position
// came from: for build steps that rewrite parts of a module (the html-template minifier,
// the stylesheet minifier), so the bundle's source map still points at the right lines.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One Base64 VLQ number, as source maps encode them. */
function vlq(value) {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest) digit |= 32;
    out += BASE64[digit];
  } while (rest);
  return out;
}

/**
 * @param {string} source
 * @param {{ start: number, end: number, text: string }[]} edits sorted, not overlapping
 * @returns {string} `source` with each span `start`–`end` replaced by its `text`
 */
export function applyEdits(source, edits) {
  let out = '';
  let at = 0;
  for (const { start, end, text } of edits) {
    out += source.slice(at, start) + text;
    at = end;
  }
  return out + source.slice(at);
}

/**
 * A version 3 source map from `applyEdits(source, edits)` back to `source`: a segment at the
 * start of every output line and just after every edit; text in between is copied as is.
 * Replacement texts must not contain line breaks.
 */
export function sourceMapForEdits(source, edits, file) {
  const lines = [[]];
  const original = { line: 0, column: 0 };
  let column = 0;
  const mark = () => lines.at(-1).push({ column, line: original.line, originalColumn: original.column });
  const advanceOriginal = (text) => {
    for (const char of text) {
      if (char === '\n') {
        original.line += 1;
        original.column = 0;
      } else original.column += 1;
    }
  };
  const copy = (text) => {
    for (const char of text) {
      if (char === '\n') {
        original.line += 1;
        original.column = 0;
        column = 0;
        lines.push([]);
        mark();
      } else {
        original.column += 1;
        column += 1;
      }
    }
  };
  mark();
  let at = 0;
  for (const { start, end, text } of edits) {
    copy(source.slice(at, start));
    advanceOriginal(source.slice(start, end));
    column += text.length;
    mark();
    at = end;
  }
  copy(source.slice(at));

  let previous = { line: 0, originalColumn: 0 };
  const mappings = lines
    .map((segments) => {
      let previousColumn = 0;
      return segments
        .map((segment) => {
          const encoded =
            vlq(segment.column - previousColumn) +
            vlq(0) +
            vlq(segment.line - previous.line) +
            vlq(segment.originalColumn - previous.originalColumn);
          previousColumn = segment.column;
          previous = segment;
          return encoded;
        })
        .join(',');
    })
    .join(';');
  return { version: 3, file, sources: [file], sourcesContent: [source], names: [], mappings };
}
