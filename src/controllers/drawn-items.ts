import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { idle, whenIdle } from '../idle-queue.js';
import type { AptFaqItem } from '../apt-faq-item.js';

/** A FAQ whose shadow root holds what it draws (the item views, the search field). */
export type DrawingHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

/**
 * How many items a FAQ from `items` or `src` draws with its content. Up to there (the FAQs
 * anyone writes by hand), every question exists from the first frame; the benchmarks' 1,000
 * items are drawn in one go.
 */
export const ITEMS_AT_ONCE = 1000;
/** How many more items a longer FAQ draws each time the page is idle (about 0.1 s of work here). */
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
 * {@link ITEMS_PER_SLICE} more whenever the page is idle, so that thousands of items never
 * hold the page in one task (issue 13: input stays responsive). Drawing stops while the FAQ is
 * out of the page and goes on when it is back. Hand-written items are the page's own
 * markup, already there: all of them are drawn at once.
 */
export class DrawnItems implements ReactiveController {
  readonly #host: DrawingHost;
  #count = Infinity;
  #total = 0;
  #scheduled = false;

  constructor(host: DrawingHost) {
    this.#host = host;
    host.addController(this);
  }

  /** New content of `total` items: draws the first ones, the rest when idle if `progressive`. */
  reset(total: number, progressive: boolean): void {
    this.#total = total;
    this.#count = progressive ? ITEMS_AT_ONCE : Infinity;
  }

  /** Whether the FAQ is long enough for each group of items to be laid out on its own ({@link CONTAINED_FROM}). */
  get long(): boolean {
    return this.#total >= CONTAINED_FROM;
  }

  /** Every item is drawn. */
  get complete(): boolean {
    return this.#count >= this.#total;
  }

  /** The entries to draw now (the first ones of `entries`), in groups of {@link ITEMS_PER_GROUP}. */
  groups<T>(entries: readonly T[]): (readonly T[])[] {
    const groups: T[][] = [];
    const end = Math.min(entries.length, this.#count);
    for (let start = 0; start < end; start += ITEMS_PER_GROUP) groups.push(entries.slice(start, Math.min(start + ITEMS_PER_GROUP, end)));
    return groups;
  }

  /** The item views drawn now. */
  views(): NodeListOf<AptFaqItem> {
    return this.#host.renderRoot.querySelectorAll('apt-faq-item');
  }

  /** The view of the item `id`, once it is drawn. */
  view(id: string): AptFaqItem | undefined {
    return Array.from(this.views()).find((view) => view.entry?.id === id);
  }

  /**
   * Resolves with `hostDrawn`'s result once the host has drawn (`hostDrawn`: its own
   * pending update done) and then each of its item views has too (after a click, the one
   * that changed: the others are not waited on, which in a long FAQ is most of the work).
   */
  async drawnNow(hostDrawn: Promise<boolean>): Promise<boolean> {
    const result = await hostDrawn;
    const pending = Array.from(this.views()).filter((view) => view.isUpdatePending);
    await Promise.all(pending.map((view) => view.updateComplete));
    return result;
  }

  /**
   * Resolves once every slice is drawn (or the host left the page): `drawnNow` waits for
   * the host's and its items' pending updates, and is asked again after each slice.
   */
  async allDrawn(drawnNow: () => Promise<boolean>): Promise<boolean> {
    let result = await drawnNow();
    while (!this.complete && this.#host.isConnected) {
      await idle();
      result = await drawnNow();
    }
    return result;
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
