/**
 * `<apt-faq-language-bar>`: the languages of the FAQ being edited — the main language and each
 * translation — as buttons that choose the one to edit; "Add a language" (a tag, checked) and
 * "Remove" (asks first when text would be lost); and, per translation, what is left to translate.
 * It only asks: the editor changes the draft (with undo) and says what happened.
 */
import { LitElement, html, nothing } from 'lit';
import type { FaqProblem } from '../problems.js';
import { canonicalLanguage } from '../language-tag.js';
import { notALanguageText } from './language-tag.js';
import { newLanguageProblem, translatedTextCount, type Draft } from './model.js';
import { editorStrings, languageLabel, type EditorStrings } from './strings.js';

/** What the bar asks of the editor: `lang` undefined is the main language. */
export interface LanguageRequest {
  lang: string | undefined;
}

/**
 * The language bar of the editor.
 * @fires language-select - `CustomEvent<LanguageRequest>`: edit this language.
 * @fires language-add - `CustomEvent<LanguageRequest>`: add a translation into this (checked) tag.
 * @fires language-remove - `CustomEvent<LanguageRequest>`: remove this translation (the user said yes, or it held no text).
 */
export class AptFaqLanguageBar extends LitElement {
  static override properties = {
    draft: { attribute: false },
    current: { attribute: false },
    problems: { attribute: false },
    uiLang: { attribute: 'ui-lang' },
    adding: { state: true },
    addError: { state: true },
    removing: { state: true },
  };

  declare draft: Draft;
  /** The language being edited; undefined: the main one. */
  declare current: string | undefined;
  /** The draft's problems (the `translation-missing` ones make the summary). */
  declare problems: readonly FaqProblem[];
  declare uiLang: string;
  private declare adding: boolean;
  private declare addError: string;
  /** The translation whose removal waits for the user's answer. */
  private declare removing: string | undefined;

  constructor() {
    super();
    this.problems = [];
    this.uiLang = 'en';
    this.adding = false;
    this.addError = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this; // styled by the editor's page stylesheet
  }

  /** Focuses the button of a language (undefined: the main one) once drawn. */
  async focusLanguage(lang: string | undefined): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(`.language[data-lang="${CSS.escape(lang ?? '')}"]`)?.focus();
  }

  protected override render() {
    const s = editorStrings(this.uiLang);
    const label = (tag: string) => languageLabel(tag, this.uiLang);
    const main = this.draft.lang.trim();
    const languages = this.draft.translations ?? [];
    return html`<section class="languages" aria-labelledby="faq-languages-title">
      <h2 id="faq-languages-title">${s.languagesHeading}</h2>
      <p class="hint">${s.languagesIntro}</p>
      <ul class="language-list">
        <li>${this.#languageButton(undefined, main ? s.mainLanguage(label(main)) : s.mainLanguageUnnamed)}</li>
        ${languages.map(
          ({ lang }) => html`<li>
            ${this.#languageButton(lang, label(lang))}
            <button type="button" class="remove-language" data-lang=${lang} @click=${() => this.#askRemove(lang)}>${s.removeLanguage(label(lang))}</button>
          </li>`,
        )}
      </ul>
      ${this.removing !== undefined ? this.#removeQuestion(this.removing, s) : nothing}
      ${this.adding ? this.#addForm(s) : html`<button type="button" class="add-language" @click=${this.#startAdding}>${s.addLanguage}</button>`}
      ${languages.length ? html`<ul class="translation-summary">${languages.map(({ lang }) => html`<li>${this.#summary(lang, s)}</li>`)}</ul>` : nothing}
    </section>`;
  }

  #languageButton(lang: string | undefined, text: string) {
    return html`<button
      type="button"
      class="language"
      data-lang=${lang ?? ''}
      aria-pressed=${this.current === lang ? 'true' : 'false'}
      @click=${() => this.#request('language-select', lang)}
    >${text}</button>`;
  }

  /** "French (fr): 2 of 6 items untranslated: funding (question, answer), partners (answer)", in the editor's language. */
  #summary(lang: string, s: EditorStrings): string {
    // The code alone says little to a newcomer. The line starts with the name: a capital, as
    // WebKit writes it and Chromium does not ("francés" / "Francés").
    const named = languageLabel(lang, this.uiLang);
    const label = named.charAt(0).toLocaleUpperCase(this.uiLang) + named.slice(1);
    const missing = this.problems.filter((problem) => problem.code === 'translation-missing' && problem.lang === lang);
    if (missing.length === 0) return s.allTranslated(label);
    const fields = (detail = '') => detail.split(', ').map((field) => s.fieldNames[field as 'question' | 'answer'] ?? field).join(', ');
    const list = missing.map((problem) => `${problem.id} (${fields(problem.detail)})`).join(', ');
    return s.untranslatedSummary(label, missing.length, this.draft.items.length, list);
  }

  #request(type: string, lang: string | undefined): void {
    this.dispatchEvent(new CustomEvent<LanguageRequest>(type, { detail: { lang }, bubbles: true }));
  }

  #startAdding = async (): Promise<void> => {
    this.adding = true;
    this.addError = '';
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('.new-language')?.focus();
  };

  #stopAdding = async (): Promise<void> => {
    this.adding = false;
    this.addError = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>('.add-language')?.focus();
  };

  #addForm(s: EditorStrings) {
    return html`<form class="add-language-form" @submit=${this.#submitLanguage}>
      <div class="field">
        <label for="faq-new-language">${s.newLanguageLabel}</label>
        <input
          id="faq-new-language"
          class="new-language"
          size="10"
          spellcheck="false"
          autocapitalize="off"
          autocomplete="off"
          aria-invalid=${this.addError ? 'true' : 'false'}
          aria-describedby="faq-new-language-hint${this.addError ? ' faq-new-language-error' : ''}"
          @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && void this.#stopAdding()}
        />
        <p class="hint" id="faq-new-language-hint">${s.newLanguageHint}</p>
        ${this.addError ? html`<p class="field-error" id="faq-new-language-error">${this.addError}</p>` : nothing}
      </div>
      <button type="submit" class="add-language-confirm">${s.addLanguageConfirm}</button>
      <button type="button" class="add-language-cancel" @click=${this.#stopAdding}>${s.addLanguageCancel}</button>
    </form>`;
  }

  #submitLanguage = (event: Event): void => {
    event.preventDefault();
    const s = editorStrings(this.uiLang);
    const input = this.querySelector<HTMLInputElement>('.new-language')!;
    const tag = input.value.trim();
    const problem = newLanguageProblem(this.draft, tag);
    if (problem) {
      const label = languageLabel(canonicalLanguage(tag) ?? tag, this.uiLang);
      this.addError = { empty: s.languageEmpty, invalid: notALanguageText(tag, s, this.uiLang), main: s.languageIsMain(label), exists: s.languageExists(label) }[problem];
      input.focus();
      return;
    }
    this.adding = false;
    this.addError = '';
    this.#request('language-add', canonicalLanguage(tag)); // `FR-ca` is added as `fr-CA`
  };

  /** Removes at once a translation with no text; else asks, the answer "Keep it" focused. */
  async #askRemove(lang: string): Promise<void> {
    if (translatedTextCount(this.draft, lang) === 0) {
      this.#request('language-remove', lang);
      return;
    }
    this.removing = lang;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.remove-language-no')?.focus();
  }

  #removeQuestion(lang: string, s: EditorStrings) {
    const answer = async (yes: boolean) => {
      this.removing = undefined;
      if (yes) return this.#request('language-remove', lang);
      await this.updateComplete;
      this.querySelector<HTMLElement>(`.remove-language[data-lang="${CSS.escape(lang)}"]`)?.focus();
    };
    return html`<div class="remove-language-question" role="group" aria-labelledby="faq-remove-language-text">
      <p id="faq-remove-language-text">${s.removeLanguageConfirm(languageLabel(lang, this.uiLang), translatedTextCount(this.draft, lang))}</p>
      <button type="button" class="remove-language-yes" @click=${() => answer(true)}>${s.removeLanguageYes}</button>
      <button type="button" class="remove-language-no" @click=${() => answer(false)}>${s.removeLanguageNo}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'apt-faq-language-bar': AptFaqLanguageBar;
  }
}
