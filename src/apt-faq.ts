import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { FaqItemInput } from './faq-data.js';
import { emit, type FaqLoadDetail, type FaqSource, type FaqTrigger } from './events.js';
import { inheritedLang, textDirection, type FaqStrings } from './strings.js';
import { FaqContent } from './controllers/content.js';
import { FaqSettings } from './controllers/settings.js';
import { OpenItems } from './controllers/open-items.js';
import { FaqSearch } from './controllers/search.js';
import { HashLinks } from './controllers/hash-links.js';
import { Announcer } from './controllers/announcer.js';
import { StructuredData } from './controllers/structured-data.js';
import { DrawnItems } from './controllers/drawn-items.js';
import { renderToolbar } from './toolbar.js';
import { failureMessage, renderFailure, renderLoading, renderNoResults, type FaqFailure } from './messages.js';
import type { ItemToggleDetail } from './apt-faq-item.js';
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
 * @fires apt-faq-error - When content cannot be loaded, or hand-written items are present but none can be read (`source: "children"`). Detail: `{ message, source, status? }`.
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
 * @cssproperty [--apt-faq-accent=currentColor] - Colour of the arrows, of link underlines and of the error message's edge.
 * @cssproperty [--apt-faq-border-color=color-mix(in srgb, currentColor 25%, transparent)] - Borders of the items and of the error message.
 * @cssproperty [--apt-faq-radius=0.375rem] - Corner radius of the items and controls.
 * @cssproperty [--apt-faq-gap=0.5rem] - Space between items.
 * @cssproperty [--apt-faq-question-font-size=1.0625em] - Size of the questions.
 * @cssproperty [--apt-faq-question-font-weight=600] - Weight of the questions.
 * @cssproperty [--apt-faq-question-color=inherit] - Colour of the questions.
 * @cssproperty [--apt-faq-answer-color=inherit] - Colour of the answers.
 * @cssproperty [--apt-faq-focus-ring=2px solid currentColor] - Outline of the focused control.
 * @cssproperty [--apt-faq-transition-duration=200ms] - Length of the opening animation and of the arrow's turn.
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
  /** Why the last load failed, until the next one succeeds (its message follows a change of `lang`). */
  #failure: [FaqFailure, number | undefined] | undefined;
  /** The last content change, announced with `apt-faq-load` once it is on screen. */
  #pendingLoad: FaqLoadDetail | undefined;
  readonly #settings = new FaqSettings(this);
  readonly #content = new FaqContent(this, {
    shown: (load) => this.#contentShown(load),
    failed: (failure, source, status) => this.#fail(failure, source, status),
    authoredOpen: (id, open) => this.#open.change([id], open, 'api'),
  });
  readonly #open = new OpenItems(this, {
    entries: () => this.#content.entries,
    drawn: () => this.#drawnNow(),
    changed: (changes) => this.#links.write(changes),
  });
  readonly #search = new FaqSearch(this, {
    strings: () => this.#settings.value.strings,
    announce: (message) => this.#announcer.announce(message),
  });
  readonly #announcer = new Announcer(this);
  readonly #drawn = new DrawnItems(this);
  readonly #links = new HashLinks(this, {
    open: (id) => this.#change(id, true, 'link'),
    focus: async (id) => {
      await this.updateComplete;
      this.#drawn.view(id)?.focusQuestion();
    },
    focusPermalink: (id) => this.#drawn.view(id)?.focusPermalink(),
    announce: (message) => this.#announcer.announce(message),
    linkCopied: () => this.#settings.value.strings.linkCopied,
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
    return this.#change(id, true, 'api');
  }

  /**
   * Closes an item.
   * @returns `true` when the FAQ has an item with that id
   */
  hide(id: string): boolean {
    return this.#open.change([id], false, 'api');
  }

  /**
   * Opens a closed item or closes an open one; with `force`, opens (`true`) or closes (`false`).
   * @returns `true` when the FAQ has an item with that id
   */
  toggle(id: string, force?: boolean): boolean {
    return this.#change(id, force ?? !this.#open.state.isOpen(id), 'api');
  }

  /** Opens every item. Under `exclusive` it does nothing, as only one may be open. */
  showAll(): void {
    if (!this.exclusive) this.#open.change(this.#open.state.ids, true, 'api');
  }

  /** Closes every item. */
  hideAll(): void {
    this.#open.change(this.#open.state.ids, false, 'api');
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#settings.update(changed);
    if (changed.has('src') && (this.src || undefined) !== this.#content.src) this.#content.resolve();
    if (changed.has('exclusive') && this.exclusive) this.#open.change([], true, 'exclusive');
    this.#search.filter(this.search, this.#content.entries, this.#content.textVersion);
    // New content: the item the URL hash names is drawn open (not opened in a second update),
    // once the search has filtered it (a hidden item is shown by clearing the search).
    if (this.#pendingLoad) this.#links.contentReady();
  }

  protected override render() {
    const { strings, uiLang } = this.#settings.value;
    const { entries, lang, loading } = this.#content;
    const search = this.#search;
    const visibleIds = entries.map((entry) => entry.id).filter((id) => search.isVisible(id));
    return html`${renderToolbar({
        strings,
        lang: uiLang,
        search: this.search ? search : undefined,
        total: entries.length,
        expandAll: this.expandAll && !this.exclusive,
        allOpen: this.#open.state.allOpen(visibleIds),
        onExpandAll: (open) => this.#open.change(visibleIds, open, 'all'),
      })}
      ${loading ? renderLoading(strings, uiLang) : nothing}
      ${renderFailure(this.#failure && failureMessage(strings, ...this.#failure), strings, uiLang, () => this.#content.resolve())}
      <div
        class=${this.#drawn.long ? 'items long' : 'items'}
        id="items"
        aria-busy=${loading ? 'true' : 'false'}
        lang=${lang ?? inheritedLang(this) ?? nothing}
        dir=${lang ? textDirection(lang) : nothing}
        @apt-faq-item-toggle=${this.#onItemToggle}
        @apt-faq-item-permalink=${(event: CustomEvent<string>) => void this.#links.permalinkActivated(event.detail)}
      >
        ${this.#drawn.groups(entries).map(
          (group) =>
            html`<div class="group">${group.map(
              (entry) =>
                html`<apt-faq-item
                  part="item"
                  class=${entry.id === visibleIds[0] ? 'item first-shown' : 'item'}
                  .entry=${entry}
                  .open=${this.#open.state.isOpen(entry.id)}
                  .highlight=${search.visibleIds?.has(entry.id) ? search.words : NO_WORDS}
                  ?hidden=${!search.isVisible(entry.id)}
                ></apt-faq-item>`,
            )}</div>`,
        )}
      </div>
      ${search.visibleIds?.size === 0 ? renderNoResults(search.query, strings, uiLang, this.#search.clear) : nothing}
      ${this.#announcer.render(uiLang)}`;
  }

  protected override updated(): void {
    const load = this.#pendingLoad;
    if (!load) return;
    this.#pendingLoad = undefined;
    emit(this, 'apt-faq-load', load);
  }

  /**
   * `updateComplete` also waits for the items, which draw themselves just after the FAQ, and
   * for every slice of a long FAQ's items (see {@link DrawnItems}).
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#drawn.allDrawn(() => this.#drawnNow());
  }

  /** The FAQ's pending update, and its items', done (not the slices still to come). */
  #drawnNow(): Promise<boolean> {
    return this.#drawn.drawnNow(super.getUpdateComplete());
  }

  #contentShown(load: FaqLoadDetail): void {
    const { entries } = this.#content;
    this.#open.reset(entries);
    this.#drawn.reset(entries.length, !entries[0]?.element);
    this.#failure = undefined;
    this.#pendingLoad = load;
    this.requestUpdate();
  }

  /** Shows a clear, localised error and tells the page; whatever is on screen stays. */
  #fail(failure: FaqFailure, source: FaqSource, status?: number): void {
    const message = failureMessage(this.#settings.value.strings, failure, status);
    this.#failure = [failure, status];
    this.requestUpdate();
    // The page's author must hear of it: the page shows the questions as plain headings, or nothing.
    if (source === 'children') console.error('apt-faq:', message);
    emit(this, 'apt-faq-error', status === undefined ? { message, source } : { message, source, status });
  }

  /** Opens or closes one item; an item the search hides is shown by clearing the search. */
  #change(id: string, open: boolean, trigger: FaqTrigger): boolean {
    if (open && this.#open.state.has(id) && !this.#search.isVisible(id)) this.#search.clear(false);
    return this.#open.change([id], open, trigger);
  }

  #onItemToggle(event: CustomEvent<ItemToggleDetail>): void {
    const { id, open, trigger } = event.detail;
    // The browser reveals a hand-written answer itself when the URL's fragment is its id.
    this.#open.change([id], open, trigger === 'find' && this.#links.names(id) ? 'link' : trigger);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq': AptFaq;
  }
}
