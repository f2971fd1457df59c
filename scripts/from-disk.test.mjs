/* global document, window -- in page.evaluate() callbacks, run by the browser */
// `src` on a page opened from disk (file://). Chromium refuses every fetch of a file from such a
// page, and so does Firefox with its default settings (ESR 140): the FAQ says why and what to
// do, in the page's language, fires `apt-faq-error`, and offers no retry that could not succeed.
// A Firefox set to allow it shows the FAQ. Real pages opened at file: URLs (the test runner serves
// everything over http). Run after `npm run build` (npm run test:package).
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { launchBrowser } from './find-browsers.mjs';

const site = mkdtempSync(join(tmpdir(), 'apt-faq-from-disk-'));
const EXPECTED = {
  en: 'A page opened from the disk cannot load the questions: open it from a web server, or paste the FAQ into the page as HTML.',
  fr: 'Une page ouverte depuis le disque ne peut pas charger les questions\u00a0: ouvrez-la depuis un serveur web, ou collez la FAQ dans la page en HTML.',
  es: 'Una página abierta desde el disco no puede cargar las preguntas: ábrala desde un servidor web o pegue las preguntas en la página en HTML.',
};
let browser;

before(async () => {
  copyFileSync('dist/apt-faq.js', join(site, 'apt-faq.js'));
  writeFileSync(join(site, 'faq.json'), JSON.stringify({ items: [{ question: 'Where?', answer: 'Geneva.' }] }));
  // The page records every apt-faq-error before the script runs, as an analytics script would.
  writeFileSync(
    join(site, 'index.html'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>FAQ</title>
<script>window.errors = []; addEventListener('apt-faq-error', (event) => errors.push({ lang: event.target.lang, ...event.detail }));</script>
<script defer src="apt-faq.js"></script></head>
<body>
<apt-faq id="en" src="faq.json"></apt-faq>
<apt-faq id="fr" src="faq.json" lang="fr"></apt-faq>
<apt-faq id="es" src="faq.json" lang="es"></apt-faq>
</body>
</html>
`,
  );
  browser = await launchBrowser('chromium');
});

after(async () => {
  await browser?.close();
  rmSync(site, { recursive: true, force: true });
});

test('src from a page opened from disk: a clear message in the page’s language, apt-faq-error, no retry button', async () => {
  const tab = await browser.newPage();
  await tab.goto(pathToFileURL(join(site, 'index.html')).href, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.errors.length === 3, { timeout: 30000 });
  const errors = await tab.evaluate(() => window.errors);
  assert.deepEqual(
    errors.sort((a, b) => a.lang.localeCompare(b.lang)),
    ['en', 'es', 'fr'].map((lang) => ({ lang: lang === 'en' ? '' : lang, message: EXPECTED[lang], source: 'src' })).sort((a, b) => a.lang.localeCompare(b.lang)),
  );
  const shown = await tab.evaluate(() =>
    ['en', 'fr', 'es'].map((id) => {
      const box = document.getElementById(id).shadowRoot.querySelector('[part~="error"]');
      return { role: box?.getAttribute('role'), text: box?.querySelector('p')?.textContent, buttons: box?.querySelectorAll('button').length };
    }),
  );
  assert.deepEqual(shown, [
    { role: 'alert', text: EXPECTED.en, buttons: 0 },
    { role: 'alert', text: EXPECTED.fr, buttons: 0 },
    { role: 'alert', text: EXPECTED.es, buttons: 0 },
  ]);
  await tab.close();
});

/** Opens the page from disk in Firefox with `strict` as its file-origin policy; returns the questions and errors of each FAQ. */
async function inFirefox(strict) {
  const firefox = await launchBrowser('firefox', { firefoxPrefs: { 'security.fileuri.strict_origin_policy': strict } });
  try {
    const tab = await firefox.newPage();
    await tab.goto(pathToFileURL(join(site, 'index.html')).href, { waitUntil: 'load' });
    const state = () =>
      tab.evaluate(() => ({
        errors: window.errors.length,
        questions: ['en', 'fr', 'es'].map((id) => document.getElementById(id).shadowRoot.querySelectorAll('button[aria-expanded]').length),
        messages: ['en', 'fr', 'es'].map((id) => document.getElementById(id).shadowRoot.querySelector('[part~="error"] p')?.textContent),
        retries: ['en', 'fr', 'es'].map((id) => document.getElementById(id).shadowRoot.querySelectorAll('.retry').length),
      }));
    const end = Date.now() + 30000;
    let now = await state();
    // Polled from here: each FAQ ends with its questions or its message.
    while (now.errors + now.questions.filter(Boolean).length < 3 && Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      now = await state();
    }
    return now;
  } finally {
    await firefox.close();
  }
}

test('Firefox with its default settings refuses too: the same message, no retry', async () => {
  assert.deepEqual(await inFirefox(true), { errors: 3, questions: [0, 0, 0], messages: [EXPECTED.en, EXPECTED.fr, EXPECTED.es], retries: [0, 0, 0] });
});

test('a Firefox set to let a page on disk read the files beside it (security.fileuri.strict_origin_policy off) shows the FAQ, no message', async () => {
  assert.deepEqual(await inFirefox(false), { errors: 0, questions: [1, 1, 1], messages: [undefined, undefined, undefined], retries: [0, 0, 0] });
});
