import { html, nothing, type TemplateResult } from 'lit';
import type { FaqStrings } from './strings.js';
import type { FaqSearch } from './controllers/search.js';

/** What the toolbar shows and what its controls do. */
export interface ToolbarOptions {
  strings: FaqStrings;
  /** Language of the strings. */
  lang: string;
  /** The FAQ's search, when the `search` field is shown. */
  search: FaqSearch | undefined;
  /** How many items the FAQ has. */
  total: number;
  /** Show the "Expand all / Collapse all" toggle. */
  expandAll: boolean;
  /** Every visible item is open. */
  allOpen: boolean;
  onExpandAll(open: boolean): void;
}

/** The bar above the questions: the search field and its count, and the expand-all toggle. */
export function renderToolbar(options: ToolbarOptions): TemplateResult | typeof nothing {
  const { strings, search, expandAll, allOpen } = options;
  if (!search && !expandAll) return nothing;
  return html`<div part="toolbar" class="toolbar" lang=${options.lang}>
    ${search
      ? html`<label class="search">
            <span class="search-label">${strings.searchLabel}</span>
            <input
              part="search"
              type="search"
              autocomplete="off"
              spellcheck="false"
              .value=${search.query}
              @input=${(event: Event) => search.input((event.target as HTMLInputElement).value)}
              @keydown=${(event: KeyboardEvent) => {
                if (event.key === 'Escape' && search.query) {
                  event.preventDefault();
                  search.clear();
                }
              }}
            />
          </label>
          ${search.visibleIds
            ? html`<p part="status" class="count">${strings.resultCount(search.visibleIds.size, options.total)}</p>`
            : nothing}`
      : nothing}
    ${expandAll
      ? html`<button
          part="expand-all"
          class="expand-all"
          aria-expanded=${allOpen}
          aria-controls="items"
          @click=${() => options.onExpandAll(!allOpen)}
        >
          ${allOpen ? strings.collapseAll : strings.expandAll}
        </button>`
      : nothing}
  </div>`;
}
