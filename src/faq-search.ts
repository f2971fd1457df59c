import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqItem } from './faq-data.js';
import { Highlighter, fold, matchesAll, queryWords } from './search.js';

/** How long typing must pause before a search is announced and reported. */
const SEARCH_PAUSE_MS = 400;

/** What the search needs from the FAQ it filters. */
export interface FaqSearchOptions {
  /** An item's question and answer as plain text. */
  text(item: FaqItem): string;
  /** The rendered elements holding an item's question and answer text, to highlight in. */
  textRoots(id: string): Iterable<Element>;
  /** Called once typing pauses, with the trimmed query and the number of matching items. */
  paused(query: string, count: number): void;
}

/**
 * The FAQ's search: the query, which items it leaves visible, the highlighting of the
 * matched words, and the pause after typing before it is reported. Case- and
 * accent-insensitive; every word must match the question or the answer.
 */
export class FaqSearch implements ReactiveController {
  /** The search field's text. */
  query = '';
  /** Ids of the items the search leaves visible; `undefined` when not searching. */
  visibleIds: Set<string> | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: FaqSearchOptions;
  readonly #highlighter = new Highlighter();
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The inputs of the last filtering, so an update that changes none of them costs nothing. */
  #filtered: { enabled: boolean; items: readonly FaqItem[]; query: string } | undefined;
  #highlightStale = false;

  constructor(host: ReactiveControllerHost, options: FaqSearchOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether the item is shown under the current search. */
  isVisible(id: string): boolean {
    return !this.visibleIds || this.visibleIds.has(id);
  }

  /**
   * Decides which of `items` are visible (all of them when `enabled` is false). Returns
   * `true` when that may have changed since the last call.
   */
  filter(enabled: boolean, items: readonly FaqItem[]): boolean {
    const last = this.#filtered;
    if (last && last.enabled === enabled && last.items === items && last.query === this.query) return false;
    this.#filtered = { enabled, items, query: this.query };
    const words = enabled ? queryWords(this.query) : [];
    this.visibleIds =
      words.length === 0
        ? undefined
        : new Set(items.filter((item) => matchesAll(fold(this.#options.text(item)), words)).map((item) => item.id));
    this.#highlightStale = true;
    return true;
  }

  /** The user typed: filters on the next update, and reports once typing pauses. */
  input(query: string): void {
    this.query = query;
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#options.paused(this.query.trim(), this.visibleIds?.size ?? this.#filtered?.items.length ?? 0);
    }, SEARCH_PAUSE_MS);
  }

  /** Empties the query. Returns `true` when there was one to clear. */
  clear(): boolean {
    clearTimeout(this.#timer);
    const hadQuery = this.query.trim() !== '';
    this.query = '';
    this.visibleIds = undefined; // at once: what the caller does next may depend on it
    this.#filtered = undefined;
    this.#host.requestUpdate();
    return hadQuery;
  }

  /** Marks the matched words, once the items the last filtering changed are rendered. */
  highlight(): void {
    if (!this.#highlightStale) return;
    this.#highlightStale = false;
    const words = this.visibleIds ? queryWords(this.query) : [];
    const roots = [...(this.visibleIds ?? [])].flatMap((id) => [...this.#options.textRoots(id)]);
    this.#highlighter.show(roots, words);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
