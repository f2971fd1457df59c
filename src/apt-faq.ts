import { LitElement, type PropertyValues } from 'lit';
import type { FaqItemInput } from './faq-data.js';
import { emit, type FaqLoadDetail, type FaqSource, type FaqTrigger } from './events.js';
import type { FaqStrings } from './strings.js';
import { FaqContent } from './controllers/content.js';
import { FaqSettings } from './controllers/settings.js';
import { OpenItems } from './controllers/open-items.js';
import { FaqSearch } from './controllers/search.js';
import { HashLinks } from './controllers/hash-links.js';
import { Announcer } from './controllers/announcer.js';
import { StructuredData } from './controllers/structured-data.js';
import { DrawnItems } from './controllers/drawn-items.js';
import { Preparation } from './controllers/preparation.js';
import { AuthoredItems } from './controllers/authored-items.js';
import { failureMessage, type FaqFailure } from './messages.js';
import { focusPermalink, focusQuestion, itemEvents } from './render-item.js';
import { renderFaq, type FaqParts } from './render-faq.js';
import { styles } from './styles.js';

/**
 * The FAQ of the Association for the Prevention of Torture, as an accessible accordion: the
 * bundled FAQ, or items set from script, a JSON document (`src`), or `<apt-faq-item>` children
 * written by hand (enhanced in place, never copied). It draws every item itself (see
 * docs/how-it-works.md).
 *
 * @summary An accessible, embeddable FAQ accordion.
 * @tagname apt-faq
 * @slot - `<apt-faq-item>` elements written by hand: each is shown inside its own answer region.
 * @fires apt-faq-open - After an answer opens. Detail: `{ id, question, index, trigger }`.
 * @fires apt-faq-close - After an answer closes. Detail: `{ id, question, index, trigger }`.
 * @fires apt-faq-load - After content is shown (again in another language: `lang` changed). Detail: `{ count, skipped, source, lang }`.
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

  /** URL of a JSON document to show instead of the bundled FAQ; changing it reloads (the newest request wins). */
  declare src: string | undefined;
  /** At most one answer open at a time. Default `false`. */
  exclusive = false;
  /** Level of the question headings, 2–6. Default: 3, or the level of hand-written question headings. */
  declare headingLevel: number | undefined;
  /** Prefix of every item's anchor. Default `''`. */
  anchorPrefix = '';
  /** Opening an item writes its anchor into the URL hash (`replaceState`). Default `false`: hash routers own the hash. */
  syncUrl = false;
  /** Show a search field that filters the questions and answers. Default `false`. */
  search = false;
  /** Show an "Expand all / Collapse all" toggle (not under `exclusive`). Default `false`. */
  expandAll = false;
  /** Add schema.org `FAQPage` JSON-LD for the items to the document head (removed on disconnect). Default `false`. */
  structuredData = false;
  /** Replaces any of the UI strings of the current language, e.g. `{ retry: 'Reload' }`. */
  declare strings: Partial<FaqStrings> | undefined;

  #items: FaqItemInput[] | undefined;
  /** Why the last load failed, until the next one succeeds (its message follows a change of `lang`). */
  #failure: [FaqFailure, number | undefined] | undefined;
  /** The last content change, announced with `apt-faq-load` once it is on screen. */
  #pendingLoad: FaqLoadDetail | undefined;
  readonly #settings = new FaqSettings(this, (element) => {
    const id = this.#authored.idOf(element);
    if (id !== undefined) this.#toggle(id, true, 'find');
  });
  readonly #content = new FaqContent(this, {
    shown: (load, switched) => this.#contentShown(load, switched),
    failed: (failure, source, status) => this.#fail(failure, source, status),
    authoredOpen: (id, open) => this.#open.change([id], open, 'api'),
  });
  readonly #drawn = new DrawnItems();
  readonly #open = new OpenItems(this, {
    entries: () => this.#content.entries,
    drawn: () => super.getUpdateComplete(),
    changed: (changes) => {
      this.#drawn.changed(changes, !this.#pendingLoad);
      this.#links.write(changes);
    },
  });
  readonly #search = new FaqSearch(this, { strings: () => this.#settings.value.strings, announce: (message) => this.#announcer.announce(message) });
  readonly #announcer = new Announcer(this);
  readonly #links = new HashLinks(this, {
    open: (id) => this.#change(id, true, 'link'),
    focus: (id) => this.updateComplete.then(() => focusQuestion(this.renderRoot, id)),
    focusPermalink: (id) => focusPermalink(this.renderRoot, id),
    announce: (message) => this.#announcer.announce(message),
    linkCopied: () => this.#settings.value.strings.linkCopied,
  });
  readonly #authored = new AuthoredItems(this, () => this.#content.entries, (id) => this.#open.isOpen(id));
  readonly #preparation = new Preparation(this, this.#drawn, this.#search, new StructuredData(this, () => this.#content.lang));
  readonly #parts: FaqParts = {
    content: this.#content, search: this.#search, open: this.#open, drawn: this.#drawn, announcer: this.#announcer,
    events: itemEvents({ toggle: (id, open, trigger) => this.#toggle(id, open, trigger), permalink: (id) => void this.#links.permalinkActivated(id) }),
  };

  /** Items to show instead of any other content; read at once (`faq.items = …; faq.show(id)` works). */
  get items(): FaqItemInput[] | undefined {
    return this.#items;
  }
  set items(items: FaqItemInput[] | undefined) {
    const old = this.#items;
    this.#items = items;
    this.#content.resolve();
    this.requestUpdate('items', old);
  }

  /** `lang` is a native attribute; observing it lets the UI and a multilingual content follow a change of language. */
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

  /** Opens the item `id` (its anchor without `anchor-prefix`). @returns `true` when the FAQ has that item */
  show(id: string): boolean {
    return this.#change(id, true, 'api');
  }

  /** Closes the item `id`. @returns `true` when the FAQ has that item */
  hide(id: string): boolean {
    return this.#open.change([id], false, 'api');
  }

  /** Opens or closes the item `id`; with `force`, opens (`true`) or closes (`false`). @returns `true` when the FAQ has that item */
  toggle(id: string, force?: boolean): boolean {
    return this.#change(id, force ?? !this.#open.isOpen(id), 'api');
  }

  /** Opens every item. Under `exclusive` it does nothing, as only one may be open. */
  showAll(): void {
    if (!this.exclusive) this.#open.change(this.#open.ids, true, 'api');
  }

  /** Closes every item. */
  hideAll(): void {
    this.#open.change(this.#open.ids, false, 'api');
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#settings.update(changed);
    if (changed.has('lang')) this.#content.showLanguage();
    if (changed.has('src') && (this.src || undefined) !== this.#content.src) this.#content.resolve();
    if (changed.has('exclusive') && this.exclusive) this.#open.change([], true, 'exclusive');
    const { entries, textVersion } = this.#content;
    this.#search.filter(this.search, entries, textVersion);
    this.#preparation.update({ entries, textVersion, search: this.search, structuredData: this.structuredData });
    // New content: the item the URL hash names is drawn open, once the search has filtered it.
    if (this.#pendingLoad) this.#links.contentReady();
  }

  protected override render() {
    return renderFaq(this, this.#parts, { settings: this.#settings.value, failure: this.#failure, searchField: this.search, expandAll: this.expandAll && !this.exclusive });
  }

  protected override updated(): void {
    this.#search.highlight(this.#content.entries, (id) => this.#open.isOpen(id));
    const load = this.#pendingLoad;
    this.#pendingLoad = undefined; // before the event: a listener may set new content
    if (load) emit(this, 'apt-faq-load', load);
  }

  /** `updateComplete` also waits for every slice of a long FAQ's items (see {@link DrawnItems}). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.#drawn.allDrawn(this, () => super.getUpdateComplete());
  }

  #contentShown(load: FaqLoadDetail, switched?: boolean): void {
    const { entries } = this.#content;
    this.#open.reset(entries, switched);
    this.#drawn.reset(entries.length, !entries[0]?.element);
    this.#failure = undefined;
    this.#pendingLoad = load;
    this.requestUpdate();
    if (switched && this.#search.query) this.#search.input(this.#search.query); // new texts: the result is said again
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
    if (open && this.#open.has(id) && !this.#search.isVisible(id)) this.#search.clear(false);
    return this.#open.change([id], open, trigger);
  }

  /** An item's button or the browser asks to open or close it. */
  #toggle(id: string, open: boolean, trigger: FaqTrigger): void {
    // The browser reveals a hand-written answer itself when the URL's fragment is its id.
    this.#open.change([id], open, trigger === 'find' && this.#links.names(id) ? 'link' : trigger);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq': AptFaq;
  }
}
