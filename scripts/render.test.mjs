// `node --test scripts/render.test.mjs` (part of `npm run test:package`), after a build: the
// `apt-faq render` command prints hand-written markup that holds nothing but what SPEC allows,
// however hostile the JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const render = (...args) => execFileSync(process.execPath, ['dist/cli.js', 'render', ...args], { encoding: 'utf8' });

/** Every tag and attribute name in `markup`. */
function namesIn(markup) {
  const tags = new Set();
  const attributes = new Set();
  for (const [, name, rest] of markup.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    tags.add(name.toLowerCase());
    for (const [, attribute] of rest.matchAll(/\s([^\s=/>]+)(?:="[^"]*")?/g)) attributes.add(attribute.toLowerCase());
  }
  return { tags, attributes };
}

const ALLOWED_TAGS = ['apt-faq', 'apt-faq-item', 'h3', 'p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i', 'blockquote', 'code'];
const ALLOWED_ATTRIBUTES = ['lang', 'id', 'open', 'slot', 'href', 'rel'];

test('renders the bundled APT FAQ as hand-written items with headings', () => {
  const markup = render();
  assert.match(markup, /^<apt-faq lang="en">\n/);
  assert.equal(markup.match(/<apt-faq-item id="[a-z-]+">/g).length, 6);
  assert.match(markup, /<h3 slot="question">Can my organisation get funding through the APT\?<\/h3>/);
});

test('cleans hostile answers and escapes questions: only SPEC\'s elements and attributes remain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apt-faq-render-'));
  const file = join(dir, 'hostile.json');
  const hostile = [
    '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><a href="https://ok.example/" onclick="x">ok</a>',
    '<svg><script>alert(1)</script></svg><math><mi><style><img src onerror=alert(2)></style></mi></math>',
    '<noscript><p title="</noscript><img src=x onerror=alert(4)>"></noscript><form><input></form>',
    '<p title="&quot; onmouseover=alert(3)">t</p><iframe srcdoc="<script>alert(5)</script>"></iframe>',
    '<a href="  java\tscript:alert(6)">tab</a><template><script>alert(7)</script></template><style>*{}</style>',
  ];
  writeFileSync(
    file,
    JSON.stringify({
      items: [
        { question: '<script>alert(0)</script>"?', answer: hostile[0] },
        ...hostile.slice(1).map((answer, i) => ({ question: `Q${i}?`, answer })),
        { id: 'bad id', question: 'Skipped?', answer: 'x' },
      ],
    }),
  );
  const markup = execFileSync(process.execPath, ['dist/cli.js', 'render', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const { tags, attributes } = namesIn(markup);
  assert.deepEqual([...tags].filter((tag) => !ALLOWED_TAGS.includes(tag)), []);
  assert.deepEqual([...attributes].filter((attribute) => !ALLOWED_ATTRIBUTES.includes(attribute)), []);
  assert.doesNotMatch(markup, /javascript:|alert\(\d\)<\/script>|onerror|onclick/i);
  assert.match(markup, /<h3 slot="question">&lt;script&gt;alert\(0\)&lt;\/script&gt;&quot;\?<\/h3>/);
  assert.match(markup, /<a rel="noopener noreferrer" href="https:\/\/ok.example\/">ok<\/a>/);
  assert.equal(markup.match(/<apt-faq-item /g).length, 5, 'the invalid item is skipped');
});

test('says what is wrong with a file that is not a FAQ document, and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apt-faq-render-'));
  const file = join(dir, 'not-faq.json');
  writeFileSync(file, '{"questions": []}');
  assert.throws(() => render(file), (error) => error.status === 1 && /"items" array/.test(error.stderr));
});

test('takes --heading-level', () => {
  assert.match(render('--heading-level', '2'), /<h2 slot="question">/);
  assert.throws(() => render('--heading-level', '9'), (error) => error.status === 2);
});

test('demo/hand-written.html holds exactly what render prints for the bundled FAQ', async () => {
  const { readFileSync } = await import('node:fs');
  const page = readFileSync('demo/hand-written.html', 'utf8');
  const items = (markup) => [...markup.matchAll(/<apt-faq-item[\s\S]*?<\/apt-faq-item>/g)].map((match) => match[0].replace(/\s+/g, ' '));
  assert.deepEqual(items(page), items(render('--heading-level', '2')));
});
