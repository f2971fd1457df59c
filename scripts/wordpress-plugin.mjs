// Builds `dist/apt-faq-wordpress.zip`, the WordPress plugin, from src/wordpress/ and the built
// bundle: one folder `apt-faq/` (what WordPress's "Upload Plugin" expects) holding the PHP,
// readme.txt, the translations (.po compiled to .mo) and `apt-faq.js`.
// `npm run zip:wordpress`, after `npm run build`.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { mo, po } from 'gettext-parser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'src', 'wordpress');
/** The folder name WordPress installs the plugin under (and its text domain). */
export const PLUGIN_SLUG = 'apt-faq';

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

/**
 * Compiles a gettext catalogue with gettext-parser (from npm, so that building the release
 * needs no system package such as Debian's gettext). Fuzzy or untranslated entries fail.
 */
function compileCatalogue(poFile) {
  const catalogue = po.parse(readFileSync(poFile));
  for (const [context, entries] of Object.entries(catalogue.translations)) {
    for (const [id, entry] of Object.entries(entries)) {
      if (id === '' && context === '') continue; // the header
      const fuzzy = entry.comments?.flag?.includes('fuzzy');
      if (fuzzy || entry.msgstr.some((text) => text === '')) throw new Error(`${relative(ROOT, poFile)}: "${id}" is ${fuzzy ? 'fuzzy' : 'untranslated'}`);
    }
  }
  return mo.compile(catalogue);
}

/**
 * Writes the WordPress plugin zip and returns its path.
 *
 * @param {{ distDir?: string }} [options] where the built `apt-faq.js` is and the zip goes (default `dist/`)
 * @returns {Promise<string>} the zip's path
 * @example
 * const zip = await buildWordPressPlugin({ distDir: 'dist' });
 */
export async function buildWordPressPlugin({ distDir = join(ROOT, 'dist') } = {}) {
  const bundle = join(distDir, 'apt-faq.js');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run build first`);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const main = readFileSync(join(SOURCE, 'apt-faq.php'), 'utf8');
  // The plugin's version is written in its PHP and readme.txt; a release must not ship another one.
  for (const [file, pattern] of [
    ['apt-faq.php', /^ \* Version:\s+(\S+)$/m],
    ['apt-faq.php', /define\( 'APT_FAQ_VERSION', '([^']+)' \)/],
    ['readme.txt', /^Stable tag:\s+(\S+)$/m],
  ]) {
    const found = (file === 'apt-faq.php' ? main : readFileSync(join(SOURCE, file), 'utf8')).match(pattern)?.[1];
    if (found !== version) throw new Error(`src/wordpress/${file} says version ${found}, package.json ${version}`);
  }

  const entries = {};
  for (const path of filesUnder(SOURCE)) {
    entries[`${PLUGIN_SLUG}/${path}`] = readFileSync(join(SOURCE, path));
    if (path.endsWith('.po')) entries[`${PLUGIN_SLUG}/${path.replace(/\.po$/, '.mo')}`] = compileCatalogue(join(SOURCE, path));
  }
  entries[`${PLUGIN_SLUG}/apt-faq.js`] = readFileSync(bundle);
  const zipFile = join(distDir, 'apt-faq-wordpress.zip');
  writeFileSync(zipFile, zipSync(entries, { level: 9 }));
  return zipFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const zipFile = await buildWordPressPlugin();
  console.log(`${relative(process.cwd(), zipFile)}: ${(statSync(zipFile).size / 1024).toFixed(1)} KB`);
}
