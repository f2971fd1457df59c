// After `npm run build`: prints the standalone bundle's size (brotli, quality 11) and its
// Subresource Integrity hash; fails above the hard size ceiling, and in CI when the README's
// embed snippet carries another hash. `node scripts/report-size.mjs --update-readme` fixes the README.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliSize } from './brotli-size.mjs';

/**
 * Above this the build fails: the bundle ships to partner sites on slow connections. Raised
 * from 15 KB when hand-written items became enhanced in place (issue 11: +1.4 KB) and data
 * limits came in (issue 13: +0.3 KB), then to 16.75 KB when long FAQs were made faster
 * (lit/static-html for one template per item, and the idle queue that draws closed answers
 * later: +0.33 KB), then to 17 KB when FAQs of thousands of items began drawing them in
 * slices (issue 13: +0.19 KB). Splitting `<apt-faq>` into controllers with one job each (issue
 * 11: +0.18 KB of module boundaries) and answers open from the start no longer sliding in
 * (+0.03 KB) were paid back in part by dropping lit/static-html (-0.10 KB), see the README's
 * "Size and speed". Then to 17.25 KB for searching long FAQs (the first keystroke in a FAQ
 * of 5,000 was a one-second task): the FAQ marks the first item shown instead of a sibling
 * selector, folds the text while the page is idle; and long FAQs lay out each group of 50
 * items on its own (16.93 → 17.12 KB).
 */
const CEILING_BYTES = 17.25 * 1024;
/** The one size target, stated the same in the docs (issue 7): 11.5 KB, Carbon's empty accordion. */
const TARGET_BYTES = 11.5 * 1024;

const bundle = readFileSync('dist/apt-faq.js');
const brotli = brotliSize(bundle);
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

console.log(`dist/apt-faq.js: ${kb(bundle.length)} minified, ${kb(brotli)} brotli (target ${kb(TARGET_BYTES)}, ceiling ${kb(CEILING_BYTES)})`);
console.log(`integrity: ${integrity}`);
if (brotli > CEILING_BYTES) {
  console.error(`dist/apt-faq.js is ${kb(brotli)} brotli, above the ${kb(CEILING_BYTES)} ceiling.`);
  process.exit(1);
}

// The README's embed snippet pins this exact file: its integrity must be this build's.
const readme = readFileSync('README.md', 'utf8');
const pinned = readme.match(/integrity="(sha384-[A-Za-z0-9+/=]+)"/)?.[1];
if (process.argv.includes('--update-readme')) {
  writeFileSync('README.md', readme.replaceAll(/integrity="sha384-[A-Za-z0-9+/=]+"/g, `integrity="${integrity}"`));
  console.log('README.md: embed snippet updated.');
} else if (pinned !== integrity) {
  const message = `README.md pins ${pinned ?? 'no hash'}; this build is ${integrity}. Run: node scripts/report-size.mjs --update-readme`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(`warning: ${message}`);
}
