import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin, type UserConfig } from 'vite';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { minify as terser } from 'terser';
import { editorCspPlugin } from './src/editor/build-csp.js';
import { STRICT_CSP } from './scripts/strict-csp.mjs';

/** Every page of the demo, built by `npm run preview`. */
const DEMO_PAGES = ['index', 'hand-written', 'themes', 'partner', 'rtl', 'csp', 'languages', 'editor'];
const demoPage = (name: string) => fileURLToPath(new URL(`./demo/${name}.html`, import.meta.url));

/**
 * The builds from one config (`dist/cli.js`, the `apt-faq check` command, is built by
 * scripts/build-cli.mjs):
 * - `vite build` (default): `dist/apt-faq.js`, the standalone bundle — one minified script with
 *   Lit and the APT content inside, no import and no export: a classic script (IIFE), so
 *   `<script defer src>` runs it from file:// too, and `<script type="module">` over http(s).
 * - `vite build --mode lib`: `dist/index.js` and `dist/define.js` for npm, Lit left as a dependency,
 *   and `dist/apt-faq.schema.json`.
 * - `vite build --mode demo`: the demo pages into `demo-dist/`, served by `npm run preview`.
 * - `vite build --mode editor`: `dist/apt-faq-editor.html`, the FAQ editor as one self-contained
 *   file (script inlined by vite-plugin-singlefile, its own strict CSP with the script's hash).
 * `vite` (npm start) serves the demo from `demo/` with the sources live.
 */
/** demo/csp.html is served with SPEC's strict CSP + Trusted Types header, by `npm start` and `npm run preview` alike. */
const addStrictCsp: Connect.NextHandleFunction = (req, res, next) => {
  if (req.url?.split('?')[0].endsWith('/csp.html')) res.setHeader('Content-Security-Policy', STRICT_CSP);
  next();
};
const strictCspDemo: Plugin = {
  name: 'apt-faq-strict-csp-demo',
  configureServer: (server) => void server.middlewares.use(addStrictCsp),
  configurePreviewServer: (server) => void server.middlewares.use(addStrictCsp),
};

/**
 * Minifies the markup and styles inside Lit's html`` and css`` literals (the Lit team's
 * plugin: html-minifier-next and lightningcss), with source maps: the sources stay readable
 * and commented, the shipped bytes do not carry that.
 */
const minifyTemplates = (): Plugin => minifyHtmlLiterals({ failOnError: true }) as unknown as Plugin;

/**
 * Long property names used only between our own modules, which terser renames in the
 * standalone bundle (every occurrence alike). Never a public name (element properties, event
 * details, `strings` keys, data fields) nor one Lit, @lit/context or the DOM has: checked to
 * appear nowhere else in the bundle (`builtins: true` lets terser rename the few that some DOM
 * interface also has, e.g. `isOpen`: the bundle reads no such DOM property). Not names as
 * common as `entries`, `reset` or `ready`, which new code may well read on a Map or a DOM
 * object. A new name goes here only after the same check.
 */
const INTERNAL_PROPERTIES =
  /^(?:visibleIds|textVersion|focusPermalink|permalinkActivated|textRoot|contentReady|authoredOpen|allOpen|searchField|onExpandAll|invalidate|uiLang|drawUpTo|allDrawn|reveals|announce|prepare|follow|shown|failed|words|idOf|problems|severity|change|settings|failure|isOpen|isVisible|drawn|events|total|first|long)$/;

/**
 * A second minifier pass over the standalone bundle once written, after rolldown's own (oxc):
 * terser finds what oxc leaves (0.23 KB brotli of 17.66 KB, measured; terser alone instead of
 * oxc gave a larger file). `unsafe_arrows`: every function expression left in the bundle is an
 * inlined call, none is constructed; `keep_fargs: false`: nothing reads a function's `length`.
 * It runs on the written files so that its source map is composed with the one on disk (the
 * map rolldown hands to plugins earlier is not the minified code's).
 */
const terserPass: Plugin = {
  name: 'apt-faq-terser-pass',
  async writeBundle(options) {
    const file = join(options.dir ?? 'dist', 'apt-faq.js');
    const code = readFileSync(file, 'utf8');
    // A name the code reads through a string ('name', obj[key]) cannot be renamed.
    const quoted = new RegExp(`["'\`]${INTERNAL_PROPERTIES.source.slice(1, -1)}["'\`]`).exec(code);
    if (quoted) throw new Error(`${quoted[0]} appears as a string in the bundle: take it out of INTERNAL_PROPERTIES`);
    const out = await terser(code, {
      ecma: 2020,
      compress: { passes: 2, unsafe_arrows: true, keep_fargs: false },
      mangle: { properties: { regex: INTERNAL_PROPERTIES, builtins: true } },
      format: { ascii_only: true },
      sourceMap: { content: readFileSync(`${file}.map`, 'utf8')},
    });
    writeFileSync(file, out.code ?? '');
    writeFileSync(`${file}.map`, typeof out.map === 'string' ? out.map : JSON.stringify(out.map));
  },
};

/** Ships the JSON Schema beside the modules. */
const schemaAsset: Plugin = {
  name: 'apt-faq-schema',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'apt-faq.schema.json', source: readFileSync('src/apt-faq.schema.json', 'utf8') });
  },
};

export default defineConfig(({ command, mode }): UserConfig => {
  if (command === 'serve' || mode === 'demo') {
    return {
      root: 'demo',
      // Several pages, no client-side router: an unknown path is a 404, not index.html
      // (Lighthouse reads /robots.txt, and a page answered in its place fails the SEO audit).
      appType: 'mpa',
      plugins: [strictCspDemo],
      server: { port: 5173 },
      preview: { port: 4173 },
      build: {
        outDir: '../demo-dist',
        emptyOutDir: true,
        rollupOptions: { input: Object.fromEntries(DEMO_PAGES.map((name) => [name, demoPage(name)])) },
      },
    };
  }
  if (mode === 'editor') {
    return {
      root: 'demo',
      publicDir: false,
      plugins: [viteSingleFile({ outputFileName: 'apt-faq-editor.html' }), editorCspPlugin()],
      build: {
        outDir: '../dist',
        emptyOutDir: false,
        modulePreload: false,
        rollupOptions: { input: demoPage('editor') },
      },
    };
  }
  if (mode === 'lib') {
    return {
      plugins: [minifyTemplates(), schemaAsset],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: false,
        sourcemap: true,
        lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
        rollupOptions: { external: [/^lit($|\/)/, /^@lit\//] },
      },
    };
  }
  return {
    plugins: [minifyTemplates(), terserPass],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      minify: true,
      sourcemap: true,
      lib: { entry: 'src/standalone.ts', formats: ['iife'], name: 'AptFaqBundle', fileName: () => 'apt-faq.js' },
      rollupOptions: {
        output: {
          minify: true,
          // Strings escaped to ASCII: a page without a declared encoding (a file opened from
          // disk, a legacy CMS) reads the script as windows-1252, "Lien copié" as "Lien copiÃ©".
          charset: 'ascii',
          // A second copy of the bundle on a page (two plugins, two CDNs) must not even evaluate:
          // its Lit would ask Trusted Types for a second "lit-html" policy, which a strict CSP
          // refuses with an exception. The whole bundle runs only if the elements are not there yet.
          banner: 'if(!customElements.get("apt-faq"))',
        },
      },
    },
  };
});
