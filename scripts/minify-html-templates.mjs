// Removes the indentation of Lit `html` templates at build time.
//
// Every line break and indent between two tags of a template becomes a whitespace text
// node in the page: three per FAQ item, 3,000 nodes for 1,000 items, and bytes in the
// bundle. The source keeps its readable layout; the build drops that whitespace.
//
// Rules, for each run of whitespace that contains a line break in a template's static text:
// - after a tag (`>`) or an expression, and before a tag (`<`) or an expression — but not
//   between two expressions, which may both be text: removed;
// - anywhere else (between attributes, inside text): one space, which renders the same.
// Expressions are copied as they are, except the `html` templates nested in them.
//
// Limits: it is a scanner for this project's own sources, not a JavaScript parser. Inside
// `${…}` it knows strings and nested templates, not regular expressions or comments; a
// backtick or an unbalanced brace in one of those would confuse it. The CSP test page loads
// the built bundle, so the minified templates run in every browser test run.

import { applyEdits, sourceMapForEdits } from './source-edits.mjs';

/**
 * Records the edits that collapse the whitespace of one static part of a template (the text
 * from `start` to `end` of `source`) by the rules above.
 */
function collapse(source, start, end, edits) {
  const text = source.slice(start, end);
  for (const match of text.matchAll(/\s*\n\s*/g)) {
    const offset = match.index;
    const atStart = offset === 0;
    const atEnd = offset + match[0].length === text.length;
    const before = atStart || text[offset - 1] === '>';
    const after = atEnd || text[offset + match[0].length] === '<';
    const replacement = before && after && !(atStart && atEnd) ? '' : ' ';
    edits.push({ start: start + offset, end: start + offset + match[0].length, text: replacement });
  }
}

/** Index just past the string literal that starts at `start` (a quote). */
function skipString(source, start) {
  const quote = source[start];
  let i = start + 1;
  while (i < source.length && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

const isTagged = (source, backtick) => /(^|[^\w$.])html$/.test(source.slice(Math.max(0, backtick - 5), backtick));

/**
 * Scans the template literal whose backtick is at `start`, recording edits for its static
 * text when it is an `html` template. Returns the index just past its closing backtick.
 */
function template(source, start, edits) {
  const minify = isTagged(source, start);
  let partStart = start + 1;
  let i = partStart;
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') {
      i += 2;
    } else if (char === '`' || (char === '$' && source[i + 1] === '{')) {
      if (minify) collapse(source, partStart, i, edits);
      if (char === '`') return i + 1;
      i = expression(source, i + 2, edits);
      partStart = i;
    } else {
      i += 1;
    }
  }
  throw new Error('minify-html-templates: unterminated template literal');
}

/** Scans a `${…}` expression starting at `start`; returns the index just past its closing brace. */
function expression(source, start, edits) {
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const char = source[i];
    if (char === '"' || char === "'") {
      i = skipString(source, i);
    } else if (char === '`') {
      i = template(source, i, edits);
    } else if (char === '}' && depth === 0) {
      return i + 1;
    } else {
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      i += 1;
    }
  }
  throw new Error('minify-html-templates: unterminated ${} expression');
}

/** The edits that collapse the static text of every `html` template of `source`. */
function templateEdits(source) {
  const edits = [];
  let i = 0;
  for (let tick = source.indexOf('html`'); tick >= 0; tick = source.indexOf('html`', i)) {
    const backtick = tick + 4;
    i = isTagged(source, backtick) ? template(source, backtick, edits) : backtick + 1;
  }
  return edits;
}

/** `source` with the static text of every `html` template collapsed (see the rules above). */
export function minifyHtmlTemplates(source) {
  return applyEdits(source, templateEdits(source));
}

/** The Vite plugin: the widget's modules under src/ (not the tests), with a source map. */
export const minifyHtmlTemplatesPlugin = {
  name: 'apt-faq-minify-html-templates',
  transform(code, id) {
    if (!/\/src\/[^/]+\.ts$/.test(id) || id.endsWith('.test.ts') || !code.includes('html`')) return undefined;
    const edits = templateEdits(code);
    return { code: applyEdits(code, edits), map: sourceMapForEdits(code, edits, id) };
  },
};
