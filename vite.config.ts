import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin, type UserConfig } from 'vite';
import { transform } from 'esbuild';
import { STRICT_CSP } from './scripts/strict-csp.mjs';
import { minifyHtmlTemplatesPlugin } from './scripts/minify-html-templates.mjs';
import { applyEdits, sourceMapForEdits } from './scripts/source-edits.mjs';

/** Every page of the demo, built by `npm run preview`. */
const DEMO_PAGES = ['index', 'themes', 'partner', 'rtl', 'csp'];
const demoPage = (name: string) => fileURLToPath(new URL(`./demo/${name}.html`, import.meta.url));

/**
 * Three builds from one config (`dist/cli.js`, the `apt-faq check` command, is built by
 * scripts/build-cli.mjs):
 * - `vite build` (default): `dist/apt-faq.js`, the standalone bundle — one minified script with
 *   Lit and the APT content inside, no import and no export: a classic script (IIFE), so
 *   `<script defer src>` runs it from file:// too, and `<script type="module">` over http(s).
 * - `vite build --mode lib`: `dist/index.js` and `dist/define.js` for npm, Lit left as a dependency,
 *   and `dist/apt-faq.schema.json`.
 * - `vite build --mode demo`: the demo pages into `demo-dist/`, served by `npm run preview`.
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
 * Minifies the stylesheet inside `css\`…\`` in src/styles.ts (it has no interpolations): the
 * source stays readable and commented, the shipped bytes do not carry that.
 */
const minifyLitCss: Plugin = {
  name: 'apt-faq-minify-lit-css',
  async transform(code, id) {
    if (!id.endsWith('/src/styles.ts')) return undefined;
    const match = /css`([^`$]*)`/.exec(code);
    if (!match) this.error('src/styles.ts: expected one css`` literal without interpolations');
    const { code: minified } = await transform(match[1], { loader: 'css', minify: true });
    const start = match.index + 'css`'.length;
    const edits = [{ start, end: start + match[1].length, text: minified.trim() }];
    return { code: applyEdits(code, edits), map: sourceMapForEdits(code, edits, id) };
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
  if (mode === 'lib') {
    return {
      plugins: [minifyLitCss, minifyHtmlTemplatesPlugin, schemaAsset],
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
    plugins: [minifyLitCss, minifyHtmlTemplatesPlugin],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      minify: true,
      sourcemap: true,
      lib: { entry: 'src/standalone.ts', formats: ['iife'], name: 'AptFaqBundle', fileName: () => 'apt-faq.js' },
      rollupOptions: {
        output: {
          minify: true,
          // A second copy of the bundle on a page (two plugins, two CDNs) must not even evaluate:
          // its Lit would ask Trusted Types for a second "lit-html" policy, which a strict CSP
          // refuses with an exception. The whole bundle runs only if the elements are not there yet.
          banner: 'if(!customElements.get("apt-faq"))',
        },
      },
    },
  };
});
