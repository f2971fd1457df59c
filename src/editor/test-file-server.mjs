// Test-runner middleware: serves the built single-file editor byte for byte. The dev server
// would otherwise reformat its inline script (and add its own), and the page's CSP allows
// that script by the hash of its exact text.
import { readFile } from 'node:fs/promises';

const EDITOR_FILE = '/dist/apt-faq-editor.html';

/** Koa middleware for web-test-runner's `middleware` list. */
export function editorFileServer() {
  return async (ctx, next) => {
    if (new URL(ctx.url, 'http://localhost').pathname !== EDITOR_FILE) return next();
    ctx.type = 'text/html';
    ctx.body = await readFile(new URL(`../..${EDITOR_FILE}`, import.meta.url), 'utf8');
    return undefined;
  };
}
