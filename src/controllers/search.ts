import type { ReactiveController } from 'lit';
import type { FaqEntry } from './content.js';
import { fold, matchesAll, queryWords } from '../text/match.js';
import { emit } from '../events.js';
import type { FaqStrings } from '../strings.js';
import type { DrawingHost } from './drawn-items.js';
import { Highlighter } from '../text/highlight.js';
import { questionText } from '../render-item.js';

/** How the search speaks to screen-reader users. */
export interface SearchVoice {
  /** The UI strings in force. */
  strings(): FaqStrings;
  /** Says `message` politely. */
  announce(message: string): void;
}

/** How long typing must pause before a search is announced and reported. */
const SEARCH_PAUSE_MS = 400;

/**
 * The FAQ's search: the query, which items it leaves visible, the words to highlight, and
 * the pause after typing before the result is announced and `apt-faq-search` fired.
 * Case- and accent-insensitive; every word must match the question or the answer.
 */
export class FaqSearch implements ReactiveController {
  /** The search field's text. */
  query = '';
  /** Ids of the items the search leaves visible; `undefined` when not searching. */
  visibleIds: Set<string> | undefined;
  /** The folded words the visible items matched, for the items to highlight (empty when not searching). */
  words: readonly string[] = [];

  readonly #host: DrawingHost;
  readonly #voice: SearchVoice;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #highlighter = new Highlighter();
  #folded = new WeakMap<FaqEntry, string>();
  #foldedVersion = 0;
  /** The inputs of the last filtering, so an update that changes none of them costs nothing. */
  #filtered: { enabled: boolean; entries: readonly FaqEntry[]; query: string; version: number } | undefined;

  constructor(host: DrawingHost, voice: SearchVoice) {
    this.#host = host;
    this.#voice = voice;
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
              .filter((entry) => matchesAll(this.prepare(entry, version), words))
              .map((entry) => entry.id),
          );
    return true;
  }

  /**
   * Folds an entry's question and answer, once per text version: a keystroke compares, it
   * does not fold every answer again. The preparation (preparation.ts) folds them all ahead
   * of the first keystroke, while the page is idle.
   */
  prepare(entry: FaqEntry, version: number): string {
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
    this.#timer = setTimeout(() => this.#report(), SEARCH_PAUSE_MS);
  }

  /** Announces the result count politely and tells the page. */
  #report(): void {
    const query = this.query.trim();
    const total = this.#filtered?.entries.length ?? 0;
    const count = this.visibleIds?.size ?? total;
    const { noResults, resultCount } = this.#voice.strings();
    if (query) this.#voice.announce(count === 0 ? noResults(query) : resultCount(count, total));
    emit(this.#host, 'apt-faq-search', { query, count });
  }

  /**
   * Empties the query (telling the page if there was one) and moves focus to the search
   * field, where the user goes on; `clear(false)` leaves focus where it is.
   */
  readonly clear = (focus?: unknown): void => {
    clearTimeout(this.#timer);
    const count = this.#filtered?.entries.length ?? 0;
    const hadQuery = this.query.trim() !== '';
    this.query = '';
    this.visibleIds = undefined; // at once: what the caller does next may depend on it
    this.words = [];
    this.#filtered = undefined;
    this.#host.requestUpdate();
    if (hadQuery) emit(this.#host, 'apt-faq-search', { query: '', count });
    if (focus !== false) this.#host.renderRoot.querySelector<HTMLInputElement>('[part~="search"]')?.focus();
  };

  /**
   * Marks the matches where they can be seen, after each update: the visible questions, and
   * their answers while open (opening an answer marks it).
   */
  highlight(entries: readonly FaqEntry[], isOpen: (id: string) => boolean): void {
    const { visibleIds } = this;
    if (!visibleIds) return this.#highlighter.clear();
    const roots: Node[] = [];
    for (const { id, answer } of entries) {
      const question = visibleIds.has(id) && questionText(this.#host.renderRoot, id);
      if (question) roots.push(question, ...(isOpen(id) ? [answer.textRoot] : []));
    }
    this.#highlighter.show(roots, this.words);
  }

  hostDisconnected(): void {
    this.#highlighter.clear();
    clearTimeout(this.#timer);
  }
}
