// Removes the indentation of Lit `html` templates at build time.
//
// Every line break and indent between two tags of a template becomes a whitespace text
// node in the page: three per FAQ item, 3,000 nodes for 1,000 items, and bytes in the
// bundle. The source keeps its readable layout; the build drops that whitespace.
//
// Rules, for each run of whitespace that contains a line break in a template's static text:
// - between two tag or expression boundaries (`>` or `${…}` or the template's ends on both
//   sides): removed;
// - anywhere else (between attributes, inside text): one space, which renders the same.
// Expressions are copied as they are, except the `html` templates nested in them.

/** The whitespace of one static part of a template, collapsed by the rules above. */
function collapse(text) {
  return text.replace(/\s*\n\s*/g, (run, offset) => {
    const before = offset === 0 || text[offset - 1] === '>';
    const after = offset + run.length === text.length || text[offset + run.length] === '<';
    return before && after ? '' : ' ';
  });
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
 * Copies the template literal whose backtick is at `start`, collapsing its static text when
 * it is an `html` template. Returns the text and the index just past its closing backtick.
 */
function template(source, start) {
  const minify = isTagged(source, start);
  let out = '`';
  let part = '';
  let i = start + 1;
  const flush = () => {
    out += minify ? collapse(part) : part;
    part = '';
  };
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') {
      part += source.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      flush();
      return { text: `${out}\``, end: i + 1 };
    } else if (char === '$' && source[i + 1] === '{') {
      flush();
      const expression = expressionFrom(source, i + 2);
      out += `\${${expression.text}}`;
      i = expression.end;
    } else {
      part += char;
      i += 1;
    }
  }
  throw new Error('minify-html-templates: unterminated template literal');
}

/** Copies a `${…}` expression starting at `start`, up to its closing brace (returned past it). */
function expressionFrom(source, start) {
  let out = '';
  let depth = 0;
  let i = start;
  while (i < source.length) {
    const char = source[i];
    if (char === '"' || char === "'") {
      const end = skipString(source, i);
      out += source.slice(i, end);
      i = end;
    } else if (char === '`') {
      const nested = template(source, i);
      out += nested.text;
      i = nested.end;
    } else if (char === '{') {
      depth += 1;
      out += char;
      i += 1;
    } else if (char === '}') {
      if (depth === 0) return { text: out, end: i + 1 };
      depth -= 1;
      out += char;
      i += 1;
    } else {
      out += char;
      i += 1;
    }
  }
  throw new Error('minify-html-templates: unterminated ${} expression');
}

/** `source` with the static text of every `html` template collapsed (see the rules above). */
export function minifyHtmlTemplates(source) {
  let out = '';
  let i = 0;
  for (let tick = source.indexOf('html`'); tick >= 0; tick = source.indexOf('html`', i)) {
    const backtick = tick + 4;
    if (!isTagged(source, backtick)) {
      out += source.slice(i, backtick + 1);
      i = backtick + 1;
      continue;
    }
    const copied = template(source, backtick);
    out += source.slice(i, backtick) + copied.text;
    i = copied.end;
  }
  return out + source.slice(i);
}

/** The Vite plugin: the widget's modules under src/ (not the tests). */
export const minifyHtmlTemplatesPlugin = {
  name: 'apt-faq-minify-html-templates',
  transform(code, id) {
    if (!/\/src\/[^/]+\.ts$/.test(id) || id.endsWith('.test.ts') || !code.includes('html`')) return undefined;
    return { code: minifyHtmlTemplates(code), map: null };
  },
};
