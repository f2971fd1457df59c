import { html, nothing, type TemplateResult } from 'lit';
import type { FaqStrings } from './strings.js';
import type { LoadFailure } from './load-document.js';

/** Why no content could be shown: a failed load, or hand-written children none of which is an item. */
export type FaqFailure = LoadFailure | 'children';

/** The sentence that tells the reader why the questions could not be loaded. */
export function failureMessage(strings: FaqStrings, failure: FaqFailure, status = 0): string {
  if (failure === 'status') return strings.errorStatus(status);
  if (failure === 'file') return strings.errorFile;
  if (failure === 'children') return strings.errorChildren;
  return failure === 'network' ? strings.errorNetwork : failure === 'timeout' ? strings.errorTimeout : strings.errorInvalid;
}

/** "Loading the questions…", while a `src` document loads. */
export const renderLoading = (strings: FaqStrings, lang: string): TemplateResult =>
  html`<p part="status" class="status" role="status" lang=${lang}>${strings.loading}</p>`;

/**
 * The last failure, worded in the UI language, with a button that tries again; nothing when
 * there is none. No button where trying again cannot help: a file on disk (the browser refuses
 * it every time) and hand-written items none of which could be read (the page must change).
 */
export const renderFailure = (failure: [FaqFailure, number | undefined] | undefined, strings: FaqStrings, lang: string, retry: () => void): TemplateResult | typeof nothing =>
  failure
    ? html`<div part="error" class="error" role="alert" lang=${lang}>
        <p>${failureMessage(strings, ...failure)}</p>
        ${failure[0] === 'file' || failure[0] === 'children' ? nothing : html`<button class="retry" @click=${retry}>${strings.retry}</button>`}
      </div>`
    : nothing;

/** The empty state of a search that matched nothing, with a button that clears it. */
export const renderNoResults = (query: string, strings: FaqStrings, lang: string, clear: () => void): TemplateResult =>
  html`<div class="empty" lang=${lang}>
    <p>${strings.noResults(query.trim())}</p>
    <button class="clear" @click=${clear}>${strings.clearSearch}</button>
  </div>`;
