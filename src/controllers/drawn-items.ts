import type { ReactiveControllerHost } from 'lit';
import type { OpenChange } from './open-items.js';
import { idle } from '../idle-queue.js';

/** A FAQ whose shadow root holds what it draws (the items, the search field). */
export type DrawingHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/**
 * How many items a FAQ from `items` or `src` draws with its content. Up to there (the FAQs
 * anyone writes by hand), every question exists from the first frame; the benchmarks' 1,000
 * items are drawn in one go.
 */
export const ITEMS_AT_ONCE = 1000;
/** How many more items a longer FAQ draws at each idle step (about 0.1 s of work here). */
export const ITEMS_PER_SLICE = 500;
/**
 * Items are drawn in groups of this many. In a long FAQ ({@link CONTAINED_FROM}) each group is
 * laid out on its own (`contain: layout style`, see styles.ts): opening an item lays out its
 * group and moves the later groups, where the browser would otherwise walk into every item
 * below it. Measured side by side at 1,000 items, a click's work fell to native `<details>`'s
 * (groups of 20 to 100 alike); with each item on its own it was 70% more, every item a layer.
 */
export const ITEMS_PER_GROUP = 50;
/**
 * From how many items the groups are laid out on their own: nothing measurable below, so
 * shorter FAQs keep CSS counters working across groups.
 */
export const CONTAINED_FROM = 200;

/**
 * Which of a long FAQ's items are drawn: the first {@link ITEMS_AT_ONCE}, then
 * {@link ITEMS_PER_SLICE} more at each step of the preparation (see preparation.ts), so that
 * thousands of items never hold the page in one task (issue 13: input stays responsive).
 * Hand-written items are the page's own markup, already there: all of them are drawn at once.
 */
export class DrawnItems {
  #count = Infinity;
  #total = 0;
  /** Items opened after they were drawn closed: their answer slides in. */
  readonly #revealing = new Set<string>();

  /** New content of `total` items: draws the first ones, the rest later if `progressive`. */
  reset(total: number, progressive: boolean): void {
    this.#total = total;
    this.#count = progressive ? ITEMS_AT_ONCE : Infinity;
    this.#revealing.clear();
  }

  /**
   * Items opened or closed. An answer slides in when it opens, not when it is drawn open (it
   * is in place already): `drawnClosed` is false while new content is not yet drawn.
   */
  changed(changes: readonly OpenChange[], drawnClosed: boolean): void {
    for (const { id, open } of changes) {
      if (open && drawnClosed) this.#revealing.add(id);
      else this.#revealing.delete(id);
    }
  }

  /** Whether the item's answer slides in. */
  reveals(id: string): boolean {
    return this.#revealing.has(id);
  }

  /** Draws the items up to `count` (a slice of the preparation). */
  drawUpTo(count: number): void {
    this.#count = Math.max(this.#count, count);
  }

  /** How many items are drawn now. */
  get count(): number {
    return this.#count;
  }

  /** Whether the FAQ is long enough for each group of items to be laid out on its own ({@link CONTAINED_FROM}). */
  get long(): boolean {
    return this.#total >= CONTAINED_FROM;
  }

  /** Every item is drawn. */
  get complete(): boolean {
    return this.#count >= this.#total;
  }

  /** Resolves with `drawn()`'s result once every slice is drawn (or `host` left the page). */
  async allDrawn(host: HTMLElement, drawn: () => Promise<boolean>): Promise<boolean> {
    let result = await drawn();
    while (!this.complete && host.isConnected) {
      await idle();
      result = await drawn();
    }
    return result;
  }

  /** The entries to draw now (the first ones of `entries`), in groups of {@link ITEMS_PER_GROUP}. */
  groups<T>(entries: readonly T[]): (readonly T[])[] {
    const groups: T[][] = [];
    const end = Math.min(entries.length, this.#count);
    for (let start = 0; start < end; start += ITEMS_PER_GROUP) groups.push(entries.slice(start, Math.min(start + ITEMS_PER_GROUP, end)));
    return groups;
  }
}
