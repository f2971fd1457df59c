/// <reference types="node" />
/**
 * A FAQ file read the way the terminal tools (`apt-faq check`, `apt-faq render`) read it: parsed
 * (bad JSON named by line and column), validated as `<apt-faq>` will validate it, and its answers
 * put through the answer rules' dry run, all as one list of problems; and that list written in
 * English for a terminal, one line per problem naming the item (counted from 1), its id and the
 * field. Node only (the dry run runs on linkedom's DOM); never part of the element's bundle.
 */
import { FaqDocumentError, normaliseDocument, type NormalisedDocument } from './faq-data.js';
import { jsonSyntaxProblem } from './json-syntax.js';
import { canonicalLanguage, suggestedCode } from './language-tag.js';
import { itemName, type FaqProblem, type ProblemCode } from './problems.js';
import { answerDropProblems } from './sanitize.js';
import { readTranslations, type Translation } from './translations.js';

/** What a FAQ file holds, and everything wrong with it. */
export interface CheckedDocument {
  /** The validated document; absent when the file is not a usable FAQ document at all. */
  document?: NormalisedDocument;
  /** The raw `items` of the document (empty when there is none). */
  raw: unknown[];
  /** Every problem, items in order, the document's own first. */
  problems: FaqProblem[];
  /** The text of the offending line, for a `json-syntax` problem. */
  sourceLine?: string;
  /** The document's usable translations, by language tag (none for a one-language document). */
  translations: Map<string, Translation>;
}

let dom: Document | undefined;

/** A DOM for the answer rules outside a browser (linkedom), made once. */
export async function nodeDocument(): Promise<Document> {
  if (dom) return dom;
  const { parseHTML } = await import('linkedom');
  const window = parseHTML('<!doctype html><html><body></body></html>');
  // The sanitizer compares node types with the DOM's own constants.
  (globalThis as { Node?: unknown }).Node ??= window.Node;
  dom = window.document;
  return dom;
}

/** Reads `text` as a FAQ document; never throws for what the text holds. */
export async function checkText(text: string): Promise<CheckedDocument> {
  // A byte-order mark is not JSON, but browsers drop it before `response.json()` parses.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const problem = jsonSyntaxProblem(text);
    return { raw: [], problems: [problem], sourceLine: problem.line ? text.split('\n')[problem.line - 1] : undefined, translations: new Map() };
  }
  let document: NormalisedDocument;
  try {
    document = normaliseDocument(json);
  } catch (error) {
    if (!(error instanceof FaqDocumentError)) throw error;
    return { raw: [], problems: [error.problem], translations: new Map() };
  }
  const raw = (json as { items: unknown[] }).items;
  const drops = answerDropProblems(raw, await nodeDocument());
  const translated = readTranslations((json as { translations?: unknown }).translations, document.items, raw, document.lang);
  // Stable sort: the document's own problems first, then item by item, the validator's before the
  // dry run's; the translations' problems after the main items', language by language.
  // The element takes any text as `lang`; a name or `es_ES` is no language to a screen reader.
  const { lang } = json as { lang?: unknown };
  const unknownLang: FaqProblem[] = typeof lang === 'string' && lang && !canonicalLanguage(lang) ? [{ code: 'language-unknown', severity: 'warning', field: 'lang', detail: lang }] : [];
  const problems = [...document.problems, ...unknownLang, ...drops].sort((a, b) => (a.item ?? 0) - (b.item ?? 0));
  return { document, raw, problems: [...problems, ...translated.problems], translations: translated.translations };
}

/** What each code means, in English; `%` stands for the problem's `detail`. See docs/problems.md. */
const PROBLEM_TEXT: Readonly<Record<ProblemCode, string>> = {
  'json-syntax': 'not valid JSON',
  'document-not-object': 'the document is not a JSON object',
  'items-missing': 'the document has no "items" array',
  'too-many-items': 'more than % items: the ones after are left out',
  'lang-invalid': '"lang" is not a language tag: ignored',
  'title-invalid': '"title" is not text: ignored',
  'item-not-object': 'not an object with a question and an answer',
  'question-empty': 'the question is empty or missing',
  'question-too-long': 'the question is longer than % characters: cut there',
  'answer-missing': 'the answer is missing or not text',
  'answer-empty': 'the answer is empty: the page would show nothing under the question',
  'answer-too-long': 'the answer is longer than % characters: cut there',
  'id-invalid': 'the id is empty or has spaces or "#"',
  'id-duplicate': 'the id "%" is already used by an earlier item',
  'open-invalid': '"open" is not true or false',
  'answer-drops-element': 'the page will show the answer without these elements (their text stays; scripts, styles and frames go whole): %',
  'answer-drops-attribute': 'the page will drop these attributes from the answer: %',
  'answer-drops-link': 'the page will drop the address of the links of these kinds: %',
  'translations-invalid': 'not a usable translation (an object of languages, each with an "items" array of { id, question?, answer? } texts, in a document with a "lang"): ignored',
  'translation-needs-ids': 'translations need every item to have an id',
  'translation-orphan': 'the translation\'s item % is not in the main items',
  'translation-missing': 'not translated: % shown in the main language',
  'children-none-valid': 'none of the <apt-faq-item> children is a valid item',
  'language-unknown': '"%" is not a language code',
};

/** The code to write instead of a language's name (`French` → `fr`, `es_ES` → `es-ES`), and what goes wrong meanwhile. */
function languageHint({ lang, detail }: FaqProblem): string {
  const code = suggestedCode(detail ?? '', 'en')?.code;
  const write = code ? `write "${code}"` : 'write a code such as "en", "fr" or "es-MX"';
  return lang ? ` (${write}): no page's language matches it, so this translation is never shown` : ` (${write}): screen readers cannot tell which language the questions are in`;
}

/** What a problem says in English (`not valid JSON at line 3, column 49: expected a value, found "}"`). */
export function problemText(problem: FaqProblem): string {
  const { code, detail, line, column } = problem;
  if (line) return `${PROBLEM_TEXT[code]} at line ${line}, column ${column}${detail ? `: ${detail}` : ''}`;
  const text = PROBLEM_TEXT[code].replace('%', detail ?? '');
  return code === 'language-unknown' ? text + languageHint(problem) : text;
}

/**
 * One line for a terminal: severity, where (item counted from 1, id, field; or the document's
 * field), what.
 * @example problemLine({ code: 'answer-empty', severity: 'error', item: 2, id: 'funding', field: 'answer' })
 * // 'error    item 2 (id "funding"), answer: the answer is empty'
 */
export function problemLine(problem: FaqProblem): string {
  const item = problem.item ? itemName(problem) : problem.id && `id "${problem.id}"`;
  const where = [problem.lang && `translation "${problem.lang}"`, item, problem.field].filter(Boolean).join(', ');
  return `${problem.severity.padEnd(8)} ${where || 'document'}: ${problemText(problem)}`;
}

/** `1 error, 2 warnings` */
export function problemCount(problems: readonly FaqProblem[]): string {
  const count = (severity: string, word: string) => {
    const n = problems.filter((problem) => problem.severity === severity).length;
    return n ? [`${n} ${word}${n === 1 ? '' : 's'}`] : [];
  };
  return [...count('error', 'error'), ...count('warning', 'warning')].join(', ');
}
