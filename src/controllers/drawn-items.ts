import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../idle-queue.js';

/**
 * How many items a FAQ from `items` or `src` draws with its content. Up to there (the FAQs
 * anyone writes by hand), every question exists from the first frame; the benchmarks' 1,000
 * items are drawn in one go.
 */
export const ITEMS_AT_ONCE = 1000;
/** How many more items a longer FAQ draws each time the page is idle (about 0.1 s of work here). */
export const ITEMS_PER_SLICE = 500;

/**
 * Which of a long FAQ's items are drawn: the first {@link ITEMS_AT_ONCE}, then
 * {@link ITEMS_PER_SLICE} more whenever the page is idle, so that thousands of items never
 * hold the page in one task (issue 13: input stays responsive). Drawing stops while the FAQ is
 * out of the page and goes on when it is back. Hand-written items are the page's own
 * markup, already there: all of them are drawn at once.
 */
export class DrawnItems implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #count = Infinity;
  #total = 0;
  #scheduled = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** New content of `total` items: draws the first ones, the rest when idle if `progressive`. */
  reset(total: number, progressive: boolean): void {
    this.#total = total;
    this.#count = progressive ? ITEMS_AT_ONCE : Infinity;
  }

  /** Every item is drawn. */
  get complete(): boolean {
    return this.#count >= this.#total;
  }

  /** The entries to draw now: the first ones of `entries`. */
  of<T>(entries: readonly T[]): readonly T[] {
    return entries.length > this.#count ? entries.slice(0, this.#count) : entries;
  }

  /** Resolves after the next slice of items has been asked for (or skipped, out of the page). */
  nextSlice(): Promise<void> {
    return new Promise((resolve) => whenIdle(resolve));
  }

  hostConnected(): void {
    this.#drawMoreSoon();
  }

  hostUpdated(): void {
    this.#drawMoreSoon();
  }

  #drawMoreSoon(): void {
    if (this.complete || this.#scheduled) return;
    this.#scheduled = true;
    whenIdle(() => {
      this.#scheduled = false;
      if (!this.#host.isConnected) return; // hostConnected asks again
      this.#count += ITEMS_PER_SLICE;
      this.#host.requestUpdate();
    });
  }
}
