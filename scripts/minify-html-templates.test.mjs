// `node --test scripts/minify-html-templates.test.mjs` (part of `npm run test:package`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyHtmlTemplates } from './minify-html-templates.mjs';

test('drops the indentation between tags and expressions', () => {
  const source = 'x = html`<div class="a">\n    ${one}\n    <p>text</p>\n  </div>`;';
  assert.equal(minifyHtmlTemplates(source), 'x = html`<div class="a">${one}<p>text</p></div>`;');
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
