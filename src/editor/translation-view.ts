/**
 * The form in a translation view: for each item, the main language's question and answer shown
 * read-only above the translation's fields, and a visible marker on what is not translated yet.
 * Template functions, not elements: the editor owns the draft and passes the changes on.
 * Ids of the fields are the main view's (`fieldId`), so the problems' links reach them.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { sanitizeAnswer } from '../sanitize.js';
import type { AptFaqAnswerField } from './answer-field.js';
import { fieldId } from './field-id.js';
import { draftLanguage, type Draft, type DraftItem, type DraftLanguage, type TranslatedText } from './model.js';
import { editorStrings, languageLabel, type EditorStrings } from './strings.js';

/** What a translation view needs from the editor. */
export interface TranslationViewContext {
  /** The translation being edited. */
  language: DraftLanguage;
  /** Its label, "French (fr)"; and the main language's, "English (en)". */
  label: string;
  mainLabel: string;
  mainLang: string;
  uiLang: string;
  s: EditorStrings;
  /** The text of an item changed in this translation. */
  change(key: number, text: Partial<TranslatedText>): void;
}

/**
 * What the view of the translation into `lang` needs, or undefined for the main language (or a
 * language the draft no longer has). `change` is told each item's new text in that language.
 */
export function translationContext(
  draft: Draft,
  lang: string | undefined,
  uiLang: string,
  change: (key: number, lang: string, text: Partial<TranslatedText>) => void,
): TranslationViewContext | undefined {
  const language = draftLanguage(draft, lang);
  if (!language) return undefined;
  const s = editorStrings(uiLang);
  const mainLang = draft.lang.trim();
  return {
    language,
    label: languageLabel(language.lang, uiLang),
    mainLabel: mainLang ? languageLabel(mainLang, uiLang) : s.mainLanguageUnnamed,
    mainLang,
    uiLang,
    s,
    change: (key, text) => change(key, language.lang, text),
  };
}

/** The fields of an item not translated yet, in the editor's words ("question, answer"), or '' when all are. */
export function untranslatedFields(item: DraftItem, lang: string, s: EditorStrings): string {
  const text = item.translated?.[lang];
  return (['question', 'answer'] as const)
    .filter((field) => !text?.[field].trim())
    .map((field) => s.fieldNames[field])
    .join(', ');
}

/** The document's title in a translation: the main title shown above its field. */
export function translationTitle(context: TranslationViewContext, mainTitle: string, changeTitle: (title: string) => void) {
  const { language, label, mainLabel, mainLang, s } = context;
  return html`<div class="field">
    <label for=${fieldId('title')}>${s.translatedTitleLabel(label)}</label>
    ${mainTitle.trim() ? mainText(fieldId('title-main'), mainLabel, mainLang, mainTitle, s) : nothing}
    <input
      id=${fieldId('title')}
      class="doc-title translation-title"
      lang=${language.lang}
      .value=${language.title}
      aria-describedby=${mainTitle.trim() ? fieldId('title-main') : nothing}
      @input=${(event: Event) => changeTitle((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

/** The main language's text, read-only, labelled with its language. */
function mainText(id: string, mainLabel: string, mainLang: string, text: unknown, s: EditorStrings) {
  return html`<div class="main-text" id=${id}>
    <span class="main-text-label">${s.mainText(mainLabel)}</span>
    <div class="main-text-value" lang=${mainLang || nothing}>${text}</div>
  </div>`;
}

/** One item in the translation view (the inside of its list item). */
export function translationItem(item: DraftItem, index: number, context: TranslationViewContext) {
  const { language, label, mainLabel, mainLang, uiLang, s } = context;
  const lang = language.lang;
  const text = item.translated?.[lang] ?? { question: '', answer: '' };
  const headingId = fieldId('heading', item.key);
  const missing = untranslatedFields(item, lang, s);
  return html`<section aria-labelledby=${headingId}>
    <h3 id=${headingId}>${s.itemHeading(index + 1, text.question.trim() || item.question.trim() || s.untitled)}</h3>
    ${missing ? html`<p class="untranslated-marker">${s.untranslatedMarker(missing)}</p>` : nothing}
    <div class="field">
      <label for=${fieldId('question', item.key)}>${s.translatedQuestionLabel(label)}</label>
      ${mainText(fieldId('question-main', item.key), mainLabel, mainLang, item.question, s)}
      <input
        id=${fieldId('question', item.key)}
        class="question translation-question"
        lang=${lang}
        .value=${text.question}
        aria-describedby=${fieldId('question-main', item.key)}
        @input=${(event: Event) => context.change(item.key, { question: (event.target as HTMLInputElement).value })}
      />
    </div>
    <div class="field">
      <span class="label" id=${fieldId('answer-label', item.key)}>${s.translatedAnswerLabel(label)}</span>
      ${mainText(fieldId('answer-main', item.key), mainLabel, mainLang, guard([item.answer], () => sanitizeAnswer(item.answer)), s)}
      <apt-faq-answer-field
        class="translation-answer"
        .value=${text.answer}
        field-id=${fieldId('answer', item.key)}
        labelled-by=${fieldId('answer-label', item.key)}
        described-by=${fieldId('answer-main', item.key)}
        ui-lang=${uiLang}
        content-lang=${lang}
        @answer-change=${(event: Event) => context.change(item.key, { answer: (event.target as AptFaqAnswerField).value })}
      ></apt-faq-answer-field>
    </div>
  </section>`;
}
