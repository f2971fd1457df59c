/**
 * The "About this FAQ" section: the main language's code and title, or, in a translation's
 * view, the translation's title under the main one. A template function: the editor owns the
 * draft and takes each change.
 */
import { html, nothing } from 'lit';
import { fieldId } from './field-id.js';
import { canonicalLanguage } from '../language-tag.js';
import { notALanguageText } from './language-tag.js';
import { draftMainLanguage, updateLanguageTitle, type Draft } from './model.js';
import type { EditorStrings } from './strings.js';
import { translationTitle, type TranslationViewContext } from './translation-view.js';

/**
 * The section, for the main language (`translation` undefined) or a translation. `change` is
 * given how to change the draft, applied to the draft as it is then (typing may outrun drawing).
 * The language field takes a code of a known language: anything else is said under it (with the
 * code, when a language's name was typed) and left out of the file; a code is tidied on leaving
 * the field (`FR-ca` → `fr-CA`).
 */
export function documentSection(draft: Draft, s: EditorStrings, uiLang: string, translation: TranslationViewContext | undefined, change: (update: (current: Draft) => Draft) => void) {
  const value = (event: Event) => (event.target as HTMLInputElement).value;
  const typed = draft.lang.trim();
  const langError = typed && !draftMainLanguage(draft) ? `${notALanguageText(typed, s, uiLang)} ${s.langNotExported}` : '';
  const tidy = (current: Draft): Draft => {
    const tag = canonicalLanguage(current.lang);
    return tag && tag !== current.lang ? { ...current, lang: tag } : current;
  };
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
            aria-invalid=${langError ? 'true' : 'false'}
            aria-describedby="faq-lang-hint${langError ? ' faq-lang-error' : ''}"
            @input=${(event: Event) => change((current) => ({ ...current, lang: value(event) }))}
            @change=${() => change(tidy)}
          />
          <p class="hint" id="faq-lang-hint">${s.langHint}</p>
          ${langError ? html`<p class="field-error" id="faq-lang-error">${langError}</p>` : nothing}
        </div>
        <div class="field">
          <label for=${fieldId('title')}>${s.titleLabel}</label>
          <input
            id=${fieldId('title')}
            class="doc-title"
            .value=${draft.title}
            aria-describedby="faq-title-hint"
            @input=${(event: Event) => change((current) => ({ ...current, title: value(event) }))}
          />
          <p class="hint" id="faq-title-hint">${s.titleHint}</p>
        </div>`;
  return html`<section class="document" aria-labelledby="faq-document-title">
    <h2 id="faq-document-title">${s.documentHeading}</h2>
    ${fields}
  </section>`;
}
