import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { faqContext } from './faq-context.js';
import { plainCss } from './styles.js';

/**
 * One question and its answer, written by hand in an `<apt-faq>`: the page author's
 * content, readable and indexed without JavaScript. The FAQ enhances it in place: it draws
 * the heading and button around the `slot="question"` heading's text, and shows the item
 * itself (never a copy) inside the answer region it draws for it. The item consumes the FAQ's
 * context (`@lit/context`) to tell it when the browser reveals the collapsed answer
 * (find in page, a text fragment). Items from `items` or `src` are drawn by the FAQ alone.
 *
 * @summary One question and answer of an `<apt-faq>`, written by hand.
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
  /** The answer inside the FAQ's answer region; its question heading is drawn by the FAQ. */
  static override styles = plainCss`
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
  };

  /** The question as plain text, for items written by hand without a `slot="question"` heading. */
  declare question: string;
  /**
   * Whether the answer is shown. The `open` attribute makes it start open; setting the
   * property (or the attribute) later opens or closes it, and the FAQ keeps the property in
   * step with what the user does. The author's attributes are never rewritten.
   */
  declare open: boolean;

  /** Answered once by the FAQ (see FaqSettings): `reveal` never changes. */
  readonly #faq = new ContextConsumer(this, { context: faqContext });
  #ready = false;

  constructor() {
    super();
    this.question = '';
    this.open = false;
    // Collapsed, this item is `hidden="until-found"` (see AuthoredItems): the browser reveals it.
    this.addEventListener('beforematch', () => this.#faq.value?.reveal(this));
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Tell the FAQ that the page changed the question or open state (not at start).
    if (this.#ready) this.dispatchEvent(new CustomEvent('apt-faq-item-change', { detail: changed.has('open'), bubbles: true }));
    this.#ready = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq-item': AptFaqItem;
  }
}
