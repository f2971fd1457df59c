/**
 * Validation of a draft with the widget's own validator (`normaliseDocument`, also used by
 * `check-data`), its problems tied back to the item and field a user can fix.
 */
import { normaliseDocument, type FaqItem } from '../faq-data.js';
import { draftToJson, type Draft } from './model.js';

/** The fields a problem can point at. */
export type ProblemField = 'lang' | 'title' | 'question' | 'id' | 'answer' | 'open';

/** What kind of problem, so the interface can say it in its own language. */
export type ProblemKind = 'empty' | 'invalid' | 'duplicate';

/** One problem of the draft. */
export interface DraftProblem {
  /** Key of the item at fault; undefined for the document's own fields. */
  key?: number;
  /** Position of the item (0-based), as the validator names it. */
  index?: number;
  field: ProblemField;
  kind: ProblemKind;
  /** The validator's own words, e.g. `items[2].id duplicates the id "funding"`. */
  detail: string;
}

const PATH = /^items\[(\d+)\](?:\.(\w+))?$/;

/** What the widget makes of a draft: the items it would show and every problem, in document order. */
export interface DraftValidation {
  items: FaqItem[];
  problems: DraftProblem[];
}

/** Validates the exported document of a draft exactly as the widget would. */
export function validateDraft(draft: Draft): DraftValidation {
  const { items, problems } = normaliseDocument(draftToJson(draft));
  return { items, problems: problems.map(({ path, message }) => {
    const detail = `${path} ${message}`;
    const match = PATH.exec(path);
    const field = (match ? match[2] ?? 'question' : path) as ProblemField;
    // The only ways a draft can fail: an empty question, an id with spaces or "#", a taken id.
    const kind: ProblemKind = message.startsWith('duplicates') ? 'duplicate' : field === 'question' ? 'empty' : 'invalid';
    if (!match) return { field, kind, detail };
    const index = Number(match[1]);
    return { key: draft.items[index]?.key, index, field, kind, detail };
  }) };
}
