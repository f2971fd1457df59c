// `npm run bench`: builds apt-faq, bundles the peers, generates the pages, loads them
// interleaved in headless Chromium, and writes RESULTS.md and ratios.svg.
//
// Environment: BENCH_RUNS (loads per candidate at N=6 and 100; default 20),
// BENCH_RUNS_1000 (at N=1000; default 12), BENCH_CLS_RUNS (default 5), CHROME_PATH.
// `node run.mjs --report` re-renders the report from results.json without measuring.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildBundles } from './bundles.mjs';
import { makeItems, toAptItems } from './content.mjs';
import { BENCH, CHROME_FLAGS, CHROME_PATH, ROOT, machine, runInRoot } from './env.mjs';
import { measureCls, measureFaqHeight, measureLoad } from './measure.mjs';
import { CANDIDATES, CLS_VARIANTS, LABELS, benchPage, clsPage } from './pages.mjs';
import { writeReport } from './report.mjs';
import { serve } from './server.mjs';

const NS = [6, 100, 1000];
const positive = (value, fallback) => (Number(value) >= 1 ? Math.floor(Number(value)) : fallback);
const RUNS = {
  6: positive(process.env.BENCH_RUNS, 20),
  100: positive(process.env.BENCH_RUNS, 20),
  1000: positive(process.env.BENCH_RUNS_1000, 12),
};
const CLS_RUNS = positive(process.env.BENCH_CLS_RUNS, 5);
/** Where each load also measures later clicks (measure.mjs): where clicking costs most. */
const LATER_CLICKS_AT = 1000;
const RAW = join(BENCH, 'results.json');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

async function main() {
  // 1. The widget, as published.
  runInRoot('npm', ['run', 'build']);

  // 2. Bundles and their sizes, into a temporary site.
  const site = await mkdtemp(join(tmpdir(), 'apt-faq-bench-'));
  const sizes = await buildBundles(site, join(ROOT, 'dist', 'apt-faq.js'));

  // 3–4. Content and pages.
  for (const n of NS) {
    const items = makeItems(n);
    for (const candidate of CANDIDATES) await writeFile(join(site, `${candidate}-${n}.html`), benchPage(candidate, items));
  }
  const clsItems = makeItems(6);
  await writeFile(join(site, 'items-6.json'), JSON.stringify({ lang: 'en', items: toAptItems(clsItems) }));

  const server = await serve(site, { lateMs: 100 });
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS,
    protocolTimeout: 60_000,
  });
  const chromium = await browser.version();
  console.log(`\n${chromium}, site ${site} served at ${server.origin}`);

  // The layout-shift pages, with the README's stylesheet where a scenario asks for it. For the
  // generated items it adds their closed height, found as the README says: open the page, read
  // the FAQ's height, round up (to a whole rem).
  const readmeCss = await reserveCssFromReadme();
  const closedRem = Math.ceil((await measureFaqHeight(browser, `${server.origin}/apt-6.html`)) / 16);
  // Hand-written items reserve nothing: the README's CSS draws them as closed rows already.
  const reserveCss = { bundled: readmeCss, generated: `${readmeCss}\napt-faq { min-block-size: ${closedRem}rem; }` };
  console.log(`Closed height of the six generated items: ${closedRem}rem`);
  for (const variant of CLS_VARIANTS) {
    await writeFile(join(site, `cls-${variant.key}.html`), clsPage(variant, clsItems, '/items-6.json', reserveCss));
  }

  // 5. Interleaved loads: native, apt, shoelace, carbon, native, … (one warm-up round discarded).
  const loads = {}; // loads[n][candidate] = [result…]
  const cls = Object.fromEntries(CLS_VARIANTS.map((v) => [v.key, []])); // cls[key] = [result…]
  const failures = [];
  const external = new Set();
  const pageErrors = new Set();
  const record = (result) => {
    result.external.forEach((u) => external.add(u));
    result.errors.forEach((e) => pageErrors.add(e));
  };
  try {
    for (const n of NS) {
      loads[n] = Object.fromEntries(CANDIDATES.map((c) => [c, []]));
      for (let round = 0; round <= RUNS[n]; round++) {
        for (const candidate of CANDIDATES) {
          const url = `${server.origin}/${candidate}-${n}.html`;
          try {
            const result = await measureLoad(browser, url, { laterClicks: n === LATER_CLICKS_AT });
            record(result);
            if (round > 0) loads[n][candidate].push(result);
          } catch (error) {
            failures.push(`${candidate} N=${n} round ${round}: ${error.message.split('\n')[0]}`);
          }
        }
        console.log(`N=${n}: ${round === 0 ? 'warm-up round' : `round ${round}/${RUNS[n]}`} done (${elapsed()})`);
      }
    }

    // 6. Layout shift with the widget's script 100 ms late.
    for (let round = 0; round < CLS_RUNS; round++) {
      for (const variant of CLS_VARIANTS) {
        try {
          const result = await measureCls(browser, `${server.origin}/cls-${variant.key}.html`);
          record(result);
          cls[variant.key].push(result);
        } catch (error) {
          failures.push(`CLS ${variant.key} round ${round}: ${error.message.split('\n')[0]}`);
        }
      }
      console.log(`CLS: round ${round + 1}/${CLS_RUNS} done (${elapsed()})`);
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(site, { recursive: true, force: true });
  }

  // 7. Tables, RESULTS.md, ratios.svg (and the raw measurements, to re-render them with --report).
  const data = {
    dir: BENCH,
    ns: NS,
    runs: RUNS,
    clsRuns: CLS_RUNS,
    loads,
    cls,
    sizes,
    failures,
    external: [...external],
    pageErrors: [...pageErrors],
    env: { ...machine(), chromium, duration: elapsed() },
    labels: LABELS,
    candidates: CANDIDATES,
    clsVariants: CLS_VARIANTS,
  };
  await writeFile(RAW, `${JSON.stringify(data, null, 1)}\n`);
  await writeReport(data);
}

/** The CSS blocks of the README's "Avoiding layout shift" section, as a user would copy them. */
async function reserveCssFromReadme() {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('### Avoiding layout shift');
  const section = readme.slice(start, readme.indexOf('\n## ', start));
  const blocks = [...section.matchAll(/```css\n([\s\S]*?)```/g)].map((match) => match[1].trim());
  if (blocks.length === 0) throw new Error('README.md: no css block under "### Avoiding layout shift"');
  return blocks.join('\n');
}

/** `node run.mjs --report`: re-renders RESULTS.md and ratios.svg from results.json, measuring nothing. */
async function reportOnly() {
  await writeReport(JSON.parse(await readFile(RAW, 'utf8')));
}

(process.argv.includes('--report') ? reportOnly() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
