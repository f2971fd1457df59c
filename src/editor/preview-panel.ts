/**
 * `<apt-faq-preview>`: the live `<apt-faq>` beside the form, with the switches a page author
 * would set (search, expand all, one answer at a time, the buttons' language, a dark page).
 * It only uses the widget's public API: `items`, attributes, and the `apt-faq-open` event.
 */
import { LitElement, html, type PropertyValues } from 'lit';
import type { FaqItem } from '../faq-data.js';
import type { FaqToggleDetail } from '../events.js';
import { BUILT_IN_STRINGS } from '../strings.js';
import { LANGUAGE_NAMES, editorStrings } from './strings.js';

/** The languages the widget's own buttons speak. */
const WIDGET_LANGUAGES = Object.keys(BUILT_IN_STRINGS);

/** The preview's switches. */
export interface PreviewOptions {
  search: boolean;
  expandAll: boolean;
  exclusive: boolean;
  dark: boolean;
  /** Language of the widget's buttons and messages. */
  lang: string;
}

/**
 * The preview of the document being edited.
 * @fires preview-select - `CustomEvent<{ id: string }>` when the user opens a question in the preview.
 */
export class AptFaqPreview extends LitElement {
  static override properties = {
    items: { attribute: false },
    contentLang: { attribute: 'content-lang' },
    uiLang: { attribute: 'ui-lang' },
    options: { state: true },
  };

  /** The validated items, as the widget would show them (no title: a page never shows the JSON's `title`). */
  declare items: FaqItem[];
  /** The document's `lang`. */
  declare contentLang: string;
  /** Language of the switches' labels. */
  declare uiLang: string;
  declare options: PreviewOptions;

  constructor() {
    super();
    this.items = [];
    this.contentLang = '';
    this.uiLang = 'en';
    this.options = { search: false, expandAll: false, exclusive: false, dark: false, lang: 'en' };
  }

  protected override createRenderRoot(): HTMLElement {
    return this; // styled by the editor's page stylesheet
  }

  /** The `<apt-faq>` inside. */
  get faq(): HTMLElementTagNameMap['apt-faq'] {
    return this.querySelector('apt-faq')!;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The buttons follow the content's language when the widget speaks it; the user may change that.
    if (changed.has('contentLang')) {
      const base = this.contentLang.trim().toLowerCase().split(/[-_]/)[0];
      if (WIDGET_LANGUAGES.includes(base)) this.options = { ...this.options, lang: base };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The page is published as previewed: the editor hands these settings to the export.
    if (changed.has('options')) {
      const { search, expandAll, exclusive } = this.options;
      this.dispatchEvent(new CustomEvent('preview-options', { detail: { search, expandAll, exclusive }, bubbles: true }));
    }
  }

  protected override render() {
    const s = editorStrings(this.uiLang);
    const o = this.options;
    const toggle = (name: 'search' | 'expandAll' | 'exclusive' | 'dark', label: string) =>
      html`<label class="switch"
        ><input
          type="checkbox"
          class="preview-${name}"
          .checked=${o[name]}
          @change=${(event: Event) => (this.options = { ...this.options, [name]: (event.target as HTMLInputElement).checked })}
        />
        ${label}</label
      >`;
    return html`<section class="preview-column" aria-labelledby="faq-preview-title">
      <h2 id="faq-preview-title">${s.previewHeading}</h2>
      <div class="preview-controls">
        ${toggle('search', s.previewSearch)} ${toggle('expandAll', s.previewExpandAll)} ${toggle('exclusive', s.previewExclusive)}
        ${toggle('dark', s.previewDark)}
        <label
          >${s.previewLanguage}
          <select class="preview-lang" @change=${(event: Event) => (this.options = { ...this.options, lang: (event.target as HTMLSelectElement).value })}>
            ${WIDGET_LANGUAGES.map(
              (code) => html`<option value=${code} lang=${code} ?selected=${o.lang === code}>${LANGUAGE_NAMES[code] ?? code}</option>`,
            )}
          </select>
        </label>
      </div>
      <div class="preview-page ${o.dark ? 'dark' : ''}" lang=${this.contentLang || 'en'}>
        <apt-faq
          .items=${this.items}
          lang=${o.lang}
          ?search=${o.search}
          ?expand-all=${o.expandAll}
          ?exclusive=${o.exclusive}
          @apt-faq-open=${this.#opened}
        ></apt-faq>
      </div>
    </section>`;
  }

  /** A question the user opens in the preview is offered to the form to select. */
  #opened = (event: CustomEvent<FaqToggleDetail>): void => {
    if (event.detail.trigger !== 'user') return;
    this.dispatchEvent(new CustomEvent('preview-select', { detail: { id: event.detail.id }, bubbles: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq-preview': AptFaqPreview;
  }
}
