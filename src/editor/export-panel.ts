/**
 * `<apt-faq-export>`: what the user takes away — the JSON file (download or copy) and the
 * snippets to paste into a page (`<apt-faq src>` or the hand-written HTML).
 */
import { LitElement, html, nothing } from 'lit';
import type { Draft } from './model.js';
import { copyText, download, embedSnippet, fileName, handWrittenHtml, jsonText } from './export.js';
import { editorStrings } from './strings.js';

type Target = 'json' | 'embed' | 'markup';

/**
 * The export panel of the editor.
 * @fires exported - after the JSON was downloaded or copied (the draft is then saved elsewhere).
 * @fires announce - `CustomEvent<string>`: a message for the editor's polite live region.
 */
export class AptFaqExport extends LitElement {
  static override properties = {
    draft: { attribute: false },
    skipped: { type: Number },
    uiLang: { attribute: 'ui-lang' },
    status: { state: true },
  };

  declare draft: Draft;
  /** How many questions the widget would leave out (they have problems). */
  declare skipped: number;
  declare uiLang: string;
  private declare status: { target: Target; ok: boolean } | undefined;

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
    const embed = embedSnippet(this.draft);
    const markup = handWrittenHtml(this.draft);
    const status = (target: Target) =>
      this.status?.target === target ? html`<span class="copy-status">${this.status.ok ? s.copied : s.copyFailed}</span>` : nothing;
    return html`<section class="export" aria-labelledby="faq-export-title">
      <h2 id="faq-export-title">${s.exportHeading}</h2>
      ${this.skipped ? html`<p class="warning">${s.exportSkipped(this.skipped)}</p>` : nothing}
      <div class="export-actions">
        <button type="button" class="download" @click=${() => this.#download(json)}>${s.download}</button>
        <button type="button" class="copy-json" @click=${() => this.#copy('json', json)}>${s.copyJson}</button>
        ${status('json')}
      </div>
      <div class="field">
        <label for="faq-embed">${s.embedLabel}</label>
        <textarea id="faq-embed" class="snippet embed" readonly rows="3" spellcheck="false" .value=${embed}></textarea>
        <button type="button" class="copy-embed" @click=${() => this.#copy('embed', embed)}>${s.copy}</button>
        ${status('embed')}
      </div>
      <div class="field">
        <label for="faq-markup">${s.htmlLabel}</label>
        <textarea id="faq-markup" class="snippet markup" readonly rows="8" spellcheck="false" .value=${markup}></textarea>
        <button type="button" class="copy-markup" @click=${() => this.#copy('markup', markup)}>${s.copy}</button>
        ${status('markup')}
      </div>
    </section>`;
  }

  #download(json: string): void {
    download(json, fileName(this.draft));
    this.dispatchEvent(new Event('exported', { bubbles: true }));
  }

  async #copy(target: Target, text: string): Promise<void> {
    const s = editorStrings(this.uiLang);
    const ok = await copyText(text);
    if (ok && target === 'json') this.dispatchEvent(new Event('exported', { bubbles: true }));
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
