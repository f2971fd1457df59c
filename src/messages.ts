import { html, nothing, type TemplateResult } from 'lit';
import type { FaqStrings } from './strings.js';
import type { LoadFailure } from './load-document.js';

/** Why no content could be shown: a failed load, or hand-written children none of which is an item. */
export type FaqFailure = LoadFailure | 'children';

/** The sentence that tells the reader why the questions could not be loaded. */
export function failureMessage(strings: FaqStrings, failure: FaqFailure, status = 0): string {
  if (failure === 'status') return strings.errorStatus(status);
  if (failure === 'children') return strings.errorChildren;
  return failure === 'network' ? strings.errorNetwork : failure === 'timeout' ? strings.errorTimeout : strings.errorInvalid;
}

/** "Loading the questions…", while a `src` document loads. */
export const renderLoading = (strings: FaqStrings, lang: string): TemplateResult =>
  html`<p part="status" class="status" role="status" lang=${lang}>${strings.loading}</p>`;

/** The last load's failure, with a button that tries again; nothing when there is none. */
export const renderFailure = (message: string | undefined, strings: FaqStrings, lang: string, retry: () => void): TemplateResult | typeof nothing =>
  message
    ? html`<div part="error" class="error" role="alert" lang=${lang}>
        <p>${message}</p>
        <button class="retry" @click=${retry}>${strings.retry}</button>
      </div>`
    : nothing;

/** The empty state of a search that matched nothing, with a button that clears it. */
export const renderNoResults = (query: string, strings: FaqStrings, lang: string, clear: () => void): TemplateResult =>
  html`<div class="empty" lang=${lang}>
    <p>${strings.noResults(query.trim())}</p>
    <button class="clear" @click=${clear}>${strings.clearSearch}</button>
  </div>`;
