import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { faqContext } from './faq-context.js';
import type { FaqEntry } from './controllers/content.js';
import type { FaqTrigger } from './events.js';
import { Highlighter } from './text/highlight.js';
import { anchorHref } from './anchors.js';
import { whenIdle } from './idle-queue.js';

/** Asked of the FAQ by an item it draws: open or close me. */
export interface ItemToggleDetail {
  id: string;
  open: boolean;
  trigger: FaqTrigger;
}

/** A template's strings with its `<h3>` heading made `<hN>`, by template and level. */
const byLevel = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

/**
 * A tag like Lit's `html` for a template holding an `<h3>` heading, drawn at `level` (2–6, else
 * 3) instead: a tag cannot be a binding, so each item stays one template instance (items are
 * most of a long FAQ's work). The strings are copied once per level, from the source's own
 * template (what `lit/static-html` does, there on every render): from constants, never input.
 */
function headingHtml(level: number) {
  return (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    let levels = byLevel.get(strings);
    if (!levels) {
      levels = [2, 3, 4, 5, 6].map((n) => {
        const copy = strings.map((part) => part.replace(/<(\/?)h3\b/g, `<$1h${n}`));
        return Object.assign(copy, { raw: copy });
      });
      byLevel.set(strings, levels);
    }
    return html(levels[level - 2] ?? strings, ...values);
  };
}

/**
 * One question and its answer.
 *
 * **Written by hand** in an `<apt-faq>`, it is the page author's content, readable and
 * indexed without JavaScript. The FAQ enhances it in place: its answer is shown through a
 * slot inside the accordion (never copied), and its `slot="question"` heading gives the
 * question's text (the FAQ draws the heading and button around it).
 *
 * **Drawn by `<apt-faq>`**, it is a view (WAI-ARIA APG accordion: a heading holding a button
 * that controls a region, labelled by it, exposed only while open). It receives its entry
 * and `open` from the FAQ, renders into the FAQ's shadow root (one stylesheet, parts reach
 * `::part()`), and asks the FAQ to toggle it with an `apt-faq-item-toggle` event.
 *
 * @summary One question and answer of an `<apt-faq>`.
 * @tagname apt-faq-item
 * @slot - The answer: any markup of the page author's.
 * @slot question - The question, as a heading (`<h3 slot="question">…</h3>`): read and indexed without JavaScript.
 * @example
 * <apt-faq>
 *   <apt-faq-item id="funding">
 *     <h3 slot="question">Can my organisation get funding?</h3>
 *     <p>We are not a donor, but we raise funds jointly with partners.</p>
 *   </apt-faq-item>
 * </apt-faq>
 */
export class AptFaqItem extends LitElement {
  /** Styles of a hand-written item, inside the FAQ's answer region. */
  static override styles = css`
    :host {
      display: block;
    }
    ::slotted(:first-child) {
      margin-block-start: 0;
    }
    ::slotted(:last-child) {
      margin-block-end: 0;
    }
  `;

  static override properties = {
    question: {},
    open: { type: Boolean },
    entry: { attribute: false },
    highlight: { attribute: false },
  };

  /** The question as plain text, for items written by hand without a `slot="question"` heading. */
  declare question: string;
  /**
   * Whether the answer is shown. On a hand-written item, the `open` attribute makes it start
   * open; setting the property (or the attribute) later opens or closes it, and the FAQ keeps
   * the property in step with what the user does. The author's attributes are never rewritten.
   */
  declare open: boolean;
  /** What the FAQ draws; set by `<apt-faq>` on the items it renders. @internal */
  declare entry: FaqEntry | undefined;
  /** The search words to highlight. @internal */
  declare highlight: readonly string[];

  readonly #faq = new ContextConsumer(this, { context: faqContext, subscribe: true });
  readonly #highlighter = new Highlighter();
  #authoredReady = false;
  /** The entry whose answer is queued to be prepared. */
  #preparing: FaqEntry | undefined;
  /** The hand-written item this view shows, if any. */
  #authored: HTMLElement | undefined;

  constructor() {
    super();
    this.question = '';
    this.open = false;
    this.entry = undefined;
    this.highlight = [];
  }

  /**
   * A view renders into the FAQ's shadow root. A hand-written item gets a shadow root of its
   * own that shows its answer only: its question heading is drawn by the FAQ.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.entry ? this : super.createRenderRoot();
  }

  protected override render(): TemplateResult | typeof nothing {
    const { entry, open } = this;
    if (!entry) return html`<slot></slot>`;
    const faq = this.#faq.value;
    if (!faq) return nothing;
    const questionId = `${entry.id}-question`;
    const answerId = `${entry.id}-answer`;
    const { answer } = entry;
    return headingHtml(faq.headingLevel ?? entry.level ?? 3)`
      <h3 part="heading" class="heading"><button
        part="button"
        class="button"
        id=${questionId}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${answerId}
        @click=${this.#onClick}
      ><span class="question">${entry.question}</span><span part="icon" class="icon" aria-hidden="true"></span></button></h3>
      <div
        part="answer"
        class="answer"
        id=${answerId}
        role=${open ? 'region' : nothing}
        aria-labelledby=${open ? questionId : nothing}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${this.#onBeforeMatch}
        @animationend=${this.#onRevealed}
      >${open || answer.ready ? answer.body : nothing}${open
        ? html`<a part="permalink" class="permalink" href=${anchorHref(faq.anchorPrefix + entry.id)}
            lang=${faq.uiLang} dir="ltr" @click=${this.#onPermalinkClick}>${faq.strings.permalink}</a>`
        : nothing}</div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.entry) {
      // Hand-written: tell the FAQ that the page changed the question or open state (not at start).
      if (this.#authoredReady) this.dispatchEvent(new CustomEvent('apt-faq-item-change', { detail: changed.has('open'), bubbles: true }));
      this.#authoredReady = true;
      return;
    }
    this.#collapseAuthored(this.entry.element);
    this.#prepareAnswerSoon(this.entry);
    // The answer slides in when it opens, not when it is drawn open (it is in place already),
    // nor when this view is given another item that is open (new content).
    if (changed.has('open')) {
      const opened = this.open && changed.get('open') === false && !changed.has('entry');
      this.querySelector('.answer')?.classList.toggle('reveal', opened);
    }
    if (this.highlight.length > 0) {
      // Matches are marked where they can be seen: the question, and the answer while open
      // (a search of a long FAQ marks only what is on screen; opening an answer marks it).
      const roots = [this.querySelector('.question'), this.open ? this.entry.answer.textRoot : null];
      this.#highlighter.show(roots.filter((root) => root !== null), this.highlight);
    } else {
      this.#highlighter.clear();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page before its answer was drawn (the queued drawing skipped it): again.
    if (this.entry && this.hasUpdated) this.#prepareAnswerSoon(this.entry);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#highlighter.clear();
    this.#collapseAuthored(undefined);
  }

  /**
   * A hand-written answer is in the page, where the browser's find-in-page and text-fragment
   * search look for it (Firefox looks no further): collapsed, the author's item itself is
   * `hidden="until-found"` too, so the browser reveals it and tells us with `beforematch`.
   */
  #collapseAuthored(element: HTMLElement | undefined): void {
    if (this.#authored !== element) {
      // The item this view no longer shows is the author's again, as written.
      this.#authored?.removeEventListener('beforematch', this.#onBeforeMatch);
      this.#authored?.removeAttribute('hidden');
      element?.addEventListener('beforematch', this.#onBeforeMatch);
      this.#authored = element;
    }
    if (!element || !this.isConnected) return;
    if (this.open) element.removeAttribute('hidden');
    else if (element.getAttribute('hidden') !== 'until-found') element.setAttribute('hidden', 'until-found');
  }

  /**
   * A closed answer is drawn once the page is idle (a long FAQ shows its questions first);
   * opening it, a search or the structured data prepare it at once. Nothing is done for a
   * view that was removed or given another entry meanwhile (e.g. a newer `src` loaded).
   */
  #prepareAnswerSoon(entry: FaqEntry): void {
    if (entry.answer.ready || this.#preparing === entry) return;
    this.#preparing = entry;
    whenIdle(() => {
      this.#preparing = undefined;
      if (this.entry !== entry || !this.isConnected) return;
      void entry.answer.body;
      this.requestUpdate();
    });
  }

  /** Moves focus to the question's button and scrolls the item to the top of the view. */
  focusQuestion(): void {
    this.querySelector('button')?.focus({ preventScroll: true });
    // "auto" follows the page's own scroll-behavior: a smooth scroll started here could be
    // cut short by the browser's fragment navigation, leaving the item out of view.
    this.scrollIntoView({ block: 'start', behavior: 'auto' });
  }

  /** Gives focus back to the permalink, if it does not have it. */
  focusPermalink(): void {
    this.querySelector<HTMLElement>('.permalink:not(:focus)')?.focus({ preventScroll: true });
  }

  #request(open: boolean, trigger: FaqTrigger): void {
    if (!this.entry) return;
    const detail: ItemToggleDetail = { id: this.entry.id, open, trigger };
    this.dispatchEvent(new CustomEvent('apt-faq-item-toggle', { detail, bubbles: true }));
  }

  #onClick(): void {
    this.#request(!this.open, 'user');
  }

  /** The slide is over: it does not play again when a search hides and shows the item. */
  #onRevealed(event: AnimationEvent): void {
    (event.target as Element).classList.remove('reveal');
  }

  /** The browser is about to reveal this collapsed answer (find in page, a text fragment, a link to it). */
  readonly #onBeforeMatch = (): void => {
    this.#request(true, 'find');
  };

  /** The link itself navigates (so the address bar holds it); the FAQ copies and announces it. */
  #onPermalinkClick(): void {
    if (this.entry) this.dispatchEvent(new CustomEvent('apt-faq-item-permalink', { detail: this.entry.id, bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq-item': AptFaqItem;
  }
}
