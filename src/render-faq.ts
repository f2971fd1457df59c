/**
 * The whole of what `<apt-faq>` draws in its shadow root: the toolbar, the loading and
 * error messages, the items (each by {@link renderItem}), the empty state of a search, and
 * the live region.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FaqContent } from './controllers/content.js';
import type { FaqContext } from './faq-context.js';
import type { FaqSearch } from './controllers/search.js';
import type { OpenItems } from './controllers/open-items.js';
import type { DrawnItems } from './controllers/drawn-items.js';
import type { Announcer } from './controllers/announcer.js';
import { renderToolbar } from './toolbar.js';
import { renderFailure, renderLoading, renderNoResults, type FaqFailure } from './messages.js';
import { renderItem } from './render-item.js';
import { inheritedLang, textDirection } from './strings.js';

/** The FAQ's parts it draws from: its content and controllers. */
export interface FaqParts {
  /** The content (its entries, language, loading state); its `resolve()` retries a failed load. */
  content: FaqContent;
  search: FaqSearch;
  open: OpenItems;
  drawn: DrawnItems;
  announcer: Announcer;
  /** The FAQ's listener for every item's controls (`itemEvents` of render-item.ts). */
  events: EventListenerObject;
}

/** What changes from one render to the next, besides the parts' own state. */
export interface FaqDrawing {
  settings: FaqContext;
  /** Why the last load failed (and the server's status), worded in the UI language at each render. */
  failure: [FaqFailure, number | undefined] | undefined;
  /** The search field is shown (`search`). */
  searchField: boolean;
  /** The expand-all toggle is shown. */
  expandAll: boolean;
}

export function renderFaq(host: HTMLElement, parts: FaqParts, view: FaqDrawing): TemplateResult {
  const { content, search, drawn, events } = parts;
  const { settings } = view;
  const { entries, lang, loading } = content;
  const { strings, uiLang } = settings;
  const open = parts.open;
  const visibleIds = entries.map((entry) => entry.id).filter((id) => search.isVisible(id));
  return html`${renderToolbar({
      strings,
      lang: uiLang,
      search: view.searchField ? search : undefined,
      total: entries.length,
      expandAll: view.expandAll,
      allOpen: open.allOpen(visibleIds),
      onExpandAll: (all) => parts.open.change(visibleIds, all, 'all'),
    })}
    ${loading ? renderLoading(strings, uiLang) : nothing}
    ${renderFailure(view.failure, strings, uiLang, () => content.resolve())}
    <div
      class=${drawn.long ? 'items long' : 'items'}
      id="items"
      aria-busy=${loading}
      lang=${lang ?? inheritedLang(host) ?? nothing}
      dir=${lang ? textDirection(lang) : nothing}
    >
      ${drawn.groups(entries).map(
        (group) =>
          html`<div class="group">${group.map((entry) =>
            renderItem(entry, {
              open: open.isOpen(entry.id),
              hidden: !search.isVisible(entry.id),
              first: entry.id === visibleIds[0],
              reveal: drawn.reveals(entry.id),
              settings,
              events,
            }),
          )}</div>`,
      )}
    </div>
    ${search.visibleIds?.size === 0 ? renderNoResults(search.query, strings, uiLang, search.clear) : nothing}
    ${parts.announcer.render(uiLang)}`;
}
