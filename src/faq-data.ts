/**
 * The FAQ's data model: validation, normalisation and ids. Pure functions, no DOM,
 * so they can be shared by the element, the `check-data` command and the tests.
 */

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

/** A problem found in the input, with the JSON path of the offending value. */
export interface FaqProblem {
  path: string;
  message: string;
  /** The item is shown all the same, changed as the message says (cut to a limit). */
  kept?: boolean;
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
  /** One entry per item left out, naming it by index (and id when it has one). */
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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems of one raw item, empty when it is valid. Duplicate ids are checked by the caller. */
function itemProblems(raw: unknown, path: string): FaqProblem[] {
  if (!isRecord(raw)) return [{ path, message: 'must be an object' }];
  const problems: FaqProblem[] = [];
  if (typeof raw.question !== 'string' || raw.question.trim() === '') {
    problems.push({ path: `${path}.question`, message: 'must be a non-empty string' });
  }
  if (typeof raw.answer !== 'string') {
    problems.push({ path: `${path}.answer`, message: 'must be a string' });
  }
  if (raw.id !== undefined && (typeof raw.id !== 'string' || !ID_PATTERN.test(raw.id))) {
    problems.push({ path: `${path}.id`, message: 'must be a non-empty string without spaces or "#"' });
  }
  if (raw.open !== undefined && typeof raw.open !== 'boolean') {
    problems.push({ path: `${path}.open`, message: 'must be true or false' });
  }
  return problems;
}

/**
 * Validates items and gives each a unique id. Invalid items are left out and reported;
 * the others keep their order. Explicit ids are reserved first, so a derived id never
 * takes an id the author chose, and editing one question does not move another's anchor.
 * `limited` applies {@link LIMITS} (data from `items` and `src`; the page's own hand-written
 * items are not held to them).
 */
export function normaliseItems(raw: readonly unknown[], limited = true): NormalisedItems {
  const problems: FaqProblem[] = [];
  const valid: { raw: FaqItemInput; index: number }[] = [];
  const taken = new Set<string>();

  if (limited && raw.length > LIMITS.items) {
    problems.push({ path: 'items', message: `has ${raw.length} items: the ${raw.length - LIMITS.items} after the first ${LIMITS.items} were left out` });
  }
  raw.slice(0, limited ? LIMITS.items : undefined).forEach((entry, index) => {
    const path = `items[${index}]`;
    const found = itemProblems(entry, path);
    const input = entry as FaqItemInput;
    if (found.length === 0 && input.id !== undefined) {
      if (taken.has(input.id)) found.push({ path: `${path}.id`, message: `duplicates the id "${input.id}"` });
      else taken.add(input.id);
    }
    if (found.length > 0) problems.push(...found);
    else valid.push({ raw: input, index });
  });

  // Over-long text is cut rather than the item dropped: the reader still gets the start.
  const cut = (text: string, field: 'question' | 'answer', index: number): string => {
    if (!limited || text.length <= LIMITS[field]) return text;
    problems.push({ path: `items[${index}].${field}`, message: `is longer than ${LIMITS[field]} characters: cut there`, kept: true });
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
    return { id, question: cut(input.question.trim(), 'question', index), answer: cut(input.answer, 'answer', index), open: input.open === true };
  });
  return { items, problems };
}

/** What {@link normaliseDocument} returns: the usable items, the problems, and the document's metadata. */
export interface NormalisedDocument extends NormalisedItems {
  lang?: string;
  title?: string;
}

/**
 * Validates a whole JSON document (already parsed). Throws a `TypeError` when the
 * document itself is unusable; invalid items and metadata are only reported.
 */
export function normaliseDocument(raw: unknown): NormalisedDocument {
  if (!isRecord(raw)) throw new TypeError('The document must be a JSON object.');
  if (!Array.isArray(raw.items)) throw new TypeError('The document must have an "items" array.');
  const result = normaliseItems(raw.items);
  const metaProblems: FaqProblem[] = [];
  if (raw.lang !== undefined && (typeof raw.lang !== 'string' || raw.lang === '')) {
    metaProblems.push({ path: 'lang', message: 'must be a non-empty string (a language tag such as "fr")' });
  }
  if (raw.title !== undefined && typeof raw.title !== 'string') {
    metaProblems.push({ path: 'title', message: 'must be a string' });
  }
  return {
    items: result.items,
    problems: [...metaProblems, ...result.problems],
    lang: typeof raw.lang === 'string' && raw.lang ? raw.lang : undefined,
    title: typeof raw.title === 'string' ? raw.title : undefined,
  };
}

/**
 * One console line per item left out (an item with several problems is named once),
 * and one per problem of the document's own fields.
 */
export function describeProblems(problems: readonly FaqProblem[], raw: readonly unknown[]): string[] {
  const byItem = new Map<string, FaqProblem[]>();
  for (const problem of problems) {
    const key = /^items\[\d+\]/.exec(problem.path)?.[0] ?? problem.path;
    byItem.set(key, [...(byItem.get(key) ?? []), problem]);
  }
  return [...byItem].map(([key, found]) => {
    const reasons = found.map((problem) => `${problem.path} ${problem.message}`).join('; ');
    const index = /^items\[(\d+)\]$/.exec(key)?.[1];
    if (index === undefined) return `<apt-faq>: ${key === 'items' ? '' : 'ignored '}${reasons}.`;
    const entry = raw[Number(index)];
    const id = isRecord(entry) && typeof entry.id === 'string' ? ` (id "${entry.id}")` : '';
    return `<apt-faq>: item ${index}${id} ${found.every((problem) => problem.kept) ? 'is shown cut' : 'was skipped'}: ${reasons}.`;
  });
}
