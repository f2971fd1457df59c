// A tiny static file server on 127.0.0.1 (random port), with no dependency.
// - `/late/<path>` serves `<path>` after `lateMs` milliseconds (the late-script scenario).
// - `compress: true` sends text files brotli- or gzip-encoded, as a real host would, and
//   `cache: true` marks the hashed files under /assets/ immutable for a year (HTML: no-cache).
//   Both are for Lighthouse; the benchmark pages are served uncompressed and uncached on loopback.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};
const TEXT = /^(text\/|application\/json|image\/svg)/;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serves `root`. Resolves to `{ origin, close() }` once listening.
 * @param {string} root directory to serve
 * @param {{ lateMs?: number, compress?: boolean, cache?: boolean }} options
 */
export async function serve(root, { lateMs = 100, compress = false, cache = false } = {}) {
  const encoded = new Map(); // `${path}:${encoding}` -> compressed body (computed once)
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path.startsWith('/late/')) {
        await sleep(lateMs);
        path = path.slice('/late'.length);
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root) + sep)) throw Object.assign(new Error('outside root'), { code: 'ENOENT' });
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = {
        'Content-Type': type,
        'Cache-Control': !cache ? 'no-store' : path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      const accept = String(req.headers['accept-encoding'] ?? '');
      if (compress && TEXT.test(type) && body.length > 256) {
        const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
        if (encoding) {
          const key = `${file}:${encoding}`;
          if (!encoded.has(key)) {
            encoded.set(
              key,
              encoding === 'br'
                ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
                : gzipSync(body, { level: 9 }),
            );
          }
          body = encoded.get(key);
          headers['Content-Encoding'] = encoding;
          headers.Vary = 'Accept-Encoding';
        }
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, { 'Content-Type': 'text/plain' });
      res.end(String(error.code ?? error.message));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
