/**
 * `<apt-faq-export>`: what the user takes away to publish — the HTML to paste into a page (or
 * a CMS's HTML block), copied or downloaded, and the JSON file (download or copy) with the
 * snippet that shows it. Both load `apt-faq.js` from beside the page: no CDN before a release.
 */
import { LitElement, html, nothing } from 'lit';
import { draftLanguage, type Draft } from './model.js';
import { RELEASE_ZIP, type PublishOptions, copyText, download, embedSnippet, fileName, htmlFileName, htmlPage, jsonText, publishHtml } from './export.js';
import { editorStrings, languageLabel, type EditorStrings } from './strings.js';

type Target = 'json' | 'embed' | 'markup';

/** What left the editor: the JSON file, or the HTML. */
export interface ExportedDetail {
  kind: 'json' | 'html';
}

/**
 * The export panel of the editor.
 * @fires exported - `CustomEvent<ExportedDetail>` after the JSON or the HTML was downloaded or copied.
 * @fires announce - `CustomEvent<string>`: a message for the editor's polite live region.
 */
export class AptFaqExport extends LitElement {
  static override properties = {
    draft: { attribute: false },
    options: { attribute: false },
    skipped: { type: Number },
    uiLang: { attribute: 'ui-lang' },
    status: { state: true },
    htmlLang: { state: true },
  };

  declare draft: Draft;
  /** The preview's settings (search, expand all, one at a time), published with the FAQ. */
  declare options: PublishOptions | undefined;
  /** How many questions the widget would leave out (they have problems). */
  declare skipped: number;
  declare uiLang: string;
  private declare status: { target: Target; ok: boolean } | undefined;
  /** The translation the HTML is in; undefined: the main language (HTML holds one language). */
  private declare htmlLang: string | undefined;

  constructor() {
    super();
    this.skipped = 0;
    this.uiLang = 'en';
  }

  protected override createRenderRoot(): HTMLElement {
    return this; // styled by the editor's page stylesheet
  }

  protected override render() {
    const s = editorStrings(this.uiLang);
    const json = jsonText(this.draft);
    const embed = embedSnippet(this.draft, this.options);
    const markup = publishHtml(this.draft, this.options, this.#htmlLang);
    return html`<section class="export" aria-labelledby="faq-export-title">
      <h2 id="faq-export-title">${s.exportHeading}</h2>
      ${this.skipped ? html`<p class="warning">${s.exportSkipped(this.skipped)}</p>` : nothing}
      <h3>${s.publishHtmlHeading}</h3>
      ${this.draft.translations?.length ? this.#htmlLanguage(s) : nothing}
      ${this.#snippet('markup', s.htmlLabel, markup, 8, s.scriptFrom(RELEASE_ZIP), html`
        <button type="button" class="download-html" @click=${this.#downloadHtml}>${s.downloadHtml}</button>`)}
      <p class="hint wordpress">${s.wordpressHint(RELEASE_ZIP)}</p>
      <h3>${s.publishJsonHeading}</h3>
      <div class="export-actions">
        <button type="button" class="download" @click=${() => this.#download(json)}>${s.download}</button>
        <button type="button" class="copy-json" @click=${() => this.#copy('json', json)}>${s.copyJson}</button>
        ${this.#status('json')}
      </div>
      ${this.#snippet('embed', s.embedLabel, embed, 2, s.jsonNeedsServer)}
    </section>`;
  }

  #exported(kind: ExportedDetail['kind']): void {
    this.dispatchEvent(new CustomEvent<ExportedDetail>('exported', { detail: { kind }, bubbles: true }));
  }

  #download(json: string): void {
    download(json, fileName(this.draft));
    this.#exported('json');
  }

  /** The HTML's language, while the draft still has it. */
  get #htmlLang(): string | undefined {
    return draftLanguage(this.draft, this.htmlLang)?.lang;
  }

  /** Which language the HTML is in: one per page, the JSON file holds them all. */
  #htmlLanguage(s: EditorStrings) {
    const label = (tag: string) => languageLabel(tag, this.uiLang);
    const main = this.draft.lang.trim();
    return html`<div class="field">
      <label for="faq-html-lang">${s.htmlLanguageLabel}</label>
      <select
        id="faq-html-lang"
        class="html-lang"
        aria-describedby="faq-html-lang-hint"
        @change=${(event: Event) => (this.htmlLang = (event.target as HTMLSelectElement).value || undefined)}
      >
        <option value="" ?selected=${!this.#htmlLang}>${main ? s.mainLanguage(label(main)) : s.mainLanguageUnnamed}</option>
        ${this.draft.translations!.map(({ lang }) => html`<option value=${lang} ?selected=${this.#htmlLang === lang}>${label(lang)}</option>`)}
      </select>
      <p class="hint" id="faq-html-lang-hint">${s.htmlOneLanguage}</p>
    </div>`;
  }

  #downloadHtml = (): void => {
    download(htmlPage(this.draft, this.options, this.#htmlLang), htmlFileName(this.draft, this.#htmlLang), 'text/html');
    this.#exported('html');
  };

  /** Whether the last copy of `target` worked, beside its button. */
  #status(target: Target) {
    const s = editorStrings(this.uiLang);
    return this.status?.target === target ? html`<span class="copy-status">${this.status.ok ? s.copied : s.copyFailed}</span>` : nothing;
  }

  /** A read-only snippet to copy (`target`: its class and id), its hint, its Copy button and any more. */
  #snippet(target: 'markup' | 'embed', label: string, text: string, rows: number, hint: string, more: unknown = nothing) {
    return html`<div class="field">
      <label for="faq-${target}">${label}</label>
      <textarea id="faq-${target}" class="snippet ${target}" readonly rows=${rows} spellcheck="false" aria-describedby="faq-${target}-hint" .value=${text}></textarea>
      <p class="hint" id="faq-${target}-hint">${hint}</p>
      <button type="button" class="copy-${target}" @click=${() => this.#copy(target, text)}>${editorStrings(this.uiLang).copy}</button>
      ${more} ${this.#status(target)}
    </div>`;
  }

  async #copy(target: Target, text: string): Promise<void> {
    const s = editorStrings(this.uiLang);
    const ok = await copyText(text);
    if (ok && target === 'json') this.#exported('json');
    if (ok && target === 'markup') this.#exported('html');
    this.status = { target, ok };
    this.dispatchEvent(new CustomEvent('announce', { detail: ok ? s.copied : s.copyFailed, bubbles: true }));
    // Refused: select the snippet so that the user can copy it by hand.
    if (!ok && target !== 'json') this.querySelector<HTMLTextAreaElement>(`.${target}`)?.select();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq-export': AptFaqExport;
  }
}
