/**
 * The editor's document model: a draft of an FAQ document that can hold what a user is
 * halfway through typing (an empty question, a duplicate id), and the pure operations on it.
 * No DOM: the form, the preview and the tests all go through these functions.
 */
import { FaqDocumentError, normaliseDocument, slugify, type FaqDocument, type FaqItemInput } from '../faq-data.js';
import type { FaqProblem } from '../problems.js';
import { canonicalLanguage, suggestedCode } from '../language-tag.js';

/** One question being edited. */
export interface DraftItem {
  /** Stable identity inside the editor (ids change as the user types; keys never do). */
  key: number;
  id: string;
  /** False while the id follows the question; true once it is fixed (typed by the user, opened from a file, or exported). */
  idEdited: boolean;
  /**
   * True once the anchor has left the editor (it was in an opened file, or the FAQ was
   * exported): links to it may exist, so the editor asks before changing it.
   */
  shared: boolean;
  question: string;
  /** Restricted HTML, already cleaned to SPEC's allowlist by the answer field. */
  answer: string;
  open: boolean;
  /** The item's texts in each translation, by language tag (absent or empty: not translated yet). */
  translated?: Readonly<Record<string, TranslatedText>>;
}

/** One item's texts in one translation; an empty field is shown in the main language. */
export interface TranslatedText {
  question: string;
  answer: string;
}

/** A translation of the document: its language, its title, and what the editor cannot place. */
export interface DraftLanguage {
  /** BCP 47 tag, as written in the document (`fr`, `pt-BR`). */
  lang: string;
  title: string;
  /**
   * Translated entries whose id is no main item's (`translation-orphan`), kept as they were
   * so that opening and saving a file never loses text someone wrote.
   */
  orphans: unknown[];
}

/** The whole document being edited. */
export interface Draft {
  lang: string;
  title: string;
  items: DraftItem[];
  /** The translations, in the document's order (new ones last); absent or empty: one language. */
  translations?: DraftLanguage[];
}

/** A document's `translations` as SPEC writes them. */
export type TranslationsJson = Record<string, { title?: string; items: { id: string; question?: string; answer?: string }[] }>;

/** The JSON document the editor writes: SPEC's format, with its translations. */
export type DraftDocument = FaqDocument & { translations?: TranslationsJson };

/** What opening a JSON document gives: the draft, and what was wrong with the file as it was. */
export interface OpenedDraft {
  draft: Draft;
  /** The problems of the file as it was (the shared problems, items counted from 1), for the editor to word. */
  fileProblems: FaqProblem[];
}

let lastKey = 0;
/** A key no other item of this page has. */
export const newKey = (): number => ++lastKey;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The id an item gets from its question: the widget's own slug, made unique against the
 * other items' ids (`-2`, `-3`… as the widget does for items without an id). A question with
 * nothing to make a slug of (still empty) gets `fallback`, a word in the editor's language.
 */
export function derivedId(question: string, items: readonly DraftItem[], key: number, fallback = 'question'): string {
  const taken = new Set(items.filter((item) => item.key !== key).map((item) => item.id));
  const base = /[a-z0-9]/i.test(question.normalize('NFKD')) ? slugify(question) : fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** An empty document in a language (the editor passes its interface's: `fr`, `es` or `en`). */
export function emptyDraft(lang = 'en'): Draft {
  return { lang, title: '', items: [] };
}

/**
 * Turns any parsed JSON into a draft. Nothing is refused: a wrong value becomes an empty
 * field the user can see and fix, and the file's problems are reported as the validator found them.
 */
export function draftFromJson(raw: unknown): OpenedDraft {
  let fileProblems: FaqProblem[];
  try {
    fileProblems = normaliseDocument(raw).problems;
  } catch (error) {
    if (!(error instanceof FaqDocumentError)) throw error;
    fileProblems = [error.problem];
  }
  const doc = isRecord(raw) ? raw : {};
  const rawItems: unknown[] = Array.isArray(doc.items) ? doc.items : [];
  const items: DraftItem[] = [];
  for (const entry of rawItems) {
    const input = isRecord(entry) ? entry : {};
    const question = typeof input.question === 'string' ? input.question : '';
    const key = newKey();
    const hasId = typeof input.id === 'string' && input.id !== '';
    // A file's anchors may already be linked to (the widget derives the same id when it has
    // none): every one stays as it is when its question is reworded.
    const id = hasId ? (input.id as string) : derivedId(question, items, key);
    items.push({
      key,
      id,
      idEdited: true,
      shared: true,
      question,
      answer: typeof input.answer === 'string' ? input.answer : '',
      open: input.open === true,
    });
  }
  const draft: Draft = {
    lang: typeof doc.lang === 'string' ? doc.lang : '',
    title: typeof doc.title === 'string' ? doc.title : '',
    items,
  };
  const translations = translationsFromJson(doc.translations, items, draft.lang, fileProblems);
  if (translations.length > 0) draft.translations = translations;
  return { draft, fileProblems };
}

/**
 * Reads `translations` into the draft: each language in the file's order, each text onto the
 * main item with its id (the first, when ids repeat). Whatever cannot be placed is kept
 * (`orphans`) to be written back; what is not text is left for the problems list to name.
 * A language written by hand as its name or with an underscore (`French`, `es_ES`) is read as
 * its code (`fr`, `es-ES`), the only form a page's `lang` matches, unless another language of
 * the file already has that code; each one read so is added to `fileProblems`
 * (`language-unknown`, `lang` the code, `detail` as written). One the editor cannot read
 * stays as written, and the problems list says no page will show it.
 */
function translationsFromJson(raw: unknown, items: DraftItem[], mainLang: string, fileProblems: FaqProblem[]): DraftLanguage[] {
  if (!isRecord(raw)) return [];
  const languages: DraftLanguage[] = [];
  const taken = new Set([mainLang, ...Object.keys(raw)].map((tag) => (canonicalLanguage(tag) ?? tag).toLowerCase()));
  for (const [written, value] of Object.entries(raw)) {
    const canonical = canonicalLanguage(written);
    let lang = canonical ?? written;
    const code = canonical ? undefined : suggestedCode(written, 'en')?.code;
    if (code && !taken.has(code.toLowerCase())) {
      lang = code;
      taken.add(code.toLowerCase());
      fileProblems.push({ code: 'language-unknown', severity: 'warning', field: 'translations', lang, detail: written });
    }
    const translation = isRecord(value) ? value : {};
    const language: DraftLanguage = { lang, title: typeof translation.title === 'string' ? translation.title : '', orphans: [] };
    for (const entry of Array.isArray(translation.items) ? (translation.items as unknown[]) : []) {
      const fields = isRecord(entry) ? entry : {};
      const item = items.find((candidate) => candidate.id === fields.id);
      if (!item || item.translated?.[lang]) {
        language.orphans.push(entry);
        continue;
      }
      const text = (field: string) => (typeof fields[field] === 'string' ? fields[field] : '');
      item.translated = { ...item.translated, [lang]: { question: text('question'), answer: text('answer') } };
    }
    languages.push(language);
  }
  return languages;
}

/**
 * The JSON document of a draft, in the format of `apt-faq.schema.json`: every item keeps its
 * id (anchors stay put when a question is reworded), `open` only when true, empty `title` left
 * out, `lang` in its canonical form and only when it is the code of a known language.
 */
export function draftToJson(draft: Draft): DraftDocument {
  const doc: DraftDocument = { items: [] };
  // A main language that is no language code (`français`) is left out: the widget would take
  // it for one. The editor lists it as a problem until it is fixed.
  const lang = canonicalLanguage(draft.lang);
  if (lang) doc.lang = lang;
  if (draft.title.trim()) doc.title = draft.title.trim();
  doc.items = draft.items.map(({ id, question, answer, open }) => {
    const item: FaqItemInput = { id, question, answer };
    if (open) item.open = true;
    return item;
  });
  if (draft.translations?.length) doc.translations = translationsToJson(draft);
  return doc;
}


/**
 * The draft's translations as JSON: languages in the draft's order, items in the main order
 * with their ids, only the fields that hold text (an empty one is shown in the main
 * language), then the entries kept from the file that match no item.
 */
function translationsToJson(draft: Draft): TranslationsJson {
  const json: TranslationsJson = {};
  for (const { lang, title, orphans } of draft.translations ?? []) {
    const items = draft.items.flatMap(({ id, translated }) => {
      const text = translated?.[lang];
      const entry: { id: string; question?: string; answer?: string } = { id };
      if (text?.question.trim()) entry.question = text.question;
      if (text?.answer.trim()) entry.answer = text.answer;
      return entry.question !== undefined || entry.answer !== undefined ? [entry] : [];
    });
    json[lang] = title.trim() ? { title: title.trim(), items: [...items, ...(orphans as typeof items)] } : { items: [...items, ...(orphans as typeof items)] };
  }
  return json;
}

/** The draft's main language as written to the file (canonical), or undefined when it is no language code. */
export const draftMainLanguage = (draft: Draft): string | undefined => canonicalLanguage(draft.lang);

/** The translation of the draft into `lang`, if there is one. */
export const draftLanguage = (draft: Draft, lang: string | undefined): DraftLanguage | undefined =>
  lang === undefined ? undefined : draft.translations?.find((language) => language.lang === lang);

/**
 * Why `tag` cannot become a new translation, or undefined when it can: `empty`, `invalid`
 * (not a BCP 47 tag of a language the browser knows: see {@link canonicalLanguage}), `main`
 * (the document's own language) or `exists` (any case).
 */
export function newLanguageProblem(draft: Draft, tag: string): 'empty' | 'invalid' | 'main' | 'exists' | undefined {
  if (!tag.trim()) return 'empty';
  const wanted = canonicalLanguage(tag);
  if (!wanted) return 'invalid';
  const same = (other: string) => (canonicalLanguage(other) ?? other.trim()).toLowerCase() === wanted.toLowerCase();
  if (same(draft.lang)) return 'main';
  if (draft.translations?.some((language) => same(language.lang))) return 'exists';
  return undefined;
}

/** The draft with a new, empty translation into `lang` (last in the list). */
export function addLanguage(draft: Draft, lang: string): Draft {
  const tag = canonicalLanguage(lang) ?? lang.trim();
  return { ...draft, translations: [...(draft.translations ?? []), { lang: tag, title: '', orphans: [] }] };
}

/** The draft without the translation into `lang`, and without any of its texts. */
export function removeLanguage(draft: Draft, lang: string): Draft {
  const items = draft.items.map((item) => {
    if (!item.translated || !(lang in item.translated)) return item;
    return { ...item, translated: Object.fromEntries(Object.entries(item.translated).filter(([other]) => other !== lang)) };
  });
  return { ...draft, items, translations: (draft.translations ?? []).filter((language) => language.lang !== lang) };
}

/** How many texts (questions, answers, the title) the translation into `lang` holds: what removing it would lose. */
export function translatedTextCount(draft: Draft, lang: string): number {
  const title = draftLanguage(draft, lang)?.title.trim() ? 1 : 0;
  return draft.items.reduce((count, { translated }) => {
    const text = translated?.[lang];
    return count + (text?.question.trim() ? 1 : 0) + (text?.answer.trim() ? 1 : 0);
  }, title + (draftLanguage(draft, lang)?.orphans.length ?? 0));
}

/** The draft with one item's text in the translation into `lang` changed. */
export function updateTranslation(draft: Draft, key: number, lang: string, change: Partial<TranslatedText>): Draft {
  const items = draft.items.map((item) => {
    if (item.key !== key) return item;
    const text = { question: '', answer: '', ...item.translated?.[lang], ...change };
    return { ...item, translated: { ...item.translated, [lang]: text } };
  });
  return { ...draft, items };
}

/** The draft with the title of the translation into `lang` changed. */
export function updateLanguageTitle(draft: Draft, lang: string, title: string): Draft {
  return { ...draft, translations: (draft.translations ?? []).map((language) => (language.lang === lang ? { ...language, title } : language)) };
}

/**
 * The draft with one item's fields changed; the id follows the question until it is fixed.
 * `fallback` names a question that is still empty (see {@link derivedId}).
 */
export function updateItem(draft: Draft, key: number, change: Partial<Omit<DraftItem, 'key'>>, fallback?: string): Draft {
  const items = draft.items.map((item) => {
    if (item.key !== key) return item;
    const next = { ...item, ...change };
    if (change.id !== undefined) next.idEdited = change.idEdited ?? change.id !== derivedId(next.question, draft.items, key, fallback);
    if (!next.idEdited) next.id = derivedId(next.question, draft.items, key, fallback);
    return next;
  });
  return { ...draft, items };
}

/** The draft with a new empty item at `index` (default: at the end), its anchor `fallback` until a question is typed. */
export function addItem(draft: Draft, index = draft.items.length, fallback?: string): { draft: Draft; key: number } {
  const key = newKey();
  const item: DraftItem = { key, id: derivedId('', draft.items, key, fallback), idEdited: false, shared: false, question: '', answer: '', open: false };
  const items = [...draft.items];
  items.splice(index, 0, item);
  return { draft: { ...draft, items }, key };
}

/** The draft with a copy of an item just after it (its id made unique, no translations). */
export function duplicateItem(draft: Draft, key: number): { draft: Draft; key: number } {
  const index = draft.items.findIndex((item) => item.key === key);
  const copyKey = newKey();
  const source = draft.items[index];
  const base = source.idEdited ? source.id : slugify(source.question);
  const taken = new Set(draft.items.map((item) => item.id));
  let id = `${base}-2`;
  for (let n = 3; taken.has(id); n++) id = `${base}-${n}`;
  const items = [...draft.items];
  // The copy starts untranslated: it is to become another question, and a translation of the
  // first one would be shown for it without a word.
  items.splice(index + 1, 0, { ...source, key: copyKey, id, idEdited: true, shared: false, translated: undefined });
  return { draft: { ...draft, items }, key: copyKey };
}

/** The draft once exported: every anchor is now fixed and may be linked to. */
export function markShared(draft: Draft): Draft {
  if (draft.items.every((item) => item.shared)) return draft;
  return { ...draft, items: draft.items.map((item) => ({ ...item, idEdited: true, shared: true })) };
}

/** The draft without an item. */
export function removeItem(draft: Draft, key: number): Draft {
  return { ...draft, items: draft.items.filter((item) => item.key !== key) };
}

/** The draft with an item moved by `offset` places (clamped to the list). */
export function moveItem(draft: Draft, key: number, offset: number): Draft {
  const from = draft.items.findIndex((item) => item.key === key);
  const to = Math.max(0, Math.min(draft.items.length - 1, from + offset));
  if (from < 0 || from === to) return draft;
  const items = [...draft.items];
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
  return { ...draft, items };
}
