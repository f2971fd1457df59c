import type { ReactiveController, ReactiveControllerHost } from 'lit';
// Named imports: the document's title, which the FAQ never shows, stays out of the bundle.
import { items as bundledItems, lang as bundledLang } from '../data/apt-faq.en.json';
import { describeProblems, normaliseItems, type FaqItem, type FaqItemInput, type NormalisedItems } from '../faq-data.js';
import { localiseItems, readTranslation, translationFor } from '../translations.js';
import { inheritedLang } from '../strings.js';
import { AuthoredAnswer, dataAnswer, type PreparedAnswer } from '../answer.js';
import { LoadError, loadDocument } from '../load-document.js';
import type { FaqLoadDetail, FaqSource } from '../events.js';
import type { FaqFailure } from '../messages.js';
import type { AptFaqItem } from '../apt-faq-item.js';

/** One item as the FAQ shows it, whatever its source. */
export interface FaqEntry {
  readonly id: string;
  /** Plain text. */
  readonly question: string;
  /** Marked open in the content. */
  readonly open: boolean;
  readonly answer: PreparedAnswer;
  /** Hand-written items: the author's element. */
  readonly element?: HTMLElement;
  /** Hand-written items: the level of the author's question heading, when it is one. */
  readonly level?: number;
  /** Set when the question is shown in the main language inside a translation (translations.ts). */
  readonly questionLang?: string;
}

/** What the content needs from the FAQ. */
export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  readonly items: FaqItemInput[] | undefined | null;
  readonly src: string | undefined | null;
}

/** How the content tells the FAQ what happened. */
export interface ContentEvents {
  /** New entries are ready to show; `switched`: the same items in another language (open items stay open). */
  shown(load: FaqLoadDetail, switched?: boolean): void;
  /** The content could not be loaded (or no hand-written item could be read); what was shown stays. */
  failed(failure: FaqFailure, source: FaqSource, status?: number): void;
  /** A hand-written item's `open` was changed by the page (attribute or property). */
  authoredOpen(id: string, open: boolean): void;
}

const ITEM_TAG = 'apt-faq-item';

/** The author's question: the `slot="question"` heading's text, else the `question` attribute. */
function authoredQuestion(element: Element): { question: string; level?: number } {
  const heading = element.querySelector(':scope > [slot="question"]');
  if (!heading) return { question: (element as Partial<AptFaqItem>).question ?? element.getAttribute('question') ?? '' };
  const level = /^h([1-6])$/.exec(heading.localName)?.[1];
  return { question: (heading.textContent ?? '').replace(/\s+/g, ' ').trim(), level: level ? Number(level) : undefined };
}

/**
 * The FAQ's content: the first source that applies (SPEC order: `items`, `src`, hand-written
 * children, the bundled APT FAQ), loaded, validated and prepared as {@link FaqEntry}s. A `src`
 * load is aborted by a newer one or a disconnect, and an aborted load changes nothing.
 */
export class FaqContent implements ReactiveController {
  /** The items to show. A new array whenever the list changed. */
  entries: readonly FaqEntry[] = [];
  /** Language of the content shown, when it says (documents with `lang`, the bundled FAQ). */
  lang: string | undefined;
  /** A `src` request is under way. */
  loading = false;
  /** Changes whenever a hand-written answer's text changed in place. */
  textVersion = 0;
  /** The `src` of the content shown or loading; `undefined` for other sources. */
  src: string | undefined;

  readonly #host: ContentHost;
  readonly #events: ContentEvents;
  #request: AbortController | undefined;
  /** Content must be read again once connected (a load was cut short, or it never ran). */
  #stale = true;
  readonly #authored = new WeakMap<Element, FaqEntry>();
  /** The data content shown, in its main language, with its translations (none for most documents). */
  #shown: { items: FaqItem[]; lang?: string; translations: Record<string, unknown>; load: FaqLoadDetail } | undefined;
  /** Hand-written items can be added, removed or edited at any time (CMS, frameworks). */
  readonly #observer = new MutationObserver(() => this.#childrenChanged());

  constructor(host: ContentHost, events: ContentEvents) {
    this.#host = host;
    this.#events = events;
    host.addController(this);
    // A hand-written item's question or open state set as a property (frameworks do).
    host.addEventListener('apt-faq-item-change', (event) => {
      const entry = this.#authored.get(event.target as Element);
      if (!this.#usesChildren() || !entry) return;
      this.resolve();
      if ((event as CustomEvent<boolean>).detail) this.#events.authoredOpen(entry.id, (entry.element as AptFaqItem).open);
    });
  }

  #usesChildren(): boolean {
    return this.#host.items == null && !this.#host.src;
  }

  hostConnected(): void {
    // Not `open` or `hidden`: the FAQ keeps those in step itself (see AptFaqItem).
    const attributeFilter = ['id', 'question', 'slot'];
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true, attributeFilter });
    if (this.#stale) this.resolve();
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    // Hand-written items may change while nobody watches: read them again on the way back.
    if (this.#usesChildren()) this.#stale = true;
    if (this.#request) {
      // A detached FAQ has no one to show the answer to; load again if it comes back.
      this.#abort();
      this.#stale = true;
    }
  }

  /** Picks the first content source that applies and shows it (a `src` once loaded). */
  readonly resolve = (): void => {
    this.#stale = false;
    const { items, src } = this.#host;
    this.src = items == null && src ? src : undefined;
    if (items != null) {
      this.#abort();
      if (Array.isArray(items)) this.#show(normaliseItems(items), items, 'property');
      else this.#events.failed('invalid', 'property');
    } else if (src) {
      if (this.#host.isConnected) void this.#load(src);
      else this.#stale = true;
    } else {
      this.#abort();
      // A synchronous script in <head> (many CMSs' default) upgrades the FAQ as soon as its start
      // tag is read: children or bundled FAQ is decided once the page is parsed, as with `defer`
      // (one listener, however often the children change meanwhile: the same function).
      if (document.readyState === 'loading') return document.addEventListener('DOMContentLoaded', this.resolve, { once: true });
      // Any item inside, even one that is not a child (a CMS rewrote the markup), means hand-written content.
      if (this.#host.querySelector(ITEM_TAG)) this.#showChildren(this.#children());
      else this.#show(normaliseItems(bundledItems), bundledItems, 'bundled', bundledLang);
    }
  };

  #children(): HTMLElement[] {
    return [...this.#host.children].filter((child): child is HTMLElement => child.localName === ITEM_TAG);
  }

  async #load(url: string): Promise<void> {
    this.#abort();
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    this.#host.requestUpdate();
    try {
      const document = await loadDocument(url, request.signal);
      if (this.#request === request) this.#show(document, document.raw, 'src', document.lang, document.translations);
    } catch (error) {
      if (this.#request !== request) return;
      const failure = error instanceof LoadError ? error : new LoadError('network');
      this.#events.failed(failure.failure, 'src', failure.status);
    } finally {
      if (this.#request === request) {
        this.#request = undefined;
        this.loading = false;
        this.#host.requestUpdate();
      }
    }
  }

  #abort(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.loading = false;
  }

  #show(result: NormalisedItems, raw: readonly unknown[], source: FaqSource, lang?: string, translations?: unknown): void {
    for (const warning of describeProblems(result.problems)) console.warn(warning);
    this.#shown = {
      items: result.items,
      lang,
      // Without a main language the fallback could not say which it is: `apt-faq check` says why they are not used.
      translations: lang && translations && typeof translations === 'object' ? (translations as Record<string, unknown>) : {},
      load: { count: result.items.length, skipped: raw.length - result.items.length, source },
    };
    this.showLanguage(false);
  }

  /**
   * Shows the data content in the language the FAQ is in (its `lang`, else the nearest
   * ancestor's): the document's translation into it if it has a usable one (`fr-CA` → `fr`),
   * else the main language. `switched`: called because the FAQ's language may have changed;
   * nothing happens unless the content's language does.
   */
  showLanguage(switched = true): void {
    const shown = this.#shown;
    if (!shown) return;
    const tag = shown.lang && translationFor(inheritedLang(this.#host), shown.lang, Object.keys(shown.translations));
    const translation = tag ? readTranslation(shown.translations[tag]) : undefined;
    const lang = translation ? tag : shown.lang;
    if (switched && lang === this.lang) return;
    this.entries = localiseItems(shown.items, translation, shown.lang!).map((item, index) => ({ ...item, answer: dataAnswer(item.answer, item.id, index, item.answerLang) }));
    this.lang = lang;
    this.#events.shown({ ...shown.load, lang: lang ?? inheritedLang(this.#host) }, switched);
  }

  /**
   * Hand-written items: validated like any other (ids derived, duplicates skipped), but
   * their answers stay the author's own nodes. An item whose id, question and heading are
   * unchanged keeps its entry, so an edit elsewhere redraws nothing else.
   */
  #showChildren(children: HTMLElement[]): void {
    const read = children.map((element) => ({ element, ...authoredQuestion(element) }));
    const raw = read.map(({ element, question }) => ({
      id: element.id || undefined,
      question,
      answer: '',
      open: (element as Partial<AptFaqItem>).open ?? element.hasAttribute('open'),
    }));
    const result = normaliseItems(raw, false);
    for (const warning of describeProblems(result.problems)) console.warn(warning);
    // None of them an item: what a CMS leaves of the markup (WordPress's automatic paragraphs).
    if (!result.items.length) return this.#events.failed('children', 'children');
    const skipped = new Set(result.problems.map((problem) => problem.severity === 'error' && problem.item));
    const valid = read.filter((_, index) => !skipped.has(index + 1));
    const entries = result.items.map((item, index) => this.#authoredEntry(item, valid[index].element, valid[index].level));
    const same = entries.length === this.entries.length && entries.every((entry, index) => entry === this.entries[index]);
    this.lang = this.#shown = undefined;
    if (same) return;
    this.entries = entries;
    this.#events.shown({ count: entries.length, skipped: raw.length - entries.length, source: 'children', lang: inheritedLang(this.#host) });
  }

  #authoredEntry(item: FaqItem, element: HTMLElement, level: number | undefined): FaqEntry {
    const known = this.#authored.get(element);
    if (known && known.id === item.id && known.question === item.question && known.level === level) return known;
    const entry = { ...item, answer: known?.answer ?? new AuthoredAnswer(element), element, level };
    this.#authored.set(element, entry);
    return entry;
  }

  #childrenChanged(): void {
    if (!this.#usesChildren()) return;
    for (const entry of this.entries) (entry.answer as AuthoredAnswer).invalidate?.();
    this.textVersion++;
    const before = this.entries;
    this.resolve();
    if (this.entries === before) this.#host.requestUpdate(); // text changed in place: search, JSON-LD
  }
}
