// Serves a folder on 127.0.0.1 and opens its index.html in headless Chromium (puppeteer-core and
// the system's browser, as the tests use): for tests of built apps and of the README's embeds.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, browserPaths } from './find-browsers.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

/** Serves `root` (with `headers` on every answer) until `close()`. */
export async function serveFolder(root, headers = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    try {
      if (!file.startsWith(normalize(root) + sep)) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Opens `url` in a fresh headless Chromium, runs `use(page)` and returns its result. */
export async function withChromiumPage(url, use) {
  const browser = await puppeteer.launch({ executablePath: browserPaths('chromium').executable, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(url);
    const result = await use(page);
    if (errors.length) throw errors[0];
    return result;
  } finally {
    await browser.close();
  }
}

/** Serves `root` and opens its index.html in Chromium; see withChromiumPage. */
export async function openInChromium(root, use) {
  const server = await serveFolder(root);
  try {
    return await withChromiumPage(`${server.origin}/`, use);
  } finally {
    await server.close();
  }
}
