/**
 * Several languages in one FAQ document: `translations` maps a language tag to
 * `{ title?, items: [{ id, question?, answer? }] }`, matched to the main items by `id`.
 * The main `lang` and `items` give the order, the set of items and the fallback.
 *
 * Pure functions, no DOM: the element, `apt-faq check`, `apt-faq render --lang` and the
 * editor all read a multilingual document through them.
 */
import { isRecord, type FaqItem } from './faq-data.js';
import { canonicalLanguage } from './language-tag.js';
import { primaryLanguage } from './strings.js';
import type { FaqProblem } from './problems.js';

/** One language's texts, as read from the document: the usable fields of each item by id. */
export interface Translation {
  title?: string;
  items: Map<string, { question?: string; answer?: string }>;
}

/** An item in the shown language. A field still in the main language says which (`lang`). */
export interface LocalisedItem extends FaqItem {
  /** Set when the question is shown in the main language inside translated content. */
  questionLang?: string;
  /** Set when the answer is shown in the main language inside translated content. */
  answerLang?: string;
}

const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The language to show for a reader who wants `wanted`: the exact tag (any case), else a
 * language with the same primary subtag (`fr-CA` → `fr`, `fr` → `fr-CH` when that is all there
 * is), else `undefined`: the main language.
 * @example pickLanguage('fr-CA', ['fr', 'es']) // 'fr'
 */
export function pickLanguage(wanted: string | undefined, available: readonly string[]): string | undefined {
  if (!wanted) return undefined;
  const exact = available.find((tag) => tag.toLowerCase() === wanted.toLowerCase());
  if (exact) return exact;
  const exactPrimary = available.find((tag) => tag.toLowerCase() === primaryLanguage(wanted));
  return exactPrimary ?? available.find((tag) => primaryLanguage(tag) === primaryLanguage(wanted));
}

/**
 * The translation to show a reader who wants `wanted`, or `undefined` for the main language:
 * {@link pickLanguage} among the main language and the translations, the main language first
 * where both match as well (a reader of `en` gets the main `en`, not an `en-GB` translation).
 * @example translationFor('fr-CA', 'en', ['fr', 'es']) // 'fr'
 */
export function translationFor(wanted: string | undefined, mainLang: string, languages: readonly string[]): string | undefined {
  const tag = pickLanguage(wanted, [mainLang, ...languages]);
  return tag === mainLang ? undefined : tag;
}

/**
 * One language's usable texts, as the element reads them: the entries with an `id`, each with
 * its non-empty `question` and `answer`; anything else is left out (and named by
 * {@link readTranslations}, which also reads the `title` the element never shows). `undefined`
 * when `value` has no `items` array.
 */
export function readTranslation(value: unknown): Translation | undefined {
  if (!isRecord(value) || !Array.isArray(value.items)) return undefined;
  const items = new Map<string, { question?: string; answer?: string }>();
  for (const entry of value.items) {
    if (!isRecord(entry) || !nonEmpty(entry.id)) continue;
    const texts: { question?: string; answer?: string } = {};
    if (nonEmpty(entry.question)) texts.question = entry.question.trim();
    if (nonEmpty(entry.answer)) texts.answer = entry.answer;
    items.set(entry.id, texts);
  }
  return { items };
}

/** What {@link readTranslations} makes of a document's `translations`. */
export interface ReadTranslations {
  /** The usable translations by language tag (none when the document has none, or they are unusable). */
  translations: Map<string, Translation>;
  problems: FaqProblem[];
}

/**
 * Reads `translations` against the main items (already validated), and says what is wrong
 * with them: what `apt-faq check`, `apt-faq render` and the editor report. Problems:
 * `translations-invalid` (not an object, a language without an `items` array, a field that is
 * not a string: error, that language or field is ignored), `translation-needs-ids` (a main
 * item without an explicit `id`: its translations cannot be matched; error),
 * `translation-orphan` (a translated id that is not a main item; warning, ignored) and
 * `translation-missing` (per language and main item, the fields shown in the main language;
 * warning, detail `"question, answer"`) and `language-unknown` (a language written as
 * something other than its code, `French` or `es_ES`: no page's `lang` matches it, so the
 * translation is never shown; error, detail: the language as written).
 * @param rawItems the document's `items` as written (to tell an explicit id from a derived one)
 * @param mainLang the document's `lang`, required with translations; a translation into it is ignored
 */
export function readTranslations(raw: unknown, items: readonly FaqItem[], rawItems: readonly unknown[], mainLang?: string): ReadTranslations {
  const translations = new Map<string, Translation>();
  const problems: FaqProblem[] = [];
  if (raw === undefined) return { translations, problems };
  if (!isRecord(raw)) {
    problems.push({ code: 'translations-invalid', severity: 'error', field: 'translations' });
    return { translations, problems };
  }
  // The fallback must say its language, or a screen reader would read it in the translation's voice.
  if (!mainLang) problems.push({ code: 'translations-invalid', severity: 'error', field: 'lang' });
  rawItems.forEach((entry, index) => {
    if (!isRecord(entry) || !nonEmpty(entry.id)) problems.push({ code: 'translation-needs-ids', severity: 'error', item: index + 1, field: 'id' });
  });
  const numberOf = new Map(rawItems.map((entry, index) => [isRecord(entry) ? entry.id : undefined, index + 1]));
  for (const [lang, value] of Object.entries(raw)) {
    const translation = readTranslation(value);
    if (!lang || (mainLang && lang.toLowerCase() === mainLang.toLowerCase()) || !translation) {
      problems.push({ code: 'translations-invalid', severity: 'error', field: 'translations', lang, detail: translation ? 'lang' : 'items' });
      continue;
    }
    if (!canonicalLanguage(lang)) {
      problems.push({ code: 'language-unknown', severity: 'error', lang, detail: lang });
      continue;
    }
    (value as { items: unknown[] }).items.forEach((entry, index) => {
      const id = isRecord(entry) && nonEmpty(entry.id) ? entry.id : undefined;
      if (!isRecord(entry) || id === undefined) {
        problems.push({ code: 'translations-invalid', severity: 'error', field: 'id', lang, detail: `items[${index}]` });
      } else if (!items.some((item) => item.id === id)) {
        problems.push({ code: 'translation-orphan', severity: 'warning', field: 'id', lang, id, detail: `${index + 1}` });
        translation.items.delete(id);
      } else {
        for (const field of ['question', 'answer'] as const) {
          if (entry[field] !== undefined && !nonEmpty(entry[field])) problems.push({ code: 'translations-invalid', severity: 'error', field, lang, id, item: numberOf.get(id) });
        }
      }
    });
    const { title } = value as { title?: unknown };
    translations.set(lang, typeof title === 'string' ? { title, items: translation.items } : translation);
    items.forEach((item) => {
      const texts = translation.items.get(item.id);
      const missing = (['question', 'answer'] as const).filter((field) => !texts?.[field]);
      if (missing.length > 0) {
        problems.push({ code: 'translation-missing', severity: 'warning', lang, id: item.id, item: numberOf.get(item.id), detail: missing.join(', ') });
      }
    });
  }
  return { translations, problems };
}

/**
 * The main items in one translation: each question and answer translated where the
 * translation has it, else kept in the main language and marked with `mainLang`.
 * Without a translation the items are returned as they are.
 */
export function localiseItems(items: readonly FaqItem[], translation: Translation | undefined, mainLang: string): LocalisedItem[] {
  if (!translation) return [...items];
  return items.map((item) => {
    const texts = translation.items.get(item.id);
    const localised: LocalisedItem = { ...item, question: texts?.question ?? item.question, answer: texts?.answer ?? item.answer };
    if (!texts?.question) localised.questionLang = mainLang;
    if (!texts?.answer) localised.answerLang = mainLang;
    return localised;
  });
}

/**
 * A translator's report of the `translation-missing` problems, one line per language, each
 * item by id and number (from 1, in the main items):
 * `fr: 2 of 6 items untranslated: funding (item 1: question, answer), partners (item 4: answer)`.
 */
export function untranslatedReport(problems: readonly FaqProblem[], itemCount: number): string[] {
  const byLang = new Map<string, FaqProblem[]>();
  for (const problem of problems) {
    if (problem.code === 'translation-missing' && problem.lang) byLang.set(problem.lang, [...(byLang.get(problem.lang) ?? []), problem]);
  }
  return [...byLang].map(([lang, missing]) => {
    const list = missing.map((problem) => `${problem.id} (item ${problem.item}: ${problem.detail})`).join(', ');
    return `${lang}: ${missing.length} of ${itemCount} ${itemCount === 1 ? 'item' : 'items'} untranslated: ${list}`;
  });
}
