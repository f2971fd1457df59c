/**
 * Validation of a draft with the widget's own validator (`normaliseDocument`, also used by
 * `apt-faq check`) and the answer rules' dry run, its problems tied back to the item a user can
 * fix. The problems are the shared `FaqProblem`s (`src/problems.ts`); the editor words them in
 * its own language (strings.ts, keyed by code).
 */
import { normaliseDocument, type FaqItem } from '../faq-data.js';
import type { FaqProblem } from '../problems.js';
import { answerDrops, answerDropProblems, type AnswerDrops } from '../sanitize.js';
import { readTranslations, type Translation } from '../translations.js';
import { draftMainLanguage, draftToJson, type Draft } from './model.js';

/** One problem of the draft: a shared problem, with the editor's key of the item at fault. */
export interface DraftProblem extends FaqProblem {
  /** Key of the item at fault (its `item` counts from 1 in the list); undefined for the document's own fields. */
  key?: number;
}

/** What the widget makes of a draft: the items it would show and every problem, in document order. */
export interface DraftValidation {
  items: FaqItem[];
  problems: DraftProblem[];
  /** The usable translations, by language tag, as the widget reads them (for the preview and the HTML). */
  translations: Map<string, Translation>;
}

/** The dry run of each answer seen last time: a keystroke changes one answer, not all. */
let dryRuns = new Map<string, AnswerDrops>();

/** The answer rules' dry run of every answer, reusing the runs of unchanged answers. */
function dropsOf(items: readonly { answer: string }[]): FaqProblem[] {
  const previous = dryRuns;
  dryRuns = new Map();
  return answerDropProblems(items, document, (answer) => {
    const drops = dryRuns.get(answer) ?? previous.get(answer) ?? answerDrops(answer);
    dryRuns.set(answer, drops);
    return drops;
  });
}

/**
 * Validates the exported document of a draft exactly as the widget and `apt-faq check` would,
 * and dry-runs its answers. The translations' problems come after the main ones, as `check`
 * lists them, each with its item's number and language.
 */
export function validateDraft(draft: Draft): DraftValidation {
  const json = draftToJson(draft);
  const { items, problems } = normaliseDocument(json);
  const all = [...problems, ...dropsOf(json.items)].sort((a, b) => (a.item ?? 0) - (b.item ?? 0));
  const translated = readTranslations(json.translations, items, json.items, json.lang);
  // A main language typed that is no language code is left out of the file: said first.
  const typed = draft.lang.trim();
  const langProblems: FaqProblem[] = typed && !draftMainLanguage(draft) ? [{ code: 'lang-invalid', severity: 'warning', field: 'lang', detail: typed }] : [];
  return {
    items,
    problems: [...langProblems, ...all, ...translated.problems].map((problem) => (problem.item ? { ...problem, key: draft.items[problem.item - 1]?.key } : problem)),
    translations: translated.translations,
  };
}
