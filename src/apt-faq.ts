import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import type { FaqItemInput } from './faq-data.js';
import { faqContext, type FaqContext } from './faq-context.js';
import type { FaqEventMap, FaqLoadDetail, FaqSource, FaqTrigger } from './events.js';
import { inheritedLang, resolveStrings, textDirection, uiLanguage, type FaqStrings } from './strings.js';
import type { LoadFailure } from './load-document.js';
import { FaqContent, type FaqEntry } from './controllers/content.js';
import { OpenState, type OpenChange } from './controllers/open-state.js';
import { FaqSearch } from './controllers/search.js';
import { HashLinks } from './controllers/hash-links.js';
import { Announcer } from './controllers/announcer.js';
import { StructuredData } from './controllers/structured-data.js';
import { DrawnItems } from './controllers/drawn-items.js';
import { renderToolbar } from './toolbar.js';
import type { AptFaqItem, ItemToggleDetail } from './apt-faq-item.js';
import { styles } from './styles.js';

const NO_WORDS: readonly string[] = [];

/**
 * The FAQ of the Association for the Prevention of Torture, as an accessible accordion.
 * With no content of its own it shows the APT's bundled FAQ; it can also show items set
 * from script, a JSON document (`src`), or `<apt-faq-item>` children written by hand
 * (enhanced in place: their answers are shown through slots, never copied).
 *
 * @summary An accessible, embeddable FAQ accordion.
 * @tagname apt-faq
 * @slot - `<apt-faq-item>` elements written by hand: each is shown inside its own answer region.
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
  /** Hand-written items are assigned by hand, each to the slot inside its own answer region. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  static override properties = {
    items: { attribute: false, noAccessor: true },
    src: { reflect: true },
    exclusive: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    anchorPrefix: { attribute: 'anchor-prefix' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    search: { type: Boolean, reflect: true },
    expandAll: { type: Boolean, attribute: 'expand-all' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    strings: { attribute: false },
  };

  /**
   * URL of a JSON document to show instead of the bundled FAQ (see `apt-faq.schema.json`).
   * Changing it reloads; an older request never overwrites a newer one.
   */
  declare src: string | undefined;
  /** At most one answer open at a time. Default `false`. */
  declare exclusive: boolean;
  /** Level of the question headings, 2–6. Default: 3, or the level of hand-written question headings. */
  declare headingLevel: number | undefined;
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
  /** Add schema.org `FAQPage` JSON-LD for the items to the document head (removed on disconnect). Default `false`. */
  declare structuredData: boolean;
  /** Replaces any of the UI strings of the current language, e.g. `{ retry: 'Reload' }`. */
  declare strings: Partial<FaqStrings> | undefined;

  #items: FaqItemInput[] | undefined;
  /** Why the last load failed, until the next one succeeds. */
  #failure: string | undefined;
  /** The last content change, announced with `apt-faq-load` once it is on screen. */
  #pendingLoad: FaqLoadDetail | undefined;
  #positions = new Map<string, number>();
  readonly #open = new OpenState();
  readonly #provider = new ContextProvider(this, { context: faqContext });
  readonly #content = new FaqContent(this, {
    shown: (load) => this.#contentShown(load),
    failed: (failure, source, status) => this.#fail(failure, source, status),
    authoredOpen: (id, open) => this.#change([id], open, 'api'),
  });
  readonly #search = new FaqSearch(this, (query, count) => this.#reportSearch(query, count));
  readonly #announcer = new Announcer(this);
  readonly #drawn = new DrawnItems(this);
  readonly #links = new HashLinks(this, {
    open: (id) => this.#openFromLink(id),
    focus: async (id) => {
      await this.updateComplete;
      this.#view(id)?.focusQuestion();
    },
    focusPermalink: (id) => this.#view(id)?.focusPermalink(),
    announce: (message) => this.#announcer.announce(message),
    linkCopied: () => this.#context.strings.linkCopied,
  });

  constructor() {
    super();
    this.addController(new StructuredData(this, () => this.#content));
    this.src = undefined;
    this.exclusive = false;
    this.headingLevel = undefined;
    this.anchorPrefix = '';
    this.syncUrl = false;
    this.search = false;
    this.expandAll = false;
    this.structuredData = false;
    this.strings = undefined;
  }

  /**
   * Items to show instead of any other content (first content source). Read at once: a
   * method called right after (`faq.items = …; faq.show(id)`) acts on them.
   */
  get items(): FaqItemInput[] | undefined {
    return this.#items;
  }

  set items(items: FaqItemInput[] | undefined) {
    const old = this.#items;
    this.#items = items;
    this.#content.resolve();
    this.requestUpdate('items', old);
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
    this.requestUpdate('lang'); // the nearest ancestor's lang may differ where it was (re)attached
  }

  /**
   * Opens an item.
   * @param id the item's id (its anchor without `anchor-prefix`)
   * @returns `true` when the FAQ has an item with that id
   */
  show(id: string): boolean {
    return this.#change([id], true, 'api');
  }

  /**
   * Closes an item.
   * @returns `true` when the FAQ has an item with that id
   */
  hide(id: string): boolean {
    return this.#change([id], false, 'api');
  }

  /**
   * Opens a closed item or closes an open one; with `force`, opens (`true`) or closes (`false`).
   * @returns `true` when the FAQ has an item with that id
   */
  toggle(id: string, force?: boolean): boolean {
    return this.#change([id], force ?? !this.#open.isOpen(id), 'api');
  }

  /** Opens every item. Under `exclusive` it does nothing, as only one may be open. */
  showAll(): void {
    if (!this.exclusive) this.#change([...this.#positions.keys()], true, 'api');
  }

  /** Closes every item. */
  hideAll(): void {
    this.#change([...this.#positions.keys()], false, 'api');
  }

  /** The settings shared with the items (also read before the first render, e.g. by an early error). */
  get #context(): FaqContext {
    return this.#provider.value ?? this.#settings();
  }

  #settings(): FaqContext {
    const level = Math.round(Number(this.headingLevel));
    const uiLang = uiLanguage(inheritedLang(this));
    return {
      headingLevel: level >= 2 && level <= 6 ? level : undefined,
      anchorPrefix: this.anchorPrefix ?? '',
      strings: resolveStrings(uiLang, this.strings),
      uiLang,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (['headingLevel', 'anchorPrefix', 'lang', 'strings'].some((name) => changed.has(name)) || !this.#provider.value) {
      this.#provider.setValue(this.#settings());
    }
    if (changed.has('src') && (this.src || undefined) !== this.#content.src) this.#content.resolve();
    if (changed.has('exclusive') && this.exclusive) this.#change([], true, 'exclusive');
    this.#search.filter(this.search, this.#content.entries, this.#content.textVersion);
  }

  protected override render() {
    const { strings, uiLang } = this.#context;
    const { entries, lang, loading } = this.#content;
    const search = this.#search;
    const visibleIds = entries.map((entry) => entry.id).filter((id) => search.isVisible(id));
    return html`${renderToolbar({
        strings,
        lang: uiLang,
        search: this.search ? search : undefined,
        total: entries.length,
        expandAll: this.expandAll && !this.exclusive,
        allOpen: this.#open.allOpen(visibleIds),
        onExpandAll: (open) => this.#change(visibleIds, open, 'all'),
        onClearSearch: this.#clearSearch,
      })}
      ${loading ? html`<p part="status" class="status" role="status" lang=${uiLang}>${strings.loading}</p>` : nothing}
      ${this.#failure
        ? html`<div part="error" class="error" role="alert" lang=${uiLang}>
            <p>${this.#failure}</p>
            <button class="retry" @click=${() => this.#content.resolve()}>${strings.retry}</button>
          </div>`
        : nothing}
      <div
        class="items"
        id="items"
        aria-busy=${loading ? 'true' : 'false'}
        lang=${lang ?? nothing}
        dir=${lang ? textDirection(lang) : nothing}
        @apt-faq-item-toggle=${this.#onItemToggle}
        @apt-faq-item-permalink=${(event: CustomEvent<string>) => void this.#links.permalinkActivated(event.detail)}
      >
        ${this.#drawn.of(entries).map(
          (entry) =>
            html`<apt-faq-item
              part="item"
              class="item"
              .entry=${entry}
              .open=${this.#open.isOpen(entry.id)}
              .highlight=${search.visibleIds?.has(entry.id) ? search.words : NO_WORDS}
              ?hidden=${!search.isVisible(entry.id)}
            ></apt-faq-item>`,
        )}
      </div>
      ${search.visibleIds?.size === 0
        ? html`<div class="empty" lang=${uiLang}>
            <p>${strings.noResults(search.query.trim())}</p>
            <button class="clear" @click=${this.#clearSearch}>${strings.clearSearch}</button>
          </div>`
        : nothing}
      ${this.#announcer.render(uiLang)}`;
  }

  protected override updated(): void {
    const load = this.#pendingLoad;
    if (!load) return;
    this.#pendingLoad = undefined;
    this.#emit('apt-faq-load', load);
    this.#links.contentShown();
  }

  /**
   * `updateComplete` also waits for the items, which draw themselves just after the FAQ, and
   * for every slice of a long FAQ's items (see {@link DrawnItems}).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await this.#drawnNow();
    while (!this.#drawn.complete && this.isConnected) {
      await this.#drawn.nextSlice();
      result = await this.#drawnNow();
    }
    return result;
  }

  /** The FAQ's pending update, and its items', done (not the slices still to come). */
  async #drawnNow(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await Promise.all(Array.from(this.#views(), (view) => view.updateComplete));
    return result;
  }

  #views(): NodeListOf<AptFaqItem> {
    return this.renderRoot.querySelectorAll('apt-faq-item');
  }

  #view(id: string): AptFaqItem | undefined {
    return Array.from(this.#views()).find((view) => view.entry?.id === id);
  }

  #entry(id: string): FaqEntry | undefined {
    const position = this.#positions.get(id);
    return position === undefined ? undefined : this.#content.entries[position];
  }

  #contentShown(load: FaqLoadDetail): void {
    const { entries } = this.#content;
    this.#positions = new Map(entries.map((entry, index) => [entry.id, index]));
    this.#open.exclusive = this.exclusive;
    this.#open.reset([...this.#positions.keys()], entries.filter((entry) => entry.open).map((entry) => entry.id));
    this.#drawn.reset(entries.length, !entries[0]?.element);
    this.#failure = undefined;
    this.#pendingLoad = load;
    this.requestUpdate();
  }

  /** Shows a clear, localised error and tells the page; whatever is on screen stays. */
  #fail(failure: LoadFailure, source: FaqSource, status?: number): void {
    const { strings } = this.#context;
    const message = {
      status: strings.errorStatus(status ?? 0),
      network: strings.errorNetwork,
      timeout: strings.errorTimeout,
      invalid: strings.errorInvalid,
    }[failure];
    this.#failure = message;
    this.requestUpdate();
    this.#emit('apt-faq-error', status === undefined ? { message, source } : { message, source, status });
  }

  /**
   * Opens or closes items (trigger `"exclusive"`: applies the exclusive rule to what is
   * open), then fires one event per change once it is drawn. `false` for an unknown id.
   */
  #change(ids: readonly string[], open: boolean, trigger: FaqTrigger): boolean {
    this.#open.exclusive = this.exclusive;
    const changes = trigger === 'exclusive' ? this.#open.enforceExclusive() : this.#open.set(ids, open, trigger);
    if (changes.length > 0) void this.#applied(changes);
    return ids.length === 1 && this.#positions.has(ids[0]);
  }

  async #applied(changes: readonly OpenChange[]): Promise<void> {
    this.requestUpdate();
    this.#links.write(changes);
    for (const { id, open } of changes) {
      const element = this.#entry(id)?.element;
      if (element) (element as AptFaqItem).open = open; // hand-written items reflect their state
    }
    await this.#drawnNow();
    for (const { id, open, trigger } of changes) {
      const index = this.#positions.get(id)!;
      const { question } = this.#content.entries[index];
      this.#emit(open ? 'apt-faq-open' : 'apt-faq-close', { id, question, index, trigger });
    }
  }

  #openFromLink(id: string): boolean {
    if (!this.#positions.has(id)) return false;
    if (!this.#search.isVisible(id)) this.#clearSearch();
    return this.#change([id], true, 'link');
  }

  #onItemToggle(event: CustomEvent<ItemToggleDetail>): void {
    const { id, open, trigger } = event.detail;
    // The browser reveals a hand-written answer itself when the URL's fragment is its id.
    this.#change([id], open, trigger === 'find' && this.#links.names(id) ? 'link' : trigger);
  }

  /** Announces the result count politely and tells the page, once typing pauses. */
  #reportSearch(query: string, count: number): void {
    const { strings } = this.#context;
    const total = this.#content.entries.length;
    if (query) this.#announcer.announce(count === 0 ? strings.noResults(query) : strings.resultCount(count, total));
    this.#emit('apt-faq-search', { query, count });
  }

  readonly #clearSearch = (): void => {
    if (this.#search.clear()) this.#emit('apt-faq-search', { query: '', count: this.#content.entries.length });
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search"]')?.focus();
  };

  #emit<K extends keyof FaqEventMap>(type: K, detail: FaqEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq': AptFaq;
  }
}
