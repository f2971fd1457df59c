/**
 * The editor's "Problems" section: every problem of the draft in the editor's language, each a
 * link to the field to fix (in the language view that holds it). Template functions: the editor
 * owns the draft and the view, and does the switching and the focusing.
 */
import { html, nothing } from 'lit';
import type { FaqProblem } from '../problems.js';
import { fieldId } from './field-id.js';
import { languageLabel, type EditorStrings } from './strings.js';
import type { DraftProblem } from './validate.js';

/**
 * A problem in the editor's language, items counted from 1 like the list: "Question 3: the
 * answer is empty.", "Question 3, French (fr): not translated (answer): …".
 */
export function problemText(problem: FaqProblem, s: EditorStrings, uiLang: string): string {
  const text = s.problemText[problem.code](problem);
  if (problem.lang) return `${s.problemIn(languageLabel(problem.lang, uiLang), problem.item)}${text}`;
  return problem.item === undefined ? text : `${s.problemAt(problem.item)}${text}`;
}

/**
 * The field a problem's link goes to: its own, else the question's (an item), else the
 * document's language (the main view) or title (a translation's view).
 */
export function problemTarget(problem: DraftProblem): string {
  if (problem.key !== undefined) return fieldId(problem.field ?? 'question', problem.key);
  if (problem.lang) return fieldId('title'); // a translation's own problem: its view's first field
  return fieldId(problem.field && problem.field !== 'translations' ? problem.field : 'lang');
}

/** The "Problems" section; `follow` is called with the problem whose link was followed. */
export function problemsList(problems: readonly DraftProblem[], s: EditorStrings, uiLang: string, follow: (problem: DraftProblem) => void) {
  return html`<section class="problems" id="faq-problems" tabindex="-1" aria-labelledby="faq-problems-title">
    <h2 id="faq-problems-title">${s.problemsHeading} <span class="count">(${s.problemCount(problems.length)})</span></h2>
    ${problems.length
      ? html`<ul>
          ${problems.map(
            (problem) => html`<li>
              <a
                href="#${problemTarget(problem)}"
                class="problem-link"
                @click=${(event: Event) => {
                  event.preventDefault(); // a fragment link alone would only scroll to the field
                  follow(problem);
                }}
                >${problemText(problem, s, uiLang)}</a
              >
            </li>`,
          )}
        </ul>`
      : nothing}
  </section>`;
}
