import type { ReactiveControllerHost } from 'lit';
import { OpenState, type OpenChange } from './open-state.js';
import type { FaqEntry } from './content.js';
import { emit, type FaqTrigger } from '../events.js';
import type { AptFaqItem } from '../apt-faq-item.js';

/** What opening and closing items needs from the FAQ. */
export interface OpenItemsHost extends ReactiveControllerHost, HTMLElement {
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
 * Opening and closing items, from the request to the event: the state and the `exclusive`
 * rule ({@link OpenState}), the drawing, the `open` property of hand-written items, and one
 * `apt-faq-open` / `apt-faq-close` per change once it is on screen.
 */
export class OpenItems {
  readonly #host: OpenItemsHost;
  readonly #actions: OpenItemsActions;
  /** Which items are open. */
  readonly state = new OpenState();

  constructor(host: OpenItemsHost, actions: OpenItemsActions) {
    this.#host = host;
    this.#actions = actions;
  }

  /** New content: what stays open and what opens (see {@link OpenState.reset}). No events. */
  reset(entries: readonly FaqEntry[]): void {
    this.state.exclusive = this.#host.exclusive;
    this.state.reset(entries.map((entry) => entry.id), entries.filter((entry) => entry.open).map((entry) => entry.id));
  }

  /**
   * Opens or closes items, then fires one event per change once it is drawn. Trigger
   * `"exclusive"` applies the exclusive rule to what is open. `false` for an unknown id.
   */
  change(ids: readonly string[], open: boolean, trigger: FaqTrigger): boolean {
    const { state } = this;
    state.exclusive = this.#host.exclusive;
    const changes = trigger === 'exclusive' ? state.enforceExclusive() : state.set(ids, open, trigger);
    if (changes.length > 0) void this.#apply(changes);
    return ids.length === 1 && state.has(ids[0]);
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
      if (entry) emit(this.#host, open ? 'apt-faq-open' : 'apt-faq-close', { id, question: entry.question, index: this.state.index(id), trigger });
    }
  }

  /** The item `id` of the content shown now, if it has one. */
  #entry(id: string): FaqEntry | undefined {
    const entry = this.state.has(id) ? this.#actions.entries()[this.state.index(id)] : undefined;
    return entry?.id === id ? entry : undefined;
  }
}
