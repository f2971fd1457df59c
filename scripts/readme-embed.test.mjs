/* global document, customElements -- in page.evaluate() callbacks, run by the browser */
// The README's first snippet, as a site maintainer uses it: `dist/apt-faq.js` copied beside a
// page holding the snippet verbatim, opened from disk (file://), over http, and over http under
// the strict Content-Security-Policy, in Chromium and Firefox. Also the README's warning: the
// `type="module"` form does not run from file://. Run after `npm run build` (npm run test:package).
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from './find-browsers.mjs';
import { serveFolder } from './open-in-chromium.mjs';
import { readmeSnippets } from './readme-snippets.mjs';
import { STRICT_CSP } from './strict-csp.mjs';

const embed = readmeSnippets().find((snippet) => snippet.lang === 'html' && snippet.code.includes('src="apt-faq.js"'));
const site = mkdtempSync(join(tmpdir(), 'apt-faq-embed-'));
const page = (body) => `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>FAQ</title></head>\n<body>\n${body}</body>\n</html>\n`;
let server;
let strictServer;

before(async () => {
  assert.ok(embed, 'README.md has an html snippet loading src="apt-faq.js"');
  copyFileSync('dist/apt-faq.js', join(site, 'apt-faq.js'));
  writeFileSync(join(site, 'index.html'), page(embed.code));
  writeFileSync(join(site, 'module.html'), page(embed.code.replace('<script defer src=', '<script type="module" src=')));
  // A page in a legacy encoding (an old CMS theme): the browser reads a script served without
  // a charset (as from disk) in the page's encoding. A page that declares none is read the same
  // way where the browser's fallback is windows-1252 (English and Western European locales).
  writeFileSync(
    join(site, 'legacy.html'),
    `<!doctype html>\n<html lang="fr">\n<meta charset="iso-8859-1">\n<title>FAQ</title>\n${embed.code.replace('<apt-faq', '<apt-faq expand-all')}\n`,
  );
  server = await serveFolder(site);
  strictServer = await serveFolder(site, { 'Content-Security-Policy': STRICT_CSP });
});

after(async () => {
  await server.close();
  await strictServer.close();
  rmSync(site, { recursive: true, force: true });
});

// Puppeteer turns this off for its own convenience; a reader's Firefox has it on, and it is what
// refuses module scripts from file://.
const launch = (name) => launchBrowser(name, { firefoxPrefs: { 'security.fileuri.strict_origin_policy': true } });

/**
 * Resolves once `condition` holds in the page, asked from here every 50 ms. Not waitForFunction:
 * in Firefox ESR 140 its in-page poller is built with eval, which the strict CSP refuses.
 */
async function until(tab, condition, timeout = 30000) {
  const end = Date.now() + timeout;
  while (!(await tab.evaluate(condition))) {
    if (Date.now() > end) throw new Error(`not true within ${timeout} ms: ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Loads `url`; returns the questions the FAQ shows once its shadow root has them (none if it never upgrades). */
async function questionsAt(browser, url, { expectRender = true } = {}) {
  const tab = await browser.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load' });
    if (!expectRender) return tab.evaluate(() => (customElements.get('apt-faq') ? 'defined' : 'not defined'));
    await until(tab, () => document.querySelector('apt-faq')?.shadowRoot?.querySelectorAll('button[aria-expanded]').length > 0);
    return tab.evaluate(() => [...document.querySelector('apt-faq').shadowRoot.querySelectorAll('button[aria-expanded]')].map((b) => b.textContent.trim()));
  } finally {
    await tab.close();
  }
}

for (const name of ['chromium', 'firefox']) {
  describe(`the README's embed in ${name}`, () => {
    let browser;
    before(async () => {
      browser = await launch(name);
    });
    after(() => browser?.close());

    for (const [route, url] of [
      ['from disk (file://)', () => pathToFileURL(join(site, 'index.html')).href],
      ['over http', () => `${server.origin}/index.html`],
      ['over http under the strict CSP', () => `${strictServer.origin}/index.html`],
    ]) {
      test(`shows the six questions of the APT ${route}`, async () => {
        const questions = await questionsAt(browser, url());
        assert.equal(questions.length, 6);
        assert.equal(questions[0], 'What is the APT doing for victims of torture?');
      });
    }

    test('shows accented and typographic text right in a page in a legacy encoding', async () => {
      const tab = await browser.newPage();
      try {
        await tab.goto(pathToFileURL(join(site, 'legacy.html')).href, { waitUntil: 'load' });
        await until(tab, () => Boolean(document.querySelector('apt-faq')?.shadowRoot?.querySelector('[part~="expand-all"]')));
        const [expandAll, answer, encoding] = await tab.evaluate(() => {
          const root = document.querySelector('apt-faq').shadowRoot;
          return [
            root.querySelector('[part~="expand-all"]').textContent.trim(),
            root.getElementById('denouncing-states-answer').textContent,
            document.characterSet,
          ];
        });
        assert.equal(encoding, 'windows-1252', 'the page is read in a legacy encoding');
        assert.equal(expandAll, 'Tout déplier');
        assert.match(answer, /traditional “blaming and shaming” strategy/);
      } finally {
        await tab.close();
      }
    });

    test('as the README warns, the type="module" form does not run from file://', async () => {
      assert.equal(await questionsAt(browser, pathToFileURL(join(site, 'module.html')).href, { expectRender: false }), 'not defined');
    });
  });
}
