// `node --test scripts/minify-html-templates.test.mjs` (part of `npm run test:package`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyHtmlTemplates, minifyHtmlTemplatesPlugin } from './minify-html-templates.mjs';

test('drops the indentation between tags and expressions', () => {
  const source = 'x = html`<div class="a">\n    ${one}\n    <p>text</p>\n  </div>`;';
  assert.equal(minifyHtmlTemplates(source), 'x = html`<div class="a">${one}<p>text</p></div>`;');
});

test('keeps one space between two expressions, which may both be text', () => {
  assert.equal(minifyHtmlTemplates('html`<p>${first}\n  ${second}</p>`'), 'html`<p>${first} ${second}</p>`');
});

test('keeps one space between attributes and inside text', () => {
  const source = 'html`<input\n  part="search"\n  .value=${v}\n/><p>Two\n    lines</p><b>x</b>\n  tail`';
  assert.equal(minifyHtmlTemplates(source), 'html`<input part="search" .value=${v} /><p>Two lines</p><b>x</b> tail`');
});

test('minifies html templates nested in expressions, and nothing else', () => {
  const nested = 'const a = html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>`;';
  assert.equal(minifyHtmlTemplates(nested), 'const a = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;');
  const others = [
    'const b = `keep\n   this`;',
    "const c = css`:host {\n  display: block;\n}`;",
    'const e = xhtml`<p>\n  kept</p>`;',
    'const f = `${html`<b>\n</b>`}\n  kept`;',
  ];
  for (const source of others.slice(0, 3)) assert.equal(minifyHtmlTemplates(source), source);
  assert.equal(minifyHtmlTemplates(others[3]), 'const f = `${html`<b></b>`}\n  kept`;');
});

test('copies expressions with strings, braces and escaped backticks as they are', () => {
  const source = "html`<p title=${'}'}>\n  ${{ a: 1 }.a} \\` ${\"x`y\"}\n</p>`";
  assert.equal(minifyHtmlTemplates(source), "html`<p title=${'}'}>${{ a: 1 }.a} \\` ${\"x`y\"}</p>`");
});

/** Decodes a source map's mappings into [generatedLine][] = { column, line, originalColumn }. */
function decode(mappings) {
  const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const state = [0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = BASE64.indexOf(char);
          value += (digit & 31) << shift;
          shift += 5;
          if (!(digit & 32)) {
            values.push(value & 1 ? -(value >> 1) : value >> 1);
            value = 0;
            shift = 0;
          }
        }
        values.forEach((v, i) => (state[i] += v));
        return { column: state[0], line: state[2], originalColumn: state[3] };
      });
  });
}

test('the Vite plugin gives a source map that points code after a template at its own line', () => {
  const source = 'const a = html`<div>\n  <p>x</p>\n</div>`;\nconst after = 1;\n';
  const { code, map } = minifyHtmlTemplatesPlugin.transform(source, '/project/src/a.ts');
  assert.equal(code, 'const a = html`<div><p>x</p></div>`;\nconst after = 1;\n');
  const lines = decode(map.mappings);
  // `const after` is line 1 of the output and line 3 of the source, both at column 0.
  assert.deepEqual(lines[1][0], { column: 0, line: 3, originalColumn: 0 });
  // `<p>` (output line 0, column 20) came from source line 1, column 2.
  const p = code.indexOf('<p>');
  const segment = lines[0].filter((s) => s.column <= p).at(-1);
  assert.deepEqual({ line: segment.line, column: segment.originalColumn + (p - segment.column) }, { line: 1, column: 2 });
});
