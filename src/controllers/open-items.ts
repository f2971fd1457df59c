import type { ReactiveControllerHost } from 'lit';
import type { FaqEntry } from './content.js';
import { emit, type FaqTrigger } from '../events.js';
import type { AptFaqItem } from '../apt-faq-item.js';

/** One item opening or closing, and why. */
export interface OpenChange {
  id: string;
  open: boolean;
  trigger: FaqTrigger;
}

/** What opening and closing items needs from the FAQ. */
export interface OpenItemsHost extends ReactiveControllerHost, HTMLElement {
  /** At most one item open at a time. */
  readonly exclusive: boolean;
}

/** What opening and closing items does to the rest of the FAQ. */
export interface OpenItemsActions {
  /** The items shown now. */
  entries(): readonly FaqEntry[];
  /** Resolves once the FAQ and its items have drawn what changed. */
  drawn(): Promise<unknown>;
  /** Told of every change as it is made (the URL hash follows it with `sync-url`). */
  changed(changes: readonly OpenChange[]): void;
}

/**
 * Opening and closing items, from the request to the event: which items are open and the
 * `exclusive` rule, the drawing, the `open` property of hand-written items, and one
 * `apt-faq-open` / `apt-faq-close` per change once it is on screen.
 */
export class OpenItems {
  readonly #host: OpenItemsHost;
  readonly #actions: OpenItemsActions;
  /** Position of each item, by id, in order. */
  #positions = new Map<string, number>();
  readonly #open = new Set<string>();

  constructor(host: OpenItemsHost, actions: OpenItemsActions) {
    this.#host = host;
    this.#actions = actions;
  }

  /** Every item's id, in order. */
  get ids(): string[] {
    return [...this.#positions.keys()];
  }

  /** Whether the item is open. */
  isOpen(id: string): boolean {
    return this.#open.has(id);
  }

  /** Whether the item exists in the current content. */
  has(id: string): boolean {
    return this.#positions.has(id);
  }

  /** Whether every one of `ids` is open (false for none). */
  allOpen(ids: readonly string[]): boolean {
    return ids.length > 0 && ids.every((id) => this.#open.has(id));
  }

  /**
   * New content: items still there stay open, then those marked open in the content (under
   * `exclusive`, only the first of all these); the same items in another language (`switched`)
   * stay exactly as the reader left them. No events.
   */
  reset(entries: readonly FaqEntry[], switched?: boolean): void {
    this.#positions = new Map(entries.map((entry, index) => [entry.id, index]));
    const keep = [...this.#open].filter((id) => this.#positions.has(id));
    this.#open.clear();
    for (const id of [...keep, ...entries.filter((entry) => entry.open && !switched).map((entry) => entry.id)]) {
      if (this.#host.exclusive && this.#open.size > 0) break;
      this.#open.add(id);
    }
  }

  /**
   * Opens or closes items. Under `exclusive`, opening one closes the others (trigger
   * `"exclusive"`); the trigger `"exclusive"` itself (the rule was just turned on) keeps the
   * first open item and closes the rest. Items already in the wanted state, and unknown ids,
   * change nothing. Returns whether the one item asked for exists.
   */
  change(ids: readonly string[], open: boolean, trigger: FaqTrigger): boolean {
    const { exclusive } = this.#host;
    const all = this.ids;
    if (trigger === 'exclusive') [ids, open] = [all.filter((id) => this.#open.has(id)).slice(1), false];
    // Under `exclusive`, only the first item asked for opens.
    const wanted = new Set(
      ids.filter((id) => this.#positions.has(id) && this.#open.has(id) !== open).slice(0, open && exclusive ? 1 : undefined),
    );
    // The changes asked for first, then what the exclusive rule closed because of them.
    const changes: OpenChange[] = all.filter((id) => wanted.has(id)).map((id) => ({ id, open, trigger }));
    if (open && exclusive && wanted.size > 0) {
      for (const id of all) {
        if (!wanted.has(id) && this.#open.has(id)) changes.push({ id, open: false, trigger: 'exclusive' });
      }
    }
    for (const change of changes) {
      if (change.open) this.#open.add(change.id);
      else this.#open.delete(change.id);
    }
    if (changes.length > 0) void this.#apply(changes);
    return ids.length === 1 && this.has(ids[0]);
  }

  async #apply(changes: readonly OpenChange[]): Promise<void> {
    this.#host.requestUpdate();
    this.#actions.changed(changes);
    for (const { id, open } of changes) {
      const element = this.#entry(id)?.element;
      if (element) (element as AptFaqItem).open = open; // hand-written items reflect their state
    }
    await this.#actions.drawn();
    // Only what is on screen now: content set meanwhile may have left an item out.
    for (const { id, open, trigger } of changes) {
      const entry = this.#entry(id);
      if (entry) emit(this.#host, open ? 'apt-faq-open' : 'apt-faq-close', { id, question: entry.question, index: this.#positions.get(id)!, trigger });
    }
  }

  #entry(id: string): FaqEntry | undefined {
    const index = this.#positions.get(id);
    const entry = index === undefined ? undefined : this.#actions.entries()[index];
    return entry?.id === id ? entry : undefined;
  }
}
