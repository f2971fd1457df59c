/**
 * The "About this FAQ" section: the main language's code and title, or, in a translation's
 * view, the translation's title under the main one. A template function: the editor owns the
 * draft and takes each change.
 */
import { html } from 'lit';
import { fieldId } from './field-id.js';
import { updateLanguageTitle, type Draft } from './model.js';
import type { EditorStrings } from './strings.js';
import { translationTitle, type TranslationViewContext } from './translation-view.js';

/**
 * The section, for the main language (`translation` undefined) or a translation. `change` is
 * given how to change the draft, applied to the draft as it is then (typing may outrun drawing).
 */
export function documentSection(draft: Draft, s: EditorStrings, translation: TranslationViewContext | undefined, change: (update: (current: Draft) => Draft) => void) {
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  const fields = translation
    ? translationTitle(translation, draft.title, (title) => change((current) => updateLanguageTitle(current, translation.language.lang, title)))
    : html`<div class="field">
          <label for=${fieldId('lang')}>${s.langLabel}</label>
          <input
            id=${fieldId('lang')}
            class="doc-lang"
            .value=${draft.lang}
            size="8"
            spellcheck="false"
            aria-describedby="faq-lang-hint"
            @input=${(event: Event) => change((current) => ({ ...current, lang: value(event) }))}
          />
          <p class="hint" id="faq-lang-hint">${s.langHint}</p>
        </div>
        <div class="field">
          <label for=${fieldId('title')}>${s.titleLabel}</label>
          <input id=${fieldId('title')} class="doc-title" .value=${draft.title} @input=${(event: Event) => change((current) => ({ ...current, title: value(event) }))} />
        </div>`;
  return html`<section class="document" aria-labelledby="faq-document-title">
    <h2 id="faq-document-title">${s.documentHeading}</h2>
    ${fields}
  </section>`;
}
