import type { ReactiveController } from 'lit';
import type { FaqEntry } from './content.js';
import { ITEMS_PER_SLICE, type DrawingHost, type DrawnItems } from './drawn-items.js';
import type { FaqSearch } from './search.js';
import type { StructuredData } from './structured-data.js';
import { DRAWN_AT_ONCE } from '../answer.js';
import { whenIdle } from '../idle-queue.js';

/** What the preparation works on: the content, and what is wanted of it. */
export interface PreparationInputs {
  entries: readonly FaqEntry[];
  /** Changes when hand-written answers' text changed in place. */
  textVersion: number;
  search: boolean;
  structuredData: boolean;
}

/** Entries prepared in one turn of the idle queue (a few ms of answers). */
const ENTRIES_PER_TURN = 20;

/**
 * The one preparation pipeline of a FAQ's content, in the idle queue (idle-queue.ts): draw
 * the items of a long FAQ after the first ones → sanitise the answers not drawn with the
 * questions (find in page and text fragments reach them once drawn, hidden) → their plain
 * text → the search's folded text → the JSON-LD. Each generation of content (new entries,
 * edited text, search or structured data turned on) is numbered: the turns of an older one,
 * or of a FAQ out of the page, do nothing. Back in the page, the FAQ starts again where it
 * was (what was prepared is kept). A FAQ of at most {@link DRAWN_AT_ONCE} items is prepared
 * at once, in the update that shows it: its answers are drawn then anyway.
 */
export class Preparation implements ReactiveController {
  readonly #host: DrawingHost;
  readonly #drawn: DrawnItems;
  readonly #search: FaqSearch;
  readonly #structuredData: StructuredData;
  #inputs: PreparationInputs | undefined;
  #generation = 0;

  constructor(host: DrawingHost, drawn: DrawnItems, search: FaqSearch, structuredData: StructuredData) {
    this.#host = host;
    this.#drawn = drawn;
    this.#search = search;
    this.#structuredData = structuredData;
    host.addController(this);
  }

  /** Call from the host's `willUpdate`: starts a new generation when an input changed. */
  update(inputs: PreparationInputs): void {
    const last = this.#inputs;
    if (last && (Object.keys(inputs) as (keyof PreparationInputs)[]).every((key) => last[key] === inputs[key])) return;
    this.#inputs = inputs;
    this.#start();
  }

  #start(): void {
    const generation = ++this.#generation;
    const inputs = this.#inputs;
    if (!inputs || !this.#host.isConnected) return;
    const { entries, textVersion, search, structuredData } = inputs;
    const atOnce = entries.length <= DRAWN_AT_ONCE;
    // Checked when each turn runs, not when it was queued: the content or the page may have changed.
    const run = (work: () => void) =>
      atOnce ? work() : whenIdle(() => generation === this.#generation && this.#host.isConnected && work());
    /** Queues `work` on the entries from `from` on, `per` a turn; `draws`: the host draws after each. */
    const each = (from: number, per: number, work: (entry: FaqEntry, index: number) => void, draws?: boolean) => {
      for (let start = from; start < entries.length; start += per) {
        run(() => {
          for (let index = start; index < Math.min(start + per, entries.length); index++) work(entries[index], index);
          if (draws && !atOnce) this.#host.requestUpdate();
        });
      }
    };
    const drawn = this.#drawn;
    each(drawn.count, ITEMS_PER_SLICE, (_, index) => drawn.drawUpTo(index + 1), true);
    each(DRAWN_AT_ONCE, ENTRIES_PER_TURN, (entry) => void entry.answer.body, true);
    if (search || structuredData) each(0, ENTRIES_PER_TURN, (entry) => void entry.answer.text);
    if (search) each(0, ENTRIES_PER_TURN, (entry) => this.#search.prepare(entry, textVersion));
    if (structuredData) run(() => this.#structuredData.write(entries));
  }

  hostConnected(): void {
    this.#start();
  }

  hostDisconnected(): void {
    this.#generation++;
  }
}
