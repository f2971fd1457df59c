// `npm run zip`: the release zip, `apt-faq-<version>.zip`, for people who never open a terminal
// (SPEC "Publishing"): the bundle, the editor, an example page and the site maintainers' guide
// in English, French and Spanish (with the WordPress screenshot they show), and the WordPress
// plugin. Needs a build (`npm run zip` builds first). fflate writes the zip: CI machines may
// have no `zip` command.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { buildWordPressPlugin } from './wordpress-plugin.mjs';

/** The guides, one per language, copied from src/release/ as they are. */
export const GUIDES = ['guide-en.html', 'guide-fr.html', 'guide-es.html'];

const escapeHtml = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/**
 * The example page: the APT FAQ in the hand-written form `apt-faq render` prints (every
 * question a heading, readable with JavaScript off), then the script from beside the page.
 * A classic deferred script, so it opens from disk too.
 */
export function examplePage({ root, distDir, zipName }) {
  const bundled = JSON.parse(readFileSync(join(root, 'src/data/apt-faq.en.json'), 'utf8'));
  const markup = execFileSync(process.execPath, [join(distDir, 'cli.js'), 'render', '--heading-level', '2'], { encoding: 'utf8' });
  const title = escapeHtml(bundled.title);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
<main>
<h1>${title}</h1>
<p>The example page of ${escapeHtml(zipName)}: the questions below are written in the page as
headings (read even without JavaScript); <code>apt-faq.js</code>, next to this file, makes them an
accordion. How to put your own questions on your site: <a href="guide-en.html">guide-en.html</a>.</p>
${markup}<script defer src="apt-faq.js"></script>
</main>
</body>
</html>
`;
}

/**
 * Writes `apt-faq-<version>.zip` into `outDir` and returns its path.
 * @param {{ root?: string, distDir?: string, outDir?: string }} [options]
 */
export async function buildReleaseZip({ root = process.cwd(), distDir = join(root, 'dist'), outDir = root } = {}) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const zipName = `apt-faq-${version}.zip`;
  for (const file of ['apt-faq.js', 'apt-faq-editor.html', 'cli.js']) {
    if (!existsSync(join(distDir, file))) throw new Error(`${join(distDir, file)} is missing: run npm run build first (npm run zip does).`);
  }
  const files = {
    'apt-faq.js': readFileSync(join(distDir, 'apt-faq.js')),
    'apt-faq-editor.html': readFileSync(join(distDir, 'apt-faq-editor.html')),
    'example.html': strToU8(examplePage({ root, distDir, zipName })),
  };
  for (const guide of GUIDES) files[guide] = readFileSync(join(root, 'src', 'release', guide));
  // The screenshot the guides show WordPress users (docs/wordpress.md shows it too).
  files['wordpress-shortcode.png'] = [readFileSync(join(root, 'docs', 'wordpress-shortcode.png')), { level: 0 }];
  files['apt-faq-wordpress.zip'] = [readFileSync(await buildWordPressPlugin({ distDir })), { level: 0 }]; // already compressed
  // Everything in one folder, so that unzipping never scatters files; a fixed date, so that
  // the same sources give the same zip.
  const folder = basename(zipName, '.zip');
  const entries = Object.fromEntries(Object.entries(files).map(([name, data]) => [`${folder}/${name}`, data]));
  const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  const out = join(outDir, zipName);
  writeFileSync(out, zip);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const out = await buildReleaseZip();
  console.log(`${out}: ${(readFileSync(out).length / 1024).toFixed(1)} KB`);
}
