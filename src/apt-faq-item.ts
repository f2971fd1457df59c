import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { faqContext } from './faq-context.js';
import type { FaqItem } from './faq-data.js';
import { sanitizeAnswer } from './sanitize.js';
import { anchorHref } from './anchors.js';

/** The heading around the question button, at the FAQ's `heading-level`. */
function heading(level: number, content: TemplateResult): TemplateResult {
  switch (level) {
    case 2: return html`<h2 part="heading" class="heading">${content}</h2>`;
    case 4: return html`<h4 part="heading" class="heading">${content}</h4>`;
    case 5: return html`<h5 part="heading" class="heading">${content}</h5>`;
    case 6: return html`<h6 part="heading" class="heading">${content}</h6>`;
    default: return html`<h3 part="heading" class="heading">${content}</h3>`;
  }
}

/**
 * One question and its answer.
 *
 * Written by hand as a child of `<apt-faq>`, it is content: readable before and without
 * JavaScript, and read by the FAQ as one of its items. Rendered by `<apt-faq>`, it draws
 * the accordion row (WAI-ARIA APG accordion: a heading holding a button that controls a
 * labelled region) into the FAQ's shadow root, where the FAQ's styles and parts apply.
 *
 * @summary One question and answer of an `<apt-faq>`.
 * @tagname apt-faq-item
 * @slot - The answer (restricted HTML), when written by hand.
 * @example
 * <apt-faq>
 *   <apt-faq-item id="funding" question="Can my organisation get funding?"><p>…</p></apt-faq-item>
 * </apt-faq>
 */
export class AptFaqItem extends LitElement {
  static override properties = {
    question: { reflect: true },
    open: { type: Boolean },
    item: { attribute: false },
  };

  /** The question, as plain text (when written by hand). */
  declare question: string;
  /**
   * Whether the answer is shown. Written by hand, `open` makes it start open; on rendered
   * items the FAQ sets it: use the FAQ's `show()`/`hide()` rather than this property.
   */
  declare open: boolean;
  /** The item to draw; set by `<apt-faq>` on the items it renders. */
  declare item: FaqItem | undefined;

  readonly #faq = new ContextConsumer(this, { context: faqContext, subscribe: true });

  constructor() {
    super();
    this.question = '';
    this.open = false;
  }

  /** Renders into the FAQ's shadow root: one stylesheet for all items, parts reach `::part()`. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** A hand-written item is content, not a view: it never renders over its children. */
  protected override shouldUpdate(): boolean {
    return this.item !== undefined && this.#faq.value !== undefined;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { item, open } = this;
    const faq = this.#faq.value;
    if (!item || !faq) return nothing;
    const questionId = `${item.id}-question`;
    const answerId = `${item.id}-answer`;
    const anchor = faq.anchorPrefix + item.id;
    const button = html`<button
      part="button"
      class="button"
      id=${questionId}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${answerId}
      @click=${this.#onClick}
    ><span class="question"></span><span part="icon" class="icon" aria-hidden="true"></span></button>`;
    return html`<div part="item" class="item">
      ${heading(faq.headingLevel, button)}
      <div
        part="answer"
        class="answer"
        id=${answerId}
        role="region"
        aria-labelledby=${questionId}
        hidden=${open ? nothing : 'until-found'}
        @beforematch=${this.#onBeforeMatch}
      ><div class="answer-body"></div>${open
        ? html`<a part="permalink" class="permalink" href=${anchorHref(anchor)} @click=${this.#onPermalinkClick}
            >${faq.strings.permalink}</a>`
        : nothing}</div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Question and answer are written once per item, outside Lit's bindings, so search
    // highlighting may wrap their words without confusing Lit's record of the DOM.
    if (changed.has('item') && this.item) {
      this.querySelector('.question')!.textContent = this.item.question;
      this.querySelector('.answer-body')!.replaceChildren(sanitizeAnswer(this.item.answer, this.ownerDocument));
    }
  }

  #onClick(): void {
    if (this.item) this.#faq.value?.requestToggle(this.item.id, !this.open, 'user');
  }

  /** The browser is about to reveal this collapsed answer (find in page, a text-fragment link). */
  #onBeforeMatch(): void {
    if (this.item) this.#faq.value?.requestToggle(this.item.id, true, 'find');
  }

  /** The link itself navigates (so the address bar holds it); the FAQ copies and announces it. */
  #onPermalinkClick(): void {
    if (this.item) this.#faq.value?.permalinkActivated(this.item.id);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq-item': AptFaqItem;
  }
}
