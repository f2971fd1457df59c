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

/** One step: `each` entry from `from` on, `per` entries a turn, then `done`. */
interface Step {
  from: number;
  per: number;
  each?: (entry: FaqEntry, index: number) => void;
  /** The host draws again after each turn (what the step did is on screen). */
  draws?: boolean;
  done?: (entries: readonly FaqEntry[]) => void;
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

  #steps({ entries, textVersion, search, structuredData }: PreparationInputs): Step[] {
    const drawn = this.#drawn;
    const steps: Step[] = [
      { from: drawn.count, per: ITEMS_PER_SLICE, each: (_, index) => drawn.drawUpTo(index + 1), draws: true },
      { from: DRAWN_AT_ONCE, per: ENTRIES_PER_TURN, each: (entry) => void entry.answer.body, draws: true },
    ];
    if (search || structuredData) steps.push({ from: 0, per: ENTRIES_PER_TURN, each: (entry) => void entry.answer.text });
    if (search) steps.push({ from: 0, per: ENTRIES_PER_TURN, each: (entry) => this.#search.prepare(entry, textVersion) });
    if (structuredData) steps.push({ from: entries.length, per: 1, done: () => this.#structuredData.write(entries) });
    return steps;
  }

  #start(): void {
    const generation = ++this.#generation;
    const inputs = this.#inputs;
    if (!inputs || !this.#host.isConnected) return;
    const { entries } = inputs;
    const atOnce = entries.length <= DRAWN_AT_ONCE;
    // Checked when each turn runs, not when it was queued: the content or the page may have changed.
    const live = () => generation === this.#generation && this.#host.isConnected;
    for (const step of this.#steps(inputs)) {
      for (let start = step.from; start < entries.length; start += step.per) {
        const turn = () => {
          if (!live()) return;
          for (let index = start; index < Math.min(start + step.per, entries.length); index++) step.each!(entries[index], index);
          if (step.draws && !atOnce) this.#host.requestUpdate();
        };
        if (atOnce) turn();
        else whenIdle(turn);
      }
      const done = step.done;
      if (done) {
        if (atOnce) done(entries);
        else whenIdle(() => live() && done(entries));
      }
    }
  }

  hostConnected(): void {
    this.#start();
  }

  hostDisconnected(): void {
    this.#generation++;
  }
}
