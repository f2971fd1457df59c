/**
 * The FAQ's data model: validation, normalisation and ids. Pure functions, no DOM,
 * so they can be shared by the element, the `check-data` command and the tests.
 */
import type { FaqProblem, ProblemCode, ProblemField } from './problems.js';

export { describeProblems } from './problems.js';
export type { FaqProblem } from './problems.js';

/** One question and answer as written in the JSON document or the `items` property. */
export interface FaqItemInput {
  /** Anchor of the item (without `anchor-prefix`); derived from the question when absent. */
  id?: string;
  /** Plain text; never parsed as HTML. */
  question: string;
  /** Restricted HTML, or plain text whose blank lines separate paragraphs. */
  answer: string;
  /** Open when the FAQ first shows. */
  open?: boolean;
}

/** The JSON document that `src` points to (see `apt-faq.schema.json`). */
export interface FaqDocument {
  /** Language of the content (BCP 47), set on the rendered items. */
  lang?: string;
  title?: string;
  items: FaqItemInput[];
}

/** An item after validation: every field present, the id unique within its FAQ. */
export interface FaqItem {
  id: string;
  question: string;
  answer: string;
  open: boolean;
}

/**
 * Limits on data from `items` and `src` (not on hand-written items, which are the page's
 * own). Beyond them a hostile or broken document could hold the page's main thread for
 * seconds; ordinary FAQs are far below them (a 1 MB document of ordinary answers loads).
 * Answers are also flattened below `depth` levels of nesting (see sanitize.ts).
 */
export const LIMITS = {
  /** Items shown; the ones after are left out. */
  items: 5000,
  /** Characters of a question; the rest is cut. */
  question: 500,
  /** Characters of an answer; the rest is cut. */
  answer: 20_000,
  /** Levels of elements in an answer; deeper elements keep only their text. */
  depth: 12,
} as const;

/** The outcome of {@link normaliseItems}. */
export interface NormalisedItems {
  items: FaqItem[];
  /**
   * Every problem found, in document order, items counted from 1: an item with an `error` was
   * left out, one with only `warning`s is shown changed (cut to a limit).
   */
  problems: FaqProblem[];
}

const ID_PATTERN = /^[^\s#]+$/;
const MAX_SLUG_LENGTH = 64;

/**
 * Turns a question into an anchor: lower-case ASCII, accents folded, words joined by
 * hyphens. Returns `question` when nothing usable is left (e.g. a question in Arabic).
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'question';
}

/** A JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An answer with no text at all, once its tags are set aside: the page would show an empty region. */
const isEmptyAnswer = (answer: string): boolean => !answer.replace(/<[^>]*>|&nbsp;|\s/g, '');

/**
 * Problems of one raw item (`item`: its 1-based number), empty when it is valid. Duplicate ids
 * are checked by the caller. `data`: the item comes from `items`/`src`, where an empty answer
 * is a problem (a hand-written item's answer is the page's own markup, not read here).
 */
function itemProblems(raw: unknown, item: number, data: boolean): FaqProblem[] {
  const problem = (code: ProblemCode, field?: ProblemField): FaqProblem => {
    const found: FaqProblem = { code, severity: 'error', item };
    if (field) found.field = field;
    if (isRecord(raw) && typeof raw.id === 'string' && ID_PATTERN.test(raw.id)) found.id = raw.id;
    return found;
  };
  if (!isRecord(raw)) return [problem('item-not-object')];
  const problems: FaqProblem[] = [];
  if (typeof raw.question !== 'string' || raw.question.trim() === '') problems.push(problem('question-empty', 'question'));
  if (typeof raw.answer !== 'string') problems.push(problem('answer-missing', 'answer'));
  else if (data && isEmptyAnswer(raw.answer)) problems.push(problem('answer-empty', 'answer'));
  if (raw.id !== undefined && (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id))) problems.push(problem('id-invalid', 'id'));
  if (raw.open !== undefined && typeof raw.open !== 'boolean') problems.push(problem('open-invalid', 'open'));
  return problems;
}

/**
 * Validates items and gives each a unique id. Invalid items are left out and reported;
 * the others keep their order. Explicit ids are reserved first, so a derived id never
 * takes an id the author chose, and editing one question does not move another's anchor.
 * `limited` means data from `items` and `src`: {@link LIMITS} apply and an empty answer is a
 * problem (the page's own hand-written items are held to neither).
 */
export function normaliseItems(raw: readonly unknown[], limited = true): NormalisedItems {
  const problems: FaqProblem[] = [];
  const valid: { raw: FaqItemInput; index: number }[] = [];
  const taken = new Set<string>();

  if (limited && raw.length > LIMITS.items) {
    problems.push({ code: 'too-many-items', severity: 'warning', field: 'items', detail: `${LIMITS.items}` });
  }
  raw.slice(0, limited ? LIMITS.items : undefined).forEach((entry, index) => {
    const found = itemProblems(entry, index + 1, limited);
    const input = entry as FaqItemInput;
    if (found.length === 0 && input.id !== undefined) {
      if (taken.has(input.id)) found.push({ code: 'id-duplicate', severity: 'error', item: index + 1, id: input.id, field: 'id', detail: input.id });
      else taken.add(input.id);
    }
    if (found.length > 0) problems.push(...found);
    else valid.push({ raw: input, index });
  });

  // Over-long text is cut rather than the item dropped: the reader still gets the start.
  const cut = (text: string, field: 'question' | 'answer', index: number, id: string): string => {
    if (!limited || text.length <= LIMITS[field]) return text;
    problems.push({ code: `${field}-too-long`, severity: 'warning', item: index + 1, id, field, detail: `${LIMITS[field]}` });
    return text.slice(0, LIMITS[field]);
  };
  const items = valid.map(({ raw: input, index }) => {
    let id = input.id;
    if (id === undefined) {
      const base = slugify(input.question);
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    return { id, question: cut(input.question.trim(), 'question', index, id), answer: cut(input.answer, 'answer', index, id), open: input.open === true };
  });
  // In document order, items by number: the cuts were found after the items' own problems.
  problems.sort((a, b) => (a.item ?? 0) - (b.item ?? 0));
  return { items, problems };
}

/** What {@link normaliseDocument} returns: the usable items, the problems, and the document's metadata. */
export interface NormalisedDocument extends NormalisedItems {
  lang?: string;
  title?: string;
}

/** Thrown by {@link normaliseDocument} when the document itself is unusable; `problem` says why. */
export class FaqDocumentError extends TypeError {
  constructor(readonly problem: FaqProblem) {
    super(problem.code);
  }
}

/**
 * Validates a whole JSON document (already parsed). Throws a {@link FaqDocumentError} when the
 * document itself is unusable (`document-not-object`, `items-missing`); invalid items and
 * metadata are only reported.
 */
export function normaliseDocument(raw: unknown): NormalisedDocument {
  if (!isRecord(raw)) throw new FaqDocumentError({ code: 'document-not-object', severity: 'error' });
  if (!Array.isArray(raw.items)) throw new FaqDocumentError({ code: 'items-missing', severity: 'error', field: 'items' });
  const result = normaliseItems(raw.items);
  const metaProblems: FaqProblem[] = [];
  if (raw.lang !== undefined && (typeof raw.lang !== 'string' || raw.lang === '')) {
    metaProblems.push({ code: 'lang-invalid', severity: 'warning', field: 'lang' });
  }
  if (raw.title !== undefined && typeof raw.title !== 'string') {
    metaProblems.push({ code: 'title-invalid', severity: 'warning', field: 'title' });
  }
  return {
    items: result.items,
    problems: [...metaProblems, ...result.problems],
    lang: typeof raw.lang === 'string' && raw.lang ? raw.lang : undefined,
    title: typeof raw.title === 'string' ? raw.title : undefined,
  };
}
