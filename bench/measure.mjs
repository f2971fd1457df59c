// One page load in a fresh incognito context, and everything measured on it.
/* global window, document, requestAnimationFrame, requestIdleCallback, MessageChannel, performance -- in page.evaluate() callbacks, run by the browser */
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './stats.mjs';

const VIEWPORT = { width: 1280, height: 800 };
const LOAD_TIMEOUT = 30_000;
/** A point of the body's padding, left of the centred content: clicking it does nothing. */
const BLANK_POINT = { x: 8, y: VIEWPORT.height - 8 };
const TOGGLE_METRICS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

/**
 * Opens `url` in a fresh incognito context (empty cache, own renderer), waits for the page's
 * harness to report it rendered, runs `fn(page, cdp, state)`, closes it. The result carries the
 * requests that left 127.0.0.1 (`external`), uncaught errors (`errors`) and console warnings (`warnings`).
 */
export async function withFreshPage(browser, url, fn) {
  const context = await browser.createBrowserContext();
  const external = [];
  const errors = [];
  const warnings = [];
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(LOAD_TIMEOUT);
    await page.setViewport(VIEWPORT);
    await page.setCacheEnabled(false);
    page.on('request', (request) => {
      const u = request.url();
      if (!u.startsWith('http://127.0.0.1:') && !u.startsWith('data:')) external.push(u);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
    });
    const cdp = await page.createCDPSession();
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
    await page.waitForFunction(() => window.__framed !== undefined || window.__error !== undefined, {
      timeout: LOAD_TIMEOUT,
      polling: 50,
    });
    const state = await page.evaluate(() => ({
      rendered: window.__rendered,
      framed: window.__framed,
      count: window.__count,
      error: window.__error,
    }));
    if (state.error) throw new Error(state.error);
    const result = await fn(page, cdp, state);
    return { ...result, external, errors, warnings };
  } finally {
    await context.close();
  }
}

/** Two animation frames: lets hover styles, observers and re-renders settle. */
export const settleFrames = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Lets late work (icon loads, observers, deferred renders) finish: 300 ms, then an idle period. */
export async function quiet(page) {
  await sleep(300);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
}

const delta = (before, after) => Object.fromEntries(TOGGLE_METRICS.map((m) => [m, (after[m] - before[m]) * 1000]));

/**
 * The cost of measuring itself, with no input: the same CDP calls around one animation frame
 * and its rendering. Subtracted from the click figures.
 */
async function measureIdle(page) {
  await settleFrames(page);
  const before = await page.metrics();
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(0);
        }),
      ),
  );
  const after = await page.metrics();
  return { work: delta(before, after) };
}

/**
 * A real mouse click at `point` (CDP Input events, as a user's), measured from just before the
 * button goes down until the first frame after the click is rendered:
 * main-thread Task/Script/Layout/RecalcStyle durations (Performance.getMetrics deltas, ms) and
 * the in-page timings (input timestamp → end of that frame).
 */
async function measureClick(page, point, probeAnswer) {
  await page.evaluate((probe) => window.__bench.armClick(probe), probeAnswer);
  await page.mouse.move(point.x, point.y); // hover first, outside the measurement
  await settleFrames(page);
  const before = await page.metrics();
  await page.mouse.down();
  await page.mouse.up();
  const probe = await page.evaluate(() => window.__click);
  const after = await page.metrics();
  return { work: delta(before, after), inputToFrame: probe.framedAt - probe.inputAt, firstFrame: probe.firstFrame };
}

/** How many later opening clicks `measureLoad` measures when asked (`laterClicks`). */
export const LATER_CLICKS = 3;

/**
 * Time to rendered; once the page is quiet, JS and DOM heap and DOM size after a forced GC; then the cost
 * of measuring with no input (idle, median of 3), of a click on the first question (opens it) and of a
 * click on a blank point. With `laterClicks`, then {@link LATER_CLICKS} times: a click that closes the
 * question (not measured) and one that opens it again (measured): the code is warm, as for most of
 * a reader's clicks, and several clicks per load are steadier than the first one alone.
 */
export function measureLoad(browser, url, { laterClicks = false } = {}) {
  return withFreshPage(browser, url, async (page, cdp, state) => {
    await quiet(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = await page.metrics();
    // V8's heap (usedSize), ArrayBuffer backing stores, and Blink's own garbage-collected heap
    // (embedderHeapUsedSize: DOM nodes, their text, layout objects), after the same GC.
    const usage = await cdp.send('Runtime.getHeapUsage');
    const idles = [await measureIdle(page), await measureIdle(page), await measureIdle(page)];
    const idle = { work: Object.fromEntries(TOGGLE_METRICS.map((m) => [m, median(idles.map((i) => i.work[m]))])) };
    const question = await page.evaluate(() => window.__bench.firstQuestion());
    const toggle = await measureClick(page, question, true);
    // Checks the click did open the answer: visible once any opening animation is over.
    await sleep(500);
    toggle.later = await page.evaluate(() => window.__bench.answerVisibility());
    const blank = await measureClick(page, BLANK_POINT, false);
    const later = [];
    for (let i = 0; laterClicks && i < LATER_CLICKS; i++) {
      await page.mouse.click(question.x, question.y);
      await sleep(500); // any closing animation is over
      later.push(await measureClick(page, question, false));
      await sleep(500);
    }
    return {
      later,
      rendered: state.rendered,
      framed: state.framed,
      count: state.count,
      heap: metrics.JSHeapUsedSize,
      domHeap: usage.embedderHeapUsedSize,
      totalHeap: usage.usedSize + usage.backingStorageSize + usage.embedderHeapUsedSize,
      nodes: metrics.Nodes,
      idle,
      blank,
      toggle,
    };
  });
}

/** The late-script page: CLS (sum of shifts without recent input) once rendering is over and 1 s has passed. */
export function measureCls(browser, url) {
  return withFreshPage(browser, url, async (page, cdp, state) => {
    await sleep(1000);
    const { cls, shifts } = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
    return { cls, shifts, rendered: state.rendered, count: state.count };
  });
}

/** The rendered `<apt-faq>`'s height in px, once the page's harness says it is rendered. */
export async function measureFaqHeight(browser, url) {
  const { height } = await withFreshPage(browser, url, async (page) => ({
    height: await page.evaluate(() => document.querySelector('apt-faq').getBoundingClientRect().height),
  }));
  return height;
}

/** Whether the first question is open now (apt-faq's first button, or the first native `<details>`). */
const isFirstOpen = () => {
  const faq = document.querySelector('apt-faq');
  if (faq) return faq.shadowRoot.querySelector('[part="button"]')?.getAttribute('aria-expanded') === 'true';
  return document.querySelector('details')?.open === true;
};

/**
 * The hostile-input scenario (`hostile.mjs`). The page records every long task (> 50 ms) from
 * its head with a buffered PerformanceObserver into `window.__longtasks` ([startTime, duration]).
 * Three phases, each from its start until the page is quiet again (300 ms, then an idle period):
 * - `load`: navigation until every question is rendered and the page is quiet;
 * - `open`: a real mouse click (CDP Input, pointer already hovering) on the first question;
 * - `search` (when `query` is given): the search field focused by a click, then `query` typed
 *   key by key (50 ms apart), until `apt-faq-search` reports it.
 * Per phase: the longest task that started in it (0 when none was over 50 ms) and the
 * main-thread time spent in it by kind (Performance.getMetrics deltas, ms).
 */
export function measureHostile(browser, url, { query } = {}) {
  return withFreshPage(browser, url, async (page, cdp, state) => {
    const now = () => page.evaluate(() => performance.now());
    const longest = (from, to) =>
      page.evaluate(
        (a, b) => Math.max(0, ...window.__longtasks.filter(([start]) => start >= a && start < b).map(([, duration]) => duration)),
        from,
        to,
      );
    const work = (before, after) => ({
      task: (after.TaskDuration - (before?.TaskDuration ?? 0)) * 1000,
      script: (after.ScriptDuration - (before?.ScriptDuration ?? 0)) * 1000,
      style: (after.RecalcStyleDuration - (before?.RecalcStyleDuration ?? 0)) * 1000,
      layout: (after.LayoutDuration - (before?.LayoutDuration ?? 0)) * 1000,
    });
    const phases = {};

    await quiet(page);
    let end = await now();
    phases.load = { longest: await longest(0, end), work: work(undefined, await page.metrics()), ms: state.rendered };

    const question = await page.evaluate(() => window.__bench.firstQuestion());
    await page.mouse.move(question.x, question.y);
    await settleFrames(page);
    let before = await page.metrics();
    let start = await now();
    await page.mouse.down();
    await page.mouse.up();
    await settleFrames(page);
    await quiet(page);
    end = await now();
    phases.open = { longest: await longest(start, end), work: work(before, await page.metrics()), opened: await page.evaluate(isFirstOpen) };

    if (query) {
      const field = await page.evaluate(() => {
        const input = document.querySelector('apt-faq').shadowRoot.querySelector('[part="search"]');
        const r = input.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouse.click(field.x, field.y);
      await settleFrames(page);
      await page.evaluate(() => {
        window.__searched = new Promise((resolve) =>
          document.querySelector('apt-faq').addEventListener('apt-faq-search', (event) => resolve(event.detail), { once: true }),
        );
      });
      before = await page.metrics();
      start = await now();
      await page.keyboard.type(query, { delay: 50 });
      const detail = await page.evaluate(() => window.__searched);
      await settleFrames(page);
      await quiet(page);
      end = await now();
      phases.search = { longest: await longest(start, end), work: work(before, await page.metrics()), count: detail.count };
    }
    return { count: state.count, phases };
  });
}
