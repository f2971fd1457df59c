import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqEntry } from './content.js';
import { fold, matchesAll, queryWords } from '../text/match.js';

/** How long typing must pause before a search is announced and reported. */
const SEARCH_PAUSE_MS = 400;

/**
 * The FAQ's search: the query, which items it leaves visible, the words to highlight, and
 * the pause after typing before it is reported. Case- and accent-insensitive; every word
 * must match the question or the answer.
 */
export class FaqSearch implements ReactiveController {
  /** The search field's text. */
  query = '';
  /** Ids of the items the search leaves visible; `undefined` when not searching. */
  visibleIds: Set<string> | undefined;
  /** The folded words the visible items matched, for the items to highlight (empty when not searching). */
  words: readonly string[] = [];

  readonly #host: ReactiveControllerHost;
  /** Called once typing pauses, with the trimmed query and the number of matching items. */
  readonly #paused: (query: string, count: number) => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #folded = new WeakMap<FaqEntry, string>();
  #foldedVersion = 0;
  /** The inputs of the last filtering, so an update that changes none of them costs nothing. */
  #filtered: { enabled: boolean; entries: readonly FaqEntry[]; query: string; version: number } | undefined;

  constructor(host: ReactiveControllerHost, paused: (query: string, count: number) => void) {
    this.#host = host;
    this.#paused = paused;
    host.addController(this);
  }

  /** Whether the item is shown under the current search. */
  isVisible(id: string): boolean {
    return !this.visibleIds || this.visibleIds.has(id);
  }

  /**
   * Decides which entries are visible (all of them when `enabled` is false). `version`
   * changes when the entries' text changed in place (hand-written answers edited).
   * Returns `true` when that may have changed since the last call.
   */
  filter(enabled: boolean, entries: readonly FaqEntry[], version = 0): boolean {
    const last = this.#filtered;
    if (last && last.enabled === enabled && last.entries === entries && last.query === this.query && last.version === version) {
      return false;
    }
    this.#filtered = { enabled, entries, query: this.query, version };
    const words = enabled ? queryWords(this.query) : [];
    this.words = words;
    this.visibleIds =
      words.length === 0
        ? undefined
        : new Set(
            entries
              .filter((entry) => matchesAll(this.#foldedText(entry, version), words))
              .map((entry) => entry.id),
          );
    return true;
  }

  /**
   * An entry's question and answer, folded once per text version: a keystroke compares, it
   * does not fold every answer again.
   */
  #foldedText(entry: FaqEntry, version: number): string {
    if (this.#foldedVersion !== version) {
      this.#folded = new WeakMap();
      this.#foldedVersion = version;
    }
    let folded = this.#folded.get(entry);
    if (folded === undefined) this.#folded.set(entry, (folded = fold(`${entry.question}\n${entry.answer.text}`)));
    return folded;
  }

  /** The user typed: filters on the next update, and reports once typing pauses. */
  input(query: string): void {
    this.query = query;
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#paused(this.query.trim(), this.visibleIds?.size ?? this.#filtered?.entries.length ?? 0);
    }, SEARCH_PAUSE_MS);
  }

  /** Empties the query. Returns `true` when there was one to clear. */
  clear(): boolean {
    clearTimeout(this.#timer);
    const hadQuery = this.query.trim() !== '';
    this.query = '';
    this.visibleIds = undefined; // at once: what the caller does next may depend on it
    this.words = [];
    this.#filtered = undefined;
    this.#host.requestUpdate();
    return hadQuery;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
