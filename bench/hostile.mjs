// `npm run bench:hostile`: the longest main-thread task for each worst-case input of issue 13,
// for <apt-faq> (data through the `items` property, through `src`, and with `structured-data`)
// next to native <details> holding the same markup. Writes HOSTILE.md (and hostile.json).
//
// Environment: HOSTILE_RUNS (loads per input and apt-faq variant, default 3), HOSTILE_NATIVE_RUNS
// (loads of each native page, default 1), HOSTILE_ONLY (comma-separated
// input keys, e.g. `b,links`: only those), CHROME_PATH.
// `node hostile.mjs --report` re-renders HOSTILE.md from hostile.json without measuring.
// A benchmark, not a test: nothing here asserts a time.
import { Buffer } from 'node:buffer';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { makeItems, toAptItems } from './content.mjs';
import { BENCH, CHROME_FLAGS, CHROME_PATH, ROOT, machine, runInRoot } from './env.mjs';
import { measureHostile } from './measure.mjs';
import { escapeHtml, harness, itemsFromJson, page, scriptJson } from './pages.mjs';
import { serve } from './server.mjs';
import { fmt, median, table } from './stats.mjs';

const positive = (value, fallback) => (Number(value) >= 1 ? Math.floor(Number(value)) : fallback);
const RUNS = positive(process.env.HOSTILE_RUNS, 3);
/** Native <details> is the reference and takes seconds on the nested inputs: loaded fewer times. */
const NATIVE_RUNS = Math.min(RUNS, positive(process.env.HOSTILE_NATIVE_RUNS, 1));
const RAW = join(BENCH, 'hostile.json');
/** apt-faq shows at most this many items (LIMITS.items in ../src/faq-data.ts). */
const ITEM_CAP = 5000;
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

/** One worst-case answer as the only item of the FAQ. */
const single = (answer, native = answer) => [{ id: 'worst', question: 'Worst?', answer, native }];
/** Ordinary generated items (two ~450-character paragraphs each), as every candidate of `npm run bench` gets them. */
const ordinary = (n) => toAptItems(makeItems(n)).map((item) => ({ ...item, native: item.answer }));
/** The fewest ordinary items whose `src` document reaches 1 MB (10^6 bytes). */
function ordinaryMegabyte() {
  let n = 900;
  while (Buffer.byteLength(JSON.stringify({ lang: 'en', items: toAptItems(makeItems(n)) })) < 1e6) n += 10;
  return ordinary(n);
}

/**
 * The inputs of issue 13. `native`: the same markup inline in the native page; for the plain
 * text, the 37,000 `<p>` it stands for (plain text in HTML would be one paragraph).
 * `query`: typed into apt-faq's search field (a word of the worst answer).
 */
const INPUTS = [
  { key: 'b', label: 'one answer of 200,000 nested `<b>` (closed)', items: () => single(`${'<b>'.repeat(200000)}deep${'</b>'.repeat(200000)}`), query: 'deep' },
  { key: 'div', label: '200,000 nested `<div>` (closed)', items: () => single(`${'<div>'.repeat(200000)}deep${'</div>'.repeat(200000)}`), query: 'deep' },
  { key: 'ul', label: '100,000 nested `<ul><li>`', items: () => single(`${'<ul><li>'.repeat(100000)}deep`), query: 'deep' },
  { key: 'table', label: '30,000 nested table rows', items: () => single(`${'<table><tr><td>'.repeat(30000)}deep`), query: 'deep' },
  { key: 'links', label: '30,000 links in one answer', items: () => single('<a href="https://example.org/">link</a>'.repeat(30000)), query: 'link' },
  {
    key: 'text',
    label: '1 MB of plain text in 37,000 paragraphs',
    items: () => single('Some ordinary words here.\n\n'.repeat(37000), '<p>Some ordinary words here.</p>'.repeat(37000)),
    query: 'ordinary',
  },
  { key: 'cap', label: '5,000 ordinary items (the item cap), ~900-character answers', items: () => ordinary(ITEM_CAP), query: 'torture' },
  { key: 'mb', label: '1 MB JSON of ordinary FAQ content', items: ordinaryMegabyte, query: 'torture' },
];

/** HOSTILE_ONLY=b,links: only those inputs (while working on one). */
const ONLY = process.env.HOSTILE_ONLY?.split(',');
const SELECTED = ONLY ? INPUTS.filter((input) => ONLY.includes(input.key)) : INPUTS;

const VARIANTS = [
  { key: 'items', label: 'apt-faq `items`' },
  { key: 'src', label: 'apt-faq `src`' },
  { key: 'sd', label: 'apt-faq `items` + `structured-data`' },
  { key: 'native', label: 'native `<details>`' },
];
const PHASES = ['load', 'open', 'search'];

/** Every long task of the page, from its head on: window.__longtasks = [[startTime, duration]…]. */
const LONGTASKS = `<script>
window.__longtasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longtasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });
</script>`;

/** The page of one input and variant. Every apt-faq has `search` (the search phase types into it). */
function hostilePage(input, variant, items) {
  const shown = Math.min(items.length, ITEM_CAP);
  const title = `${input.key} ${variant.key}`;
  if (variant.key === 'native') {
    const body = items
      .map((item) => `<details name="faq"><summary>${escapeHtml(item.question)}</summary>${item.native}</details>`)
      .join('\n');
    return page({ title, head: LONGTASKS, body, tail: harness('native', items.length) });
  }
  const script = '<script type="module" src="/apt-faq.js"></script>';
  if (variant.key === 'src') {
    return page({ title, head: `${LONGTASKS}\n${script}`, body: `<apt-faq search src="/${input.key}.json"></apt-faq>`, tail: harness('apt', shown) });
  }
  const data = items.map(({ id, question, answer }) => ({ id, question, answer }));
  const attributes = variant.key === 'sd' ? 'search structured-data' : 'search';
  return page({
    title,
    head: `${LONGTASKS}\n${itemsFromJson('apt-faq')}\n${script}`,
    body: `<apt-faq ${attributes}></apt-faq>\n<script type="application/json" id="faq-data">${scriptJson(data)}</script>`,
    tail: harness('apt', shown),
  });
}

/** What the widget's console warnings say it did: cut, flattened, left out. */
function capsApplied(warnings) {
  const caps = new Set();
  for (const warning of warnings) {
    if (!warning.startsWith('<apt-faq>')) continue;
    if (/left out/.test(warning)) caps.add('items left out');
    if (/longer than [\d,]+ characters/.test(warning)) caps.add(`cut at ${warning.match(/longer than ([\d,]+) characters/)[1]} characters`);
    if (/nested over \d+ deep/.test(warning)) caps.add(`flattened below ${warning.match(/nested over (\d+) deep/)[1]} levels`);
  }
  return [...caps];
}

async function main() {
  // Only the standalone bundle is needed (the full `npm run build` also makes the npm files and the editor).
  runInRoot('npx', ['vite', 'build']);
  const site = await mkdtemp(join(tmpdir(), 'apt-faq-hostile-'));
  await copyFile(join(ROOT, 'dist', 'apt-faq.js'), join(site, 'apt-faq.js'));
  const sizes = {};
  for (const input of SELECTED) {
    const items = input.items();
    const json = JSON.stringify({ lang: 'en', items: items.map(({ id, question, answer }) => ({ id, question, answer })) });
    sizes[input.key] = { items: items.length, json: Buffer.byteLength(json) };
    await writeFile(join(site, `${input.key}.json`), json);
    for (const variant of VARIANTS) await writeFile(join(site, `${input.key}-${variant.key}.html`), hostilePage(input, variant, items));
  }

  const loadBefore = loadavg()[1];
  const server = await serve(site);
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_FLAGS, protocolTimeout: 120_000 });
  const chromium = await browser.version();
  console.log(`\n${chromium}, site ${site} served at ${server.origin}, ${RUNS} runs`);
  const runs = {}; // runs[input][variant] = [result…]
  const failures = [];
  try {
    // Warm-up (discarded): the first load of a fresh browser pays for its own start.
    await measureHostile(browser, `${server.origin}/${SELECTED[0].key}-items.html`, { query: SELECTED[0].query }).catch(() => {});
    for (let round = 1; round <= RUNS; round++) {
      for (const input of SELECTED) {
        runs[input.key] ??= Object.fromEntries(VARIANTS.map((v) => [v.key, []]));
        for (const variant of VARIANTS) {
          if (variant.key === 'native' && round > NATIVE_RUNS) continue;
          const url = `${server.origin}/${input.key}-${variant.key}.html`;
          try {
            const result = await measureHostile(browser, url, { query: variant.key === 'native' ? undefined : input.query });
            runs[input.key][variant.key].push(result);
            const worst = Math.max(...PHASES.map((p) => result.phases[p]?.longest ?? 0));
            console.log(`round ${round} ${input.key} ${variant.key}: longest task ${fmt(worst, 0)} ms (${elapsed()})`);
          } catch (error) {
            failures.push(`${input.key} ${variant.key} round ${round}: ${error.message.split('\n')[0]}`);
            console.log(`round ${round} ${input.key} ${variant.key}: FAILED ${error.message.split('\n')[0]}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
  const data = { runs, sizes, failures, env: { ...machine(), chromium, runs: RUNS, nativeRuns: NATIVE_RUNS, load: [loadBefore, loadavg()[1]].map((l) => l.toFixed(1)), duration: elapsed(), date: new Date().toISOString().slice(0, 10) } };
  await writeFile(RAW, `${JSON.stringify(data, null, 1)}\n`);
  await writeReport(data);
}

/** Median of a phase's figure over the runs of one input and variant. */
const phaseMedian = (results, phase, fn) => median(results.filter((r) => r.phases[phase]).map((r) => fn(r.phases[phase])));
/** "< 50" when no task of the phase was a long one (the observer reports only those). */
const taskMs = (ms) => (!Number.isFinite(ms) ? '–' : ms === 0 ? '< 50' : fmt(ms, 0));

async function writeReport({ runs, sizes, failures, env }) {
  const worstOf = (results) => {
    const byPhase = PHASES.map((phase) => [phase, phaseMedian(results, phase, (p) => p.longest)]).filter(([, ms]) => Number.isFinite(ms));
    return byPhase.reduce((a, b) => (b[1] > a[1] ? b : a), byPhase[0] ?? ['', NaN]);
  };
  const cell = (results) => {
    if (!results?.length) return 'failed';
    const [phase, ms] = worstOf(results);
    if (ms === 0) return '< 50';
    const all = results.filter((r) => r.phases[phase]).map((r) => r.phases[phase].longest);
    return all.length > 1 ? `${fmt(ms, 0)} (${fmt(Math.min(...all), 0)}–${fmt(Math.max(...all), 0)}) ${phase}` : `${fmt(ms, 0)} ${phase}`;
  };
  const caps = (key) => {
    const found = new Set(Object.values(runs[key]).flat().flatMap((r) => capsApplied(r.warnings)));
    return found.size ? [...found].join('; ') : 'none';
  };
  const shown = (key) => {
    const counts = ['items', 'src', 'sd'].flatMap((v) => runs[key][v].map((r) => r.count));
    return `${Math.min(...counts) === Math.max(...counts) ? counts[0] : `${Math.min(...counts)}–${Math.max(...counts)}`} of ${sizes[key].items}`;
  };
  const summary = table(
    ['input', 'JSON', ...VARIANTS.map((v) => v.label), 'apt-faq: items shown', 'caps applied (console warnings)'],
    INPUTS.filter((input) => runs[input.key]).map((input) => [
      input.label,
      `${fmt(sizes[input.key].json / 1e6, 2)} MB`,
      ...VARIANTS.map((v) => cell(runs[input.key][v.key])),
      shown(input.key),
      caps(input.key),
    ]),
  );
  const phases = table(
    ['input', 'variant', ...PHASES.map((p) => `${p}: longest task ms`), ...PHASES.map((p) => `${p}: main-thread ms (script / style / layout)`)],
    INPUTS.filter((input) => runs[input.key]).flatMap((input) =>
      VARIANTS.map((v) => {
        const results = runs[input.key][v.key];
        return [
          input.key,
          v.label,
          ...PHASES.map((p) => taskMs(phaseMedian(results, p, (x) => x.longest))),
          ...PHASES.map((p) => {
            const w = (k) => fmt(phaseMedian(results, p, (x) => x.work[k]), 0);
            return w('task') === '–' ? '–' : `${w('task')} (${w('script')} / ${w('style')} / ${w('layout')})`;
          }),
        ];
      }),
    ),
  );
  const md = `# Hostile inputs: longest main-thread task

Generated by \`npm run bench:hostile\` (\`hostile.mjs\`) on ${env.date}. Machine: ${env.nproc} cores (${env.cpu}),
${env.platform}, Node ${env.node}, ${env.chromium} headless; ${env.runs} runs per input and apt-faq variant
(medians), ${env.nativeRuns} of each native page, ${env.duration} in all. The machine is shared with other work
(5-minute load average ${env.load[0]} before, ${env.load[1]} after, on ${env.nproc} cores): single figures move by tens of ms or more.

Each page is loaded in a fresh incognito context. A buffered \`PerformanceObserver('longtask')\` in the
page's head records every task over 50 ms. Phases, each until the page is quiet again (300 ms and an idle
period): **load** (navigation until every question is rendered), **open** (a real mouse click on the first
question: the worst answer), **search** (apt-faq only: the search field clicked, then a word of the worst
answer typed key by key, until \`apt-faq-search\` reports it). Every apt-faq has \`search\`; \`items\` is set
from a JSON block before the element is defined; \`src\` loads the same JSON from 127.0.0.1. Native
\`<details>\` holds the same answer markup inline in the HTML, so its figure is the browser's own parser,
style and layout on that markup (for the plain text: the 37,000 \`<p>\` it stands for). "< 50" means no
task of that phase reached 50 ms.

## Longest task of any phase, ms

Median (min–max over the runs) of the phase whose median is the highest, and that phase.

${summary}

## By phase

Longest task (ms, median) and main-thread time of the whole phase by kind (Performance.getMetrics
deltas, median ms: all tasks / script / style recalculation / layout; the rest of "all" is HTML
parsing, paint and the browser's own work). Native has no search field. The script column counts far
less than a CPU profile attributes to JavaScript in the same phase (this Chromium's ScriptDuration
misses most of the widget's work: HTML parsed by \`innerHTML\` into the sanitizer's template, event
handlers, microtasks): read "all" as the figure and the split for style and layout only.

Where the time goes (CPU profiles of single loads, not part of this script): for one capped hostile
answer, about half the longest task is Chromium parsing the 20,000 kept characters into the sanitizer's
\`<template>\` (\`sanitizeAnswer\`), the rest style, layout and paint of the FAQ; \`structured-data\`
made no difference that stands out of the noise (one answer's text and JSON are small). For many
ordinary items, loading draws the first 1,000 questions and the first 100 answers in one task, the
other questions 500 at a time and the other answers in slices of about 8 ms when the page is idle; with
\`structured-data\` the answers after the first 100 are read for the JSON-LD in idle slices too, and the
script is written after the last. A search folds each answer's text once, then every keystroke matches
all of them.

${phases}
${failures.length ? `\n## Failures\n\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}`;
  await writeFile(join(BENCH, 'HOSTILE.md'), md);
  console.log(`\n${summary}\n\n${phases}\n\nWrote HOSTILE.md`);
}

(process.argv.includes('--report') ? readFile(RAW, 'utf8').then((raw) => writeReport(JSON.parse(raw))) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
