/**
 * The one list of problems a FAQ document can have, as data.
 *
 * The validator (`faq-data.ts`), the answer rules' dry run (`sanitize.ts`), the JSON syntax
 * scanner (`json-syntax.ts`) and the translations check each make `FaqProblem`s; the
 * element's console, `apt-faq check`, `apt-faq render` and the editor only format them, each
 * in its own language. Nobody matches message text: callers switch on `code`.
 *
 * Pure types, no DOM.
 */

/**
 * What is wrong, in a word a program can switch on. Grouped by what it is about:
 * - the document: `json-syntax`, `document-not-object`, `items-missing`, `too-many-items`,
 *   `lang-invalid`, `title-invalid`;
 * - one item: `item-not-object`, `question-empty`, `question-too-long`, `answer-missing`,
 *   `answer-empty`, `answer-too-long`, `id-invalid`, `id-duplicate`, `open-invalid`;
 * - what the answer rules will drop from an answer: `answer-drops-element`,
 *   `answer-drops-attribute`, `answer-drops-link`;
 * - translations (several languages in one document): `translations-invalid`,
 *   `translation-needs-ids`, `translation-orphan`, `translation-missing`;
 * - a language written as something other than its code (`French`, `es_ES`), found by the
 *   tools only: `language-unknown`;
 * - hand-written items: `children-none-valid` (children present, none is an item: what a CMS
 *   leaves after rewriting the markup).
 */
export type ProblemCode =
  | 'json-syntax'
  | 'document-not-object'
  | 'items-missing'
  | 'too-many-items'
  | 'lang-invalid'
  | 'title-invalid'
  | 'item-not-object'
  | 'question-empty'
  | 'question-too-long'
  | 'answer-missing'
  | 'answer-empty'
  | 'answer-too-long'
  | 'id-invalid'
  | 'id-duplicate'
  | 'open-invalid'
  | 'answer-drops-element'
  | 'answer-drops-attribute'
  | 'answer-drops-link'
  | 'translations-invalid'
  | 'translation-needs-ids'
  | 'translation-orphan'
  | 'translation-missing'
  | 'language-unknown'
  | 'children-none-valid';

/**
 * - `error`: the document or the item is not shown (`apt-faq check` exits non-zero);
 * - `warning`: shown, but not as written (cut to a limit, markup dropped, shown untranslated).
 */
export type ProblemSeverity = 'error' | 'warning';

/** The field of an item (or of the document) a problem is about. */
export type ProblemField = 'question' | 'answer' | 'id' | 'open' | 'lang' | 'title' | 'items' | 'translations';

/** One problem of a FAQ document or of one of its items. */
export interface FaqProblem {
  code: ProblemCode;
  severity: ProblemSeverity;
  /** The item's number, counted from 1 as people count (absent for the document's own problems). */
  item?: number;
  /** The item's id, where it has a usable one. */
  id?: string;
  field?: ProblemField;
  /** The translation's language tag, for translation problems. */
  lang?: string;
  /**
   * The value that makes the message precise, never a sentence: the duplicated id, the limit
   * (`"500"`), the dropped element names (`"img, script"`), attribute names, or link schemes,
   * what the JSON scanner expected; absent when the code says it all.
   */
  detail?: string;
  /** For `json-syntax`: 1-based line and column of the first error. */
  line?: number;
  column?: number;
}

/** True when at least one problem stops the document or an item from being shown. */
export const hasErrors = (problems: readonly FaqProblem[]): boolean => problems.some((problem) => problem.severity === 'error');

/** The codes only the answer rules' dry run makes (never the element: see `answerDropProblems` in sanitize.ts). */
export type DropCode = 'answer-drops-element' | 'answer-drops-attribute' | 'answer-drops-link';

/**
 * A problem in a word or two, for the element's console: its code and its detail (for bad JSON
 * the engine's own words, which name the line and column in Chromium and Firefox). Codes,
 * not sentences: every byte of the element ships to partner sites, and docs/problems.md says
 * what each code means and what to do; `apt-faq check` and the editor write sentences.
 */
export function describeProblem({ code, detail }: FaqProblem): string {
  return `${code}${detail ? ` (${detail})` : ''}`;
}

/** `item 3 (id "funding")`, or `item 3` when the item has no usable id. */
export const itemName = (problem: FaqProblem): string => `item ${problem.item}${problem.id ? ` (id "${problem.id}")` : ''}`;

/**
 * The element's console lines: one per item (an item with several problems is named once,
 * counted from 1: "skipped" when it has an error, "shown" with warnings only), one per problem
 * of the document itself. (The element makes no translation problems: `apt-faq check` reports those.)
 * @example describeProblems([{ code: 'answer-empty', severity: 'error', item: 2, field: 'answer' }])
 * // ['<apt-faq>: item 2 skipped: answer-empty.']
 */
export function describeProblems(problems: readonly FaqProblem[]): string[] {
  const lines = new Map<unknown, FaqProblem[]>();
  for (const problem of problems) lines.set(problem.item ?? problem, [...(lines.get(problem.item ?? problem) ?? []), problem]);
  return [...lines.values()].map((found) => {
    const [first] = found;
    const where = first.item ? `${itemName(first)}${hasErrors(found) ? ' skipped' : ' shown'}: ` : '';
    return `<apt-faq>: ${where}${found.map(describeProblem).join(', ')}.`;
  });
}
