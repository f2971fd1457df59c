/* global document -- in page.evaluate() callbacks, run by the browser */
// The release zip as a site maintainer gets it (issue 23, "Must hold"), in Chromium and Firefox:
// `npm run zip`, unzip; open apt-faq-editor.html from disk, start from the APT FAQ, reword a
// question, take the HTML from "Publish", save it as a page next to apt-faq.js and open that
// page from disk: with JavaScript off every question is a heading and every answer readable;
// with it on the accordion works, the reworded question kept its anchor, a deep link opens and
// focuses it, and the console stays clean. example.html likewise. Part of `npm run test:package`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import { launchBrowser } from './find-browsers.mjs';

const root = process.cwd();
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bundled = JSON.parse(readFileSync(join(root, 'src/data/apt-faq.en.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'apt-faq-release-'));
let folder;

before(() => {
  execFileSync('npm', ['run', 'zip', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  // Unzipped as a user would, into a folder of their own.
  for (const [name, data] of Object.entries(unzipSync(readFileSync(join(root, `apt-faq-${version}.zip`))))) {
    mkdirSync(dirname(join(work, name)), { recursive: true });
    if (!name.endsWith('/')) writeFileSync(join(work, name), data);
  }
  folder = join(work, `apt-faq-${version}`);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the zip holds the script, the editor, the example page and the guide in three languages', () => {
  const files = readdirSync(folder).sort();
  for (const file of ['apt-faq.js', 'apt-faq-editor.html', 'example.html', 'guide-en.html', 'guide-es.html', 'guide-fr.html']) {
    assert.ok(files.includes(file), `${file} is in the zip`);
  }
  assert.deepEqual(readFileSync(join(folder, 'apt-faq.js')), readFileSync(join(root, 'dist/apt-faq.js')), 'the built bundle, byte for byte');
  // The WordPress plugin is in the zip as soon as the script that builds it is in the repository.
  assert.ok(files.includes('apt-faq-wordpress.zip'), 'the WordPress plugin is in the zip');
  // Every image a guide shows is in the zip beside it.
  for (const guide of ['guide-en.html', 'guide-es.html', 'guide-fr.html']) {
    const images = [...readFileSync(join(folder, guide), 'utf8').matchAll(/<img src="([^"]+)"/g)].map((match) => match[1]);
    assert.deepEqual(images, ['wordpress-shortcode.png'], `${guide} shows the WordPress screenshot`);
    for (const image of images) assert.ok(files.includes(image), `${image} (shown by ${guide}) is in the zip`);
  }
});

/** Opens `url` in a fresh page of `name` (chromium or firefox), scripts on or off; console errors collected. */
async function openPage(name, url, { javascript = true } = {}) {
  const browser = await launchBrowser(name, { firefoxPrefs: { 'javascript.enabled': javascript } });
  const page = await browser.newPage();
  if (name === 'chromium') await page.setJavaScriptEnabled(javascript);
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  return { browser, page, errors };
}

/** The questions as headings and the answers' text, as the page holds them with no script run. */
const readWithoutScript = (page) =>
  page.evaluate(() => ({
    defined: document.querySelector('apt-faq:defined') !== null,
    items: [...document.querySelectorAll('apt-faq-item')].map((item) => {
      const heading = item.querySelector(':scope > h2, :scope > h3');
      return {
        id: item.id,
        heading: heading?.localName,
        question: heading?.textContent,
        // What a reader sees: drawn text, none of it hidden.
        answer: [...item.children].filter((child) => child !== heading && child.checkVisibility()).map((child) => child.innerText).join(' '),
      };
    }),
  }));

/** The plain text of an answer from the JSON, to compare with what a page shows. */
const answerText = (html) => html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
const squash = (text) => text.replace(/\s+/g, ' ').trim();

for (const name of ['chromium', 'firefox']) {
  describe(`${name}: from the editor to a live page, all from disk`, () => {
    const reworded = 'What does the APT do for people who were tortured?';
    const { id } = bundled.items[0];
    let pageFile;

    test('the editor opens from disk, keeps the anchor of a reworded question and publishes the HTML', async () => {
      const { browser, page, errors } = await openPage(name, pathToFileURL(join(folder, 'apt-faq-editor.html')).href);
      try {
        await page.locator('.start-bundled').click();
        await page.locator('.items > .item:first-child .question').fill(reworded);
        const anchor = await page.$eval('.items > .item:first-child .id', (input) => input.value);
        assert.equal(anchor, id, 'the anchor shown stays');
        const html = await page.$eval('.snippet.markup', (field) => field.value);
        assert.match(html, /<script defer src="apt-faq.js"><\/script>\n$/);
        assert.doesNotMatch(html, /https?:/, 'nothing loaded from elsewhere');
        // Saved as a page next to apt-faq.js, as a maintainer pastes it into a page.
        pageFile = join(folder, 'faq.html');
        writeFileSync(pageFile, `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>FAQ</title></head>\n<body>\n<main>\n<h1>FAQ</h1>\n${html}</main>\n</body>\n</html>\n`);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });

    test('with JavaScript off, the published page shows every question as a heading and every answer', async () => {
      const { browser, page } = await openPage(name, pathToFileURL(pageFile).href, { javascript: false });
      try {
        const { defined, items } = await readWithoutScript(page);
        assert.equal(defined, false, 'no script ran');
        assert.deepEqual(items.map((item) => item.heading), bundled.items.map(() => 'h3'));
        assert.deepEqual(items.map((item) => item.question), [reworded, ...bundled.items.slice(1).map((item) => item.question)]);
        items.forEach((item, index) => assert.equal(squash(item.answer), answerText(bundled.items[index].answer), `answer ${index + 1} readable`));
      } finally {
        await browser.close();
      }
    });

    test('with JavaScript on, a deep link to the reworded question opens and focuses it, and the accordion works', async () => {
      const { browser, page, errors } = await openPage(name, `${pathToFileURL(pageFile).href}#${id}`);
      try {
        const button = `apt-faq >>> #${id}-question`;
        await page.waitForSelector(`${button}[aria-expanded="true"]`);
        await page.waitForFunction(
          (target) => document.querySelector('apt-faq').shadowRoot.activeElement?.id === target,
          {},
          `${id}-question`,
        );
        assert.equal(await page.$eval(button, (element) => element.textContent.trim()), reworded);
        const second = `apt-faq >>> #${bundled.items[1].id}-question`;
        assert.equal(await page.$eval(second, (element) => element.getAttribute('aria-expanded')), 'false');
        await page.locator(second).click();
        await page.waitForSelector(`${second}[aria-expanded="true"]`);
        assert.deepEqual(errors, [], 'no console error');
      } finally {
        await browser.close();
      }
    });

    test('example.html from disk: the APT FAQ, readable with JavaScript off, an accordion with it on', async () => {
      const url = pathToFileURL(join(folder, 'example.html')).href;
      const off = await openPage(name, url, { javascript: false });
      try {
        const { defined, items } = await readWithoutScript(off.page);
        assert.equal(defined, false);
        assert.deepEqual(items.map((item) => item.question), bundled.items.map((item) => item.question));
        items.forEach((item, index) => assert.equal(squash(item.answer), answerText(bundled.items[index].answer)));
      } finally {
        await off.browser.close();
      }
      const on = await openPage(name, url);
      try {
        const first = `apt-faq >>> #${id}-question`;
        await on.page.locator(first).click();
        await on.page.waitForSelector(`${first}[aria-expanded="true"]`);
        assert.equal(await on.page.$$eval('apt-faq >>> button[aria-expanded]', (buttons) => buttons.length), bundled.items.length);
        assert.deepEqual(on.errors, []);
      } finally {
        await on.browser.close();
      }
    });
  });
}
