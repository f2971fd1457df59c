/* global document, localStorage -- used inside page.evaluate(), which runs in the browser */
// Takes the README's screenshots from a running demo server (npm start or npm run preview).
// Usage: node scripts/screenshot.mjs [base URL, default http://localhost:5173]
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, browserPaths } from './find-browsers.mjs';

const base = process.argv[2] ?? 'http://localhost:5173';
const browser = await puppeteer.launch({
  executablePath: browserPaths('chromium').executable,
  args: [...CHROMIUM_ARGS, '--hide-scrollbars'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 820, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => document.querySelector('apt-faq')?.shadowRoot?.querySelector('button'));
  await page.evaluate(() => document.querySelector('apt-faq').show('denouncing-states'));
  await page.waitForFunction(() => !document.querySelector('apt-faq').shadowRoot.getElementById('denouncing-states-answer').hidden);
  await page.screenshot({ path: 'demo/screenshot.png' });
  console.log('wrote demo/screenshot.png');

  await page.setViewport({ width: 900, height: 1400, deviceScaleFactor: 1 });
  await page.goto(`${base}/themes.html`, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => [...document.querySelectorAll('apt-faq')].every((faq) => faq.shadowRoot?.querySelector('button')));
  await page.evaluate(() => {
    const [apt, partner, dark] = document.querySelectorAll('apt-faq');
    apt.show('funding');
    partner.show('donnees');
    dark.show('victims-of-torture');
  });
  await page.waitForFunction(() => [...document.querySelectorAll('apt-faq')].every((faq) => faq.shadowRoot.querySelector('[aria-expanded="true"]')));
  const themes = await page.$('.themes');
  await themes.screenshot({ path: 'demo/themes.png' });
  console.log('wrote demo/themes.png');

  // The editor (README "Edit the FAQ"), started from the bundled FAQ, light page.
  await page.setViewport({ width: 1280, height: 1000, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  await page.goto(`${base}/editor.html`, { waitUntil: 'networkidle0' });
  await page.evaluate(() => localStorage.clear());
  await page.click('.start-bundled');
  await page.waitForFunction(() => document.querySelector('apt-faq')?.shadowRoot?.querySelectorAll('button').length >= 6);
  await page.evaluate(() => document.querySelector('apt-faq').show('funding'));
  await page.waitForFunction(() => !document.querySelector('apt-faq').shadowRoot.getElementById('funding-answer')?.hidden);
  await page.screenshot({ path: 'demo/editor.png' });
  console.log('wrote demo/editor.png');
} finally {
  await browser.close();
}
