// `npm run lighthouse [-- PAGE.html]`: builds the demo, serves ../demo-dist compressed on
// 127.0.0.1, runs Lighthouse 12 (default config: mobile, simulated throttling) on the page
// (index.html by default), prints the four category scores and every failing audit, and writes
// bench/LIGHTHOUSE.md (for another page: bench/LIGHTHOUSE-<page>.md).
// It changes nothing in the demo: it reports what fails.
/* global window, ShadowRoot, PerformanceObserver -- in page.evaluate*() callbacks, run by the browser */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { installedVersion } from './bundles.mjs';
import { BENCH, CHROME_FLAGS, CHROME_PATH, ROOT, machine, runInRoot } from './env.mjs';
import { serve } from './server.mjs';
import { table } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
/** Audits that are not pass/fail. */
const NOT_SCORED = new Set(['notApplicable', 'manual', 'informative', 'error']);

/** chrome-launcher as Lighthouse itself resolves it (one of its dependencies). */
async function chromeLauncher() {
  const fromLighthouse = createRequire(join(BENCH, 'node_modules', 'lighthouse', 'package.json'));
  return import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href);
}

/** Loads that look for layout shifts (whether one happens depends on timing). */
const SHIFT_LOADS = 5;

/**
 * What shifted, since Lighthouse's own "layout-shifts" audit may error: loads the page again
 * in puppeteer at Lighthouse's mobile screen size with its 4× CPU slowdown, SHIFT_LOADS times
 * (fresh context each), and lists every layout shift with its sources.
 */
async function shiftSources(url) {
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, headless: true, args: CHROME_FLAGS });
  const loads = [];
  try {
    for (let i = 0; i < SHIFT_LOADS; i++) loads.push(await shiftsOfOneLoad(browser, url));
  } finally {
    await browser.close();
  }
  return loads;
}

async function shiftsOfOneLoad(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.emulateCPUThrottling(4);
    // Lighthouse's default mobile screen size (Moto G Power). Not `isMobile`: under puppeteer's
    // mobile emulation Chromium flags every shift as "had recent input" and so leaves it out.
    await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75 });
    await page.evaluateOnNewDocument(() => {
      window.__shifts = [];
      const describe = (node) => {
        if (!node) return '(removed node)';
        if (node.nodeType !== 1) return `#text "${node.textContent.trim().slice(0, 40)}" in ${describe(node.parentElement)}`;
        const root = node.getRootNode();
        const inShadow = root instanceof ShadowRoot ? ` (in <${root.host.localName}> shadow root)` : '';
        const id = node.id ? `#${node.id}` : '';
        const cls = node.classList.length ? `.${[...node.classList].join('.')}` : '';
        return `<${node.localName}${id}${cls}>${inShadow}`;
      };
      // Rects are clipped to the viewport: an empty one means out of view.
      const rect = (r) => (r.width === 0 && r.height === 0 ? 'out of view' : `top ${Math.round(r.y)} px, height ${Math.round(r.height)} px`);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__shifts.push({
            at: Math.round(entry.startTime),
            value: entry.value,
            hadRecentInput: entry.hadRecentInput,
            sources: entry.sources.map((s) => `${describe(s.node)}: ${rect(s.previousRect)} ⇒ ${rect(s.currentRect)}`),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return await page.evaluate(() => window.__shifts);
  } finally {
    await context.close();
  }
}

/** A short hint of where an audit fails: the first few nodes or URLs of its details. */
function where(audit) {
  const items = audit.details?.items ?? [];
  const labels = items.slice(0, 3).map((item) => {
    const node = item.node ?? item.element ?? (item.subItems?.items?.[0]?.relatedNode);
    if (node?.snippet) return `\`${node.snippet.slice(0, 90).replaceAll('|', '\\|')}\``;
    const url = typeof item.url === 'string' ? item.url : item.source?.url;
    if (url) return url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '');
    if (item.description) return String(item.description).slice(0, 90);
    return '';
  });
  const more = items.length > 3 ? ` (+${items.length - 3} more)` : '';
  return labels.filter(Boolean).join('; ') + more;
}

/** The demo page to audit, and the report it goes to. */
const PAGE = process.argv.slice(2).find((arg) => arg.endsWith('.html')) ?? 'index.html';
const REPORT = PAGE === 'index.html' ? 'LIGHTHOUSE.md' : `LIGHTHOUSE-${PAGE.replace(/\.html$/, '')}.md`;

async function main() {
  runInRoot('npm', ['run', 'build']);
  runInRoot('npx', ['vite', 'build', '--mode', 'demo']);

  const server = await serve(join(ROOT, 'demo-dist'), { compress: true, cache: true });
  const { launch } = await chromeLauncher();
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: [...CHROME_FLAGS, '--headless=new'] });
  const url = `${server.origin}/${PAGE}`;
  let lhr;
  let shiftLoads = [];
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    lhr = result.lhr;
    const reportPath = join(tmpdir(), 'apt-faq-lighthouse.json');
    await writeFile(reportPath, result.report);
    console.log(`\nFull Lighthouse report (JSON): ${reportPath}`);
    await chrome.kill();
    shiftLoads = await shiftSources(url);
  } finally {
    await chrome.kill();
    await server.close();
  }

  const out = [];
  const say = (text = '') => {
    out.push(text);
    console.log(text);
  };
  const env = machine();
  say('# Lighthouse: the apt-faq demo');
  say();
  say(
    `Generated by \`npm run lighthouse\` on ${new Date().toISOString()}: Lighthouse ${lhr.lighthouseVersion} ` +
      `(${await installedVersion('lighthouse')}), default config (${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling), ` +
      `${lhr.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, Node ${env.node}, ${env.nproc} CPUs (${env.cpu}).`,
  );
  say();
  say(`Page: \`demo-dist/${PAGE}\` (built by \`vite build --mode demo\`), served from 127.0.0.1 with brotli/gzip and long-lived caching of /assets/.`);
  say();
  say('## Scores');
  say();
  say(table(['category', 'score'], CATEGORIES.map((id) => [lhr.categories[id].title, Math.round(lhr.categories[id].score * 100)])));
  say();
  say('## Metrics (simulated mobile)');
  say();
  say(table(['metric', 'value', 'score'], METRICS.map((id) => [lhr.audits[id].title, lhr.audits[id].displayValue ?? '', lhr.audits[id].score])));
  say();
  say('## Failing audits (score < 1)');
  say();
  const failing = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit.score === null || audit.score >= 1 || NOT_SCORED.has(audit.scoreDisplayMode)) continue;
      failing.push([lhr.categories[id].title, ref.id, audit.title.replaceAll('|', '\\|'), audit.score, ref.weight, audit.displayValue ?? '', where(audit)]);
    }
  }
  say(failing.length ? table(['category', 'audit', 'title', 'score', 'weight', 'value', 'where'], failing) : 'None.');
  say();
  const errored = Object.values(lhr.audits).filter((audit) => audit.scoreDisplayMode === 'error');
  if (errored.length) {
    say('## Audits Lighthouse could not run (not counted: none of them feeds a category score)');
    say();
    say(table(['audit', 'error'], errored.map((a) => [a.id, String(a.errorMessage).slice(0, 140).replaceAll('|', '\\|')])));
    say();
  }
  say('## Layout shifts and what moved');
  say();
  const ownAuditFailed = lhr.audits['layout-shifts']?.scoreDisplayMode === 'error';
  say(
    (ownAuditFailed ? "Lighthouse's own layout-shifts audit errored (above), so the" : 'For reference, the') +
      ' page was loaded again with puppeteer at the same ' +
      `screen size (412×823, DPR 1.75, 4× CPU slowdown, no network throttling), ${shiftLoads.length} times, ` +
      'and every layout-shift entry recorded with its sources. Whether the shift happens depends on whether the page paints ' +
      'before the script has rendered the FAQ, so it varies between loads.',
  );
  say();
  const shiftRows = shiftLoads.flatMap((shifts, i) =>
    shifts.length
      ? shifts.map((s) => [i + 1, s.at, s.value.toFixed(4), s.hadRecentInput, s.sources.join('; ').replaceAll('|', '\\|')])
      : [[i + 1, '–', '0', '–', 'no layout shift']],
  );
  say(table(['load', 'at ms', 'value', 'recent input', 'sources (previous ⇒ current rect)'], shiftRows));
  say();
  if (lhr.runWarnings?.length) {
    say('## Lighthouse warnings');
    say();
    for (const warning of lhr.runWarnings) say(`- ${warning}`);
    say();
  }
  if (lhr.runtimeError) say(`Runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  say('Weight 0 audits are diagnostics: they do not change the category score. The score is a single run; Lighthouse scores vary by a few points between runs.');

  await writeFile(join(BENCH, REPORT), `${out.join('\n')}\n`);
  console.log(`\nWrote ${join(BENCH, REPORT)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
