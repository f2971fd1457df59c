/* global document, localStorage -- used inside page.evaluate(), which runs in the browser */
// Takes the README's screenshot of the FAQ editor from a running demo server (npm start or
// npm run preview). Usage: node scripts/editor-screenshot.mjs [base URL, default http://localhost:5173]
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, browserPaths } from './find-browsers.mjs';

const base = process.argv[2] ?? 'http://localhost:5173';
const browser = await puppeteer.launch({
  executablePath: browserPaths('chromium').executable,
  args: [...CHROMIUM_ARGS, '--hide-scrollbars'],
});
try {
  const page = await browser.newPage();
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
