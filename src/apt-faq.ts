import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import bundledDocument from './data/apt-faq.en.json';
import type { FaqItemInput, FaqItem, NormalisedItems } from './faq-data.js';
import { describeProblems, normaliseDocument, normaliseItems } from './faq-data.js';
import { faqContext, type FaqContext } from './faq-context.js';
import type { FaqEventMap, FaqSource, FaqTrigger } from './events.js';
import { inheritedLang, resolveStrings, type FaqStrings } from './strings.js';
import { FaqSearch } from './faq-search.js';
import { StructuredData } from './structured-data.js';
import { sanitizeAnswer } from './sanitize.js';
import { anchorFromHash, anchorHref, idFromAnchor, replaceHash } from './anchors.js';
import { LoadError, loadDocument, type LoadFailure } from './load-document.js';
import { styles } from './styles.js';
import type { AptFaqItem } from './apt-faq-item.js';

const DEFAULT_HEADING_LEVEL = 3;

/** An open-state change waiting to be announced once it is on screen. */
interface Change {
  item: FaqItem;
  index: number;
  open: boolean;
  trigger: FaqTrigger;
}

/**
 * The FAQ of the Association for the Prevention of Torture, as an accessible accordion.
 * With no content of its own it shows the APT's bundled FAQ; it can also show items set
 * from script, a JSON document (`src`), or `<apt-faq-item>` children written by hand.
 *
 * @summary An accessible, embeddable FAQ accordion.
 * @tagname apt-faq
 * @slot - `<apt-faq-item>` elements written by hand (read as content, then drawn by the FAQ).
 * @fires apt-faq-open - After an answer opens. Detail: `{ id, question, index, trigger }`.
 * @fires apt-faq-close - After an answer closes. Detail: `{ id, question, index, trigger }`.
 * @fires apt-faq-load - After content is shown. Detail: `{ count, skipped, source }`.
 * @fires apt-faq-error - When content cannot be loaded. Detail: `{ message, source, status? }`.
 * @fires apt-faq-search - Once the user pauses typing in the search field. Detail: `{ query, count }`.
 * @csspart item - The box around one question and answer.
 * @csspart heading - The heading that holds a question's button.
 * @csspart button - The button that opens and closes an answer.
 * @csspart icon - The arrow inside the button (turns when the answer opens).
 * @csspart answer - The region holding an answer.
 * @csspart permalink - The "Link to this question" link at the end of an open answer.
 * @csspart toolbar - The bar above the questions holding the search field and the expand-all toggle.
 * @csspart search - The search field.
 * @csspart expand-all - The "Expand all / Collapse all" toggle.
 * @csspart status - The loading message, and the count of matching questions during a search.
 * @csspart error - The error message and its retry button.
 * @cssproperty [--apt-faq-font-family=inherit] - Font of the whole FAQ.
 * @cssproperty [--apt-faq-color=inherit] - Text colour.
 * @cssproperty [--apt-faq-background=transparent] - Background of each item.
 * @cssproperty [--apt-faq-accent=currentColor] - Colour of the icons and of the open item's edge.
 * @cssproperty [--apt-faq-border-color=color-mix(in srgb, currentColor 25%, transparent)] - Borders between parts.
 * @cssproperty [--apt-faq-radius=0.375rem] - Corner radius of each item.
 * @cssproperty [--apt-faq-gap=0.5rem] - Space between items.
 * @cssproperty [--apt-faq-question-font-size=1.0625em] - Size of the questions.
 * @cssproperty [--apt-faq-question-font-weight=600] - Weight of the questions.
 * @cssproperty [--apt-faq-question-color=inherit] - Colour of the questions.
 * @cssproperty [--apt-faq-answer-color=inherit] - Colour of the answers.
 * @cssproperty [--apt-faq-focus-ring=2px solid currentColor] - Outline of the focused control.
 * @cssproperty [--apt-faq-transition-duration=200ms] - Length of the opening animation.
 */
export class AptFaq extends LitElement {
  static override styles = styles;

  static override properties = {
    items: { attribute: false },
    src: { reflect: true },
    exclusive: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    anchorPrefix: { attribute: 'anchor-prefix' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    search: { type: Boolean, reflect: true },
    expandAll: { type: Boolean, attribute: 'expand-all' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    strings: { attribute: false },
    shownItems: { state: true },
    allOpen: { state: true },
    loading: { state: true },
    failure: { state: true },
  };

  /** Items to show instead of any other content (first content source). */
  declare items: FaqItemInput[] | undefined;
  /**
   * URL of a JSON document to show instead of the bundled FAQ (see `apt-faq.schema.json`).
   * Changing it reloads; an older request never overwrites a newer one.
   */
  declare src: string | undefined;
  /** At most one answer open at a time. Default `false`. */
  declare exclusive: boolean;
  /** Level of the question headings, 2–6. Default `3`. */
  declare headingLevel: number;
  /** Prefix of every item's anchor. Default `''`. */
  declare anchorPrefix: string;
  /**
   * Opening an item writes its anchor into the URL hash (with `history.replaceState`, so no
   * history entries); closing it removes the hash if it is still that item's. Default `false`:
   * hash routers own the hash.
   */
  declare syncUrl: boolean;
  /** Show a search field that filters the questions and answers. Default `false`. */
  declare search: boolean;
  /** Show an "Expand all / Collapse all" toggle (not under `exclusive`). Default `false`. */
  declare expandAll: boolean;
  /**
   * Add schema.org `FAQPage` JSON-LD for the shown items to the document head (removed on
   * disconnect). Default `false`.
   */
  declare structuredData: boolean;
  /** Replaces any of the UI strings of the current language, e.g. `{ retry: 'Reload' }`. */
  declare strings: Partial<FaqStrings> | undefined;

  /** The validated items on screen. */
  private declare shownItems: FaqItem[];
  /** A `src` request is under way. */
  private declare loading: boolean;
  /** Why the last load failed, until the next one succeeds. */
  private declare failure: { message: string; source: FaqSource } | undefined;
  /** Aborts the `src` request under way. */
  #request: AbortController | undefined;
  /** Every shown item is open (drives the expand-all toggle). */
  private declare allOpen: boolean;
  readonly #jsonLd = new StructuredData();
  readonly #answerTexts = new WeakMap<FaqItem, string>();
  #contentLang: string | undefined;
  /** Ids of the open items. Not reactive: a toggle updates one item, not the whole list. */
  readonly #openIds = new Set<string>();
  readonly #itemElements = new Map<string, AptFaqItem>();
  /** Settles once the items of the last content change have rendered (and been highlighted). */
  #itemsRendered: Promise<unknown> = Promise.resolve();
  readonly #provider = new ContextProvider(this, { context: faqContext });
  readonly #search = new FaqSearch(this, {
    text: (item) => `${item.question}\n${this.#answerText(item)}`,
    textRoots: (id) => this.#itemElements.get(id)?.querySelectorAll('.question, .answer-body') ?? [],
    paused: (query, count) => this.#reportSearch(query, count),
  });
  /** Hand-written items can be added or edited after the FAQ starts (CMS, frameworks). */
  readonly #childObserver = new MutationObserver((records) => {
    const usesChildren = this.items == null && !this.src;
    if (usesChildren && records.some((record) => record.target !== this || record.type === 'childList')) {
      this.#reloadContent();
    }
  });
  #contentStale = true;
  #pendingLoad: { source: FaqSource; skipped: number } | undefined;
  /** The hash last acted on, so a reload of the content does not steal focus again. */
  #followedHash: string | undefined;
  /** The anchor our own permalink is navigating to: open already, so no scroll or focus. */
  #permalinkAnchor: string | undefined;
  readonly #onHashChange = () => this.#followHash();

  constructor() {
    super();
    this.items = undefined;
    this.src = undefined;
    this.exclusive = false;
    this.headingLevel = DEFAULT_HEADING_LEVEL;
    this.anchorPrefix = '';
    this.syncUrl = false;
    this.search = false;
    this.expandAll = false;
    this.structuredData = false;
    this.strings = undefined;
    this.allOpen = false;
    this.shownItems = [];
    this.loading = false;
    this.failure = undefined;
  }

  /** `lang` is a native attribute; observing it lets the UI follow a change of language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate('lang', old);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
    window.addEventListener('hashchange', this.#onHashChange);
    // The nearest ancestor's lang may differ where the FAQ was (re)attached.
    this.requestUpdate('lang');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver.disconnect();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#jsonLd.remove();
    if (this.#request) {
      // A detached FAQ has no one to show the answer to; load again if it comes back.
      this.#request.abort();
      this.#request = undefined;
      this.loading = false;
      this.#contentStale = true;
    }
  }

  /**
   * Opens an item.
   * @param id the item's id (its anchor without `anchor-prefix`)
   * @returns `true` when the FAQ has an item with that id
   */
  show(id: string): boolean {
    return this.#setOpen(id, true, 'api');
  }

  /**
   * Closes an item.
   * @returns `true` when the FAQ has an item with that id
   */
  hide(id: string): boolean {
    return this.#setOpen(id, false, 'api');
  }

  /**
   * Opens a closed item or closes an open one; with `force`, opens (`true`) or closes (`false`).
   * @returns `true` when the FAQ has an item with that id
   */
  toggle(id: string, force?: boolean): boolean {
    return this.#setOpen(id, force ?? !this.#openIds.has(id), 'api');
  }

  /** Opens every item. Under `exclusive` it does nothing, as only one may be open. */
  showAll(): void {
    if (this.exclusive) return;
    this.#applyChanges(this.#changesForAll(true, 'api'));
  }

  /** Closes every item. */
  hideAll(): void {
    this.#applyChanges(this.#changesForAll(false, 'api'));
  }

  protected override willUpdate(changed: PropertyValues): void {
    const settings = ['headingLevel', 'anchorPrefix', 'lang', 'strings'];
    if (settings.some((name) => changed.has(name)) || !this.#provider.value) {
      this.#provider.setValue(this.#contextValue());
    }
    // A detached FAQ loads nothing (nobody would see it); connecting again catches up.
    if (this.isConnected && (changed.has('items') || changed.has('src') || this.#contentStale)) this.#loadContent();
    else if (changed.has('items') || changed.has('src')) this.#contentStale = true;
    if (changed.has('exclusive') && this.exclusive && this.#openIds.size > 1) {
      const [keep] = this.#openIds;
      this.#applyChanges(this.#changesFor([...this.#openIds].filter((id) => id !== keep), false, 'exclusive'));
    }
    const filtered = this.#search.filter(this.search, this.shownItems);
    if (filtered || changed.has('shownItems')) this.allOpen = this.#everyVisibleOpen();
  }

  protected override render() {
    const { strings } = this.#provider.value;
    return html`${this.#renderToolbar(strings)}
      ${this.loading ? html`<p part="status" class="status" role="status">${strings.loading}</p>` : nothing}
      ${this.failure
        ? html`<div part="error" class="error" role="alert">
            <p>${this.failure.message}</p>
            <button class="retry" @click=${this.#reloadContent}>${strings.retry}</button>
          </div>`
        : nothing}
      <div class="items" id="items" aria-busy=${this.loading ? 'true' : 'false'} lang=${this.#contentLang ?? ''}>
        ${this.shownItems.map(
          (item) =>
            html`<apt-faq-item
              .item=${item}
              .open=${this.#openIds.has(item.id)}
              ?hidden=${!this.#search.isVisible(item.id)}
            ></apt-faq-item>`,
        )}
      </div>
      ${this.#search.visibleIds?.size === 0
        ? html`<div class="empty">
            <p>${strings.noResults(this.#search.query.trim())}</p>
            <button class="clear" @click=${this.#clearSearch}>${strings.clearSearch}</button>
          </div>`
        : nothing}
      <div class="announcer" role="status" aria-live="polite"></div>`;
  }

  #renderToolbar(strings: FaqStrings) {
    const showToggle = this.expandAll && !this.exclusive;
    if (!this.search && !showToggle) return nothing;
    const { query, visibleIds } = this.#search;
    return html`<div part="toolbar" class="toolbar">
      ${this.search
        ? html`<label class="search">
              <span class="search-label">${strings.searchLabel}</span>
              <input
                part="search"
                type="search"
                autocomplete="off"
                spellcheck="false"
                .value=${query}
                @input=${this.#onSearchInput}
                @keydown=${this.#onSearchKeydown}
              />
            </label>
            ${visibleIds
              ? html`<p part="status" class="count">${strings.resultCount(visibleIds.size, this.shownItems.length)}</p>`
              : nothing}`
        : nothing}
      ${showToggle
        ? html`<button
            part="expand-all"
            class="expand-all"
            aria-expanded=${this.allOpen ? 'true' : 'false'}
            aria-controls="items"
            @click=${this.#onExpandAll}
          >
            ${this.allOpen ? strings.collapseAll : strings.expandAll}
          </button>`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('shownItems')) {
      this.#itemElements.clear();
      for (const element of this.renderRoot.querySelectorAll('apt-faq-item')) {
        if (element.item) this.#itemElements.set(element.item.id, element);
      }
      // New items write their text in their own first update, just after this one.
      this.#itemsRendered = Promise.all(Array.from(this.#itemElements.values(), (item) => item.updateComplete)).then(
        () => this.#search.highlight(),
      );
    } else {
      this.#search.highlight();
    }
    if (changed.has('structuredData') || changed.has('shownItems')) {
      if (this.structuredData) this.#jsonLd.update(this.shownItems, (item) => this.#answerText(item));
      else this.#jsonLd.remove();
    }
    if (this.#pendingLoad) {
      const { source, skipped } = this.#pendingLoad;
      this.#pendingLoad = undefined;
      this.#emit('apt-faq-load', { count: this.shownItems.length, skipped, source });
      if (location.hash !== this.#followedHash) this.#followHash();
    }
  }

  /** `updateComplete` also waits for newly shown items to render, as they do just after the FAQ. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await this.#itemsRendered;
    return result;
  }

  #contextValue(): FaqContext {
    const level = Math.round(Number(this.headingLevel));
    return {
      headingLevel: level >= 2 && level <= 6 ? level : DEFAULT_HEADING_LEVEL,
      anchorPrefix: this.anchorPrefix ?? '',
      strings: resolveStrings(inheritedLang(this), this.strings),
      requestToggle: (id, open, trigger) => this.#setOpen(id, open, trigger),
      permalinkActivated: (id) => this.#copyPermalink(id),
    };
  }

  /** Loads the content again: after a retry, or when hand-written items change. */
  readonly #reloadContent = (): void => {
    this.#contentStale = true;
    this.requestUpdate();
  };

  /** Picks the first content source that applies (SPEC order) and shows it. */
  #loadContent(): void {
    this.#contentStale = false;
    this.#request?.abort();
    this.#request = undefined;
    this.loading = false;
    if (this.items !== undefined && this.items !== null) {
      if (Array.isArray(this.items)) this.#showContent(normaliseItems(this.items), this.items, 'property');
      else this.#fail('invalid', 'property');
      return;
    }
    if (this.src) {
      this.#loadSrc(this.src);
      return;
    }
    const children = [...this.querySelectorAll(':scope > apt-faq-item')];
    if (children.length > 0) {
      const raw = children.map((child) => ({
        id: child.id || undefined,
        question: child.getAttribute('question') ?? '',
        answer: child.innerHTML,
        open: child.hasAttribute('open'),
      }));
      this.#showContent(normaliseItems(raw), raw, 'children');
      return;
    }
    const bundled = normaliseDocument(bundledDocument);
    this.#showContent(bundled, bundledDocument.items, 'bundled', bundled.lang);
  }

  /** Loads `src`; a newer load, or a disconnect, aborts it and it then changes nothing. */
  async #loadSrc(url: string): Promise<void> {
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    try {
      const document = await loadDocument(url, request.signal);
      if (this.#request !== request) return;
      this.#showContent(document, document.raw, 'src', document.lang);
    } catch (error) {
      if (this.#request !== request) return;
      const failure = error instanceof LoadError ? error : new LoadError('network');
      this.#fail(failure.failure, 'src', failure.status);
    } finally {
      if (this.#request === request) {
        this.#request = undefined;
        this.loading = false;
      }
    }
  }

  /** Shows a clear, localised error and tells the page; whatever is on screen stays. */
  #fail(failure: LoadFailure, source: FaqSource, status?: number): void {
    const { strings } = this.#provider.value;
    const message = {
      status: strings.errorStatus(status ?? 0),
      network: strings.errorNetwork,
      timeout: strings.errorTimeout,
      invalid: strings.errorInvalid,
    }[failure];
    this.failure = { message, source };
    this.#emit('apt-faq-error', status === undefined ? { message, source } : { message, source, status });
  }

  #showContent(result: NormalisedItems, raw: readonly unknown[], source: FaqSource, lang?: string): void {
    for (const warning of describeProblems(result.problems, raw)) console.warn(warning);
    const ids = new Set(result.items.map((item) => item.id));
    const stillOpen = [...this.#openIds].filter((id) => ids.has(id));
    this.#openIds.clear();
    for (const id of [...stillOpen, ...result.items.filter((item) => item.open).map((item) => item.id)]) {
      if (this.exclusive && this.#openIds.size > 0) break;
      this.#openIds.add(id);
    }
    this.#contentLang = lang;
    this.failure = undefined;
    this.shownItems = result.items;
    this.#pendingLoad = { source, skipped: raw.length - result.items.length };
  }

  #setOpen(id: string, open: boolean, trigger: FaqTrigger): boolean {
    const index = this.shownItems.findIndex((item) => item.id === id);
    if (index < 0) return false;
    const changes = this.#changesFor([id], open, trigger);
    if (open && this.exclusive) {
      changes.push(...this.#changesFor([...this.#openIds].filter((other) => other !== id), false, 'exclusive'));
    }
    this.#applyChanges(changes);
    return true;
  }

  #changesForAll(open: boolean, trigger: FaqTrigger): Change[] {
    return this.#changesFor(this.shownItems.map((item) => item.id), open, trigger);
  }

  /** The changes that would set these items to `open`, leaving out those already so. */
  #changesFor(ids: readonly string[], open: boolean, trigger: FaqTrigger): Change[] {
    const wanted = new Set(ids);
    const changes: Change[] = [];
    this.shownItems.forEach((item, index) => {
      if (wanted.has(item.id) && this.#openIds.has(item.id) !== open) changes.push({ item, index, open, trigger });
    });
    return changes;
  }

  /** Updates the state and the affected items, then fires one event per change once it shows. */
  async #applyChanges(changes: readonly Change[]): Promise<void> {
    if (changes.length === 0) return;
    const rendering: Promise<unknown>[] = [this.updateComplete];
    for (const { item, open } of changes) {
      if (open) this.#openIds.add(item.id);
      else this.#openIds.delete(item.id);
      const element = this.#itemElements.get(item.id);
      if (element) {
        element.open = open;
        rendering.push(element.updateComplete);
      }
    }
    this.#writeHash(changes);
    if (this.expandAll) this.allOpen = this.#everyVisibleOpen();
    await Promise.all(rendering);
    for (const { item, index, open, trigger } of changes) {
      this.#emit(open ? 'apt-faq-open' : 'apt-faq-close', { id: item.id, question: item.question, index, trigger });
    }
  }

  /** The answer as plain text, for search and structured data (computed once per item). */
  #answerText(item: FaqItem): string {
    let text = this.#answerTexts.get(item);
    if (text === undefined) {
      text = sanitizeAnswer(item.answer).textContent ?? '';
      this.#answerTexts.set(item, text);
    }
    return text;
  }

  #everyVisibleOpen(): boolean {
    const visible = this.shownItems.filter((item) => this.#search.isVisible(item.id));
    return visible.length > 0 && visible.every((item) => this.#openIds.has(item.id));
  }

  #onSearchInput(event: Event): void {
    this.#search.input((event.target as HTMLInputElement).value);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.#search.query) {
      event.preventDefault();
      this.#clearSearch();
    }
  }

  /** Announces the result count politely and tells the page, once typing pauses. */
  #reportSearch(query: string, count: number): void {
    const { strings } = this.#provider.value;
    if (query) this.#announce(count === 0 ? strings.noResults(query) : strings.resultCount(count, this.shownItems.length));
    this.#emit('apt-faq-search', { query, count });
  }

  readonly #clearSearch = (): void => {
    if (this.#search.clear()) this.#emit('apt-faq-search', { query: '', count: this.shownItems.length });
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search"]')?.focus();
  };

  #onExpandAll(): void {
    const open = !this.allOpen;
    const ids = this.shownItems.map((item) => item.id).filter((id) => this.#search.isVisible(id));
    this.#applyChanges(this.#changesFor(ids, open, 'all'));
  }

  /** With `sync-url`, mirrors what the user opened into the URL hash. */
  #writeHash(changes: readonly Change[]): void {
    if (!this.syncUrl) return;
    for (const { item, open, trigger } of changes) {
      const anchor = this.anchorPrefix + item.id;
      // "all" would leave an arbitrary last item in the URL; "link" came from the URL already.
      if (open && trigger !== 'all' && trigger !== 'link') replaceHash(anchor);
      // Under "exclusive" the item that caused the close has written its own anchor.
      else if (!open && trigger !== 'exclusive' && anchorFromHash(location.hash) === anchor) replaceHash(undefined);
    }
  }

  /** Opens, scrolls to and focuses the item the URL hash names; other hashes are ignored. */
  async #followHash(): Promise<void> {
    const hash = location.hash;
    const anchor = anchorFromHash(hash);
    const fromPermalink = anchor !== undefined && anchor === this.#permalinkAnchor;
    this.#permalinkAnchor = undefined;
    const id = idFromAnchor(anchor, this.anchorPrefix);
    if (id === undefined || !this.shownItems.some((item) => item.id === id)) return;
    this.#followedHash = hash;
    if (!this.#search.isVisible(id)) this.#clearSearch();
    this.#setOpen(id, true, 'link');
    if (fromPermalink) return;
    const element = this.#itemElements.get(id);
    if (!element) return;
    await element.updateComplete;
    // "auto" follows the page's own scroll-behavior: a smooth scroll started here could be
    // cut short by the browser's fragment navigation, leaving the item out of view.
    element.querySelector('button')?.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start', behavior: 'auto' });
  }

  /** Copies an item's full link where the browser allows, and says so politely. */
  async #copyPermalink(id: string): Promise<void> {
    const anchor = this.anchorPrefix + id;
    this.#permalinkAnchor = anchor;
    try {
      await navigator.clipboard.writeText(new URL(anchorHref(anchor), location.href).href);
    } catch {
      return; // no clipboard here (permissions, insecure context): the address bar has the link
    }
    this.#announce(this.#provider.value.strings.linkCopied);
  }

  /** Speaks a message through the polite live region (cleared first, so a repeat is spoken again). */
  #announce(message: string): void {
    const region = this.renderRoot.querySelector('.announcer');
    if (!region) return;
    region.textContent = '';
    requestAnimationFrame(() => (region.textContent = message));
  }

  #emit<K extends keyof FaqEventMap>(type: K, detail: FaqEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq': AptFaq;
  }
}
