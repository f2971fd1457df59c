/**
 * Work the page can wait for, done in slices while the main thread is idle: a long FAQ shows
 * its questions first and prepares its closed answers afterwards, without ever holding the
 * page for more than a slice (plus one task: no answer takes longer, see `LIMITS`).
 */

/** How long one slice may run before it yields to the page (input, rendering). */
const SLICE_MS = 8;

const queue: Array<() => void> = [];
let next = 0;
let scheduled = false;
/** Between `beforeprint` and `afterprint`: nothing waits. */
let printing = false;

/** In an idle period where the browser has them (not WebKit's), else in a task of its own. */
const schedule = (run: () => void): unknown =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 300 }) : setTimeout(run);

function runSlice(end = performance.now() + SLICE_MS): void {
  try {
    while (next < queue.length) {
      queue[next++]();
      if (performance.now() >= end) break;
    }
  } finally {
    if (next < queue.length) {
      schedule(() => runSlice());
    } else {
      queue.length = next = 0;
      scheduled = false;
    }
  }
}

/** Runs `work` once the page is idle, after the work queued before it (at once while printing). */
export function whenIdle(work: () => void): void {
  if (printing) return work();
  queue.push(work);
  if (!scheduled) {
    scheduled = true;
    schedule(() => runSlice());
  }
}

/** Resolves once the work queued before this call is done (the queue runs in order). */
export const idle = (): Promise<void> => new Promise((resolve) => whenIdle(resolve));

// Printing cannot wait: everything queued is done before the page is laid out for paper, and
// so is the work that work asks for (the items of a long FAQ's later slices, then their answers).
globalThis.addEventListener?.('beforeprint', () => {
  printing = true;
  runSlice(Infinity);
});
globalThis.addEventListener?.('afterprint', () => {
  printing = false;
});
