// Bundles each peer accordion into one minified, self-contained ES module with esbuild,
// copies apt-faq's own standalone bundle, and measures every file's brotli size.
import * as esbuild from 'esbuild';
import { Buffer } from 'node:buffer';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliSize } from '../scripts/brotli-size.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);

/** The peers' entry points: only the accordion component and what it imports. */
export const PEER_ENTRIES = {
  shoelace: "import '@shoelace-style/shoelace/dist/components/details/details.js';",
  // The brief's entry: it also registers the two skeleton elements (cds-accordion-skeleton,
  // cds-accordion-item-skeleton). The size of the two used elements alone is measured too.
  carbon: "import '@carbon/web-components/es/components/accordion/index.js';",
};
const CARBON_TWO_ELEMENTS =
  "import '@carbon/web-components/es/components/accordion/accordion.js';\n" +
  "import '@carbon/web-components/es/components/accordion/accordion-item.js';";

/** One esbuild bundle of `contents` (resolved from bench/), minified ES module, no legal comments. */
async function bundle(contents, loader = 'js') {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: here, loader, sourcefile: `entry.${loader}` },
    bundle: true,
    minify: true,
    format: loader === 'js' ? 'esm' : undefined,
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/**
 * The exact version of package `name` as Node would find it from `from` (default bench/),
 * walking up the node_modules folders (package.json may not be in a package's exports).
 */
export async function installedVersion(name, from = here) {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      return JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      if (dirname(dir) === dir) return 'not installed';
    }
  }
}

/**
 * Writes `apt-faq.js`, `shoelace.js`, `shoelace-light.css`, `carbon.js` and `floor.js` into `outDir` and
 * returns the size table: `[{ name, file, minified, brotli, note }]`.
 */
export async function buildBundles(outDir, aptBundlePath) {
  const apt = await readFile(aptBundlePath);
  const shoelace = await bundle(PEER_ENTRIES.shoelace);
  const carbon = await bundle(PEER_ENTRIES.carbon);
  const carbonTwo = await bundle(CARBON_TWO_ELEMENTS);
  const floor = await bundle("import './lit-floor.js';");
  const lightCssPath = require.resolve('@shoelace-style/shoelace/dist/themes/light.css', { paths: [here] });
  const lightRaw = await readFile(lightCssPath);
  const lightMin = await bundle(lightRaw.toString('utf8'), 'css');

  await writeFile(join(outDir, 'apt-faq.js'), apt);
  await writeFile(join(outDir, 'shoelace.js'), shoelace);
  await writeFile(join(outDir, 'shoelace-light.css'), lightMin);
  await writeFile(join(outDir, 'carbon.js'), carbon);
  await writeFile(join(outDir, 'floor.js'), floor);

  const row = (name, file, buffer, note) => ({ name, file, minified: buffer.length, brotli: brotliSize(buffer), note });
  return [
    row('apt-faq', 'dist/apt-faq.js (as built)', apt, 'Lit + both elements + sanitizer, search, i18n + the 6 bundled APT answers'),
    row('shoelace sl-details', 'details.js bundled', shoelace, 'Lit + sl-details + sl-icon (its dependency); no content'),
    row('shoelace light.css', 'themes/light.css, minified', lightMin, 'theme tokens sl-details needs; counted separately'),
    row('shoelace light.css (file as shipped)', 'themes/light.css, unminified', lightRaw, 'for reference'),
    row('carbon cds-accordion', 'accordion/index.js bundled', carbon, 'Lit + cds-accordion + cds-accordion-item + the 2 skeleton elements; no content'),
    row('carbon (2 elements only)', 'accordion.js + accordion-item.js bundled', carbonTwo, 'for reference: without the skeletons'),
    row('reference: bare Lit element', 'bench/lit-floor.js bundled', floor, 'Lit + one element that renders and toggles items; no features, no content'),
  ];
}
