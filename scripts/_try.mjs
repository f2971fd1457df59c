import { readFileSync } from 'node:fs';
import { minify } from 'terser';
import { brotliSize } from './brotli-size.mjs';
const src = readFileSync('dist/apt-faq.js','utf8');
const base = brotliSize(Buffer.from(src));
const names = process.argv[2];
const out = await minify(src, { ecma: 2020, format: { ascii_only: true }, compress: { passes: 2, unsafe_arrows: true, keep_fargs: false }, mangle: { properties: { regex: new RegExp(`^(?:${names})$`) } } });
const out0 = await minify(src, { ecma: 2020, format: { ascii_only: true }, compress: { passes: 2, unsafe_arrows: true, keep_fargs: false } });
console.log(base, brotliSize(Buffer.from(out0.code)), brotliSize(Buffer.from(out.code)));
