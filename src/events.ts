/** What made an answer open or close. */
export type FaqTrigger =
  /** A click, Enter or Space on the question. */
  | 'user'
  /** The URL hash named the item. */
  | 'link'
  /** The browser revealed the answer (find in page, a text-fragment link). */
  | 'find'
  /** The "Expand all / Collapse all" toggle. */
  | 'all'
  /** A method call: `show()`, `hide()`, `toggle()`, `showAll()`, `hideAll()`. */
  | 'api'
  /** Closed because another item opened under `exclusive`. */
  | 'exclusive';

/** Detail of `apt-faq-open` and `apt-faq-close`. */
export interface FaqToggleDetail {
  /** The item's id (its anchor without `anchor-prefix`). */
  id: string;
  /** The question, as plain text. */
  question: string;
  /** Position of the item in the FAQ, from 0. */
  index: number;
  trigger: FaqTrigger;
}

/** Where the shown items came from. */
export type FaqSource = 'property' | 'src' | 'children' | 'bundled';

/** Detail of `apt-faq-load`. */
export interface FaqLoadDetail {
  /** Number of items shown. */
  count: number;
  /** Number of invalid items left out (each is named in a console warning). */
  skipped: number;
  source: FaqSource;
  /**
   * The language of the content shown: the document's `lang`, or the translation shown; for
   * content that does not say, the language it is shown in (the FAQ's, else the page's).
   */
  lang?: string;
}

/** Detail of `apt-faq-error`. */
export interface FaqErrorDetail {
  /** The message shown to the user, in the UI language. */
  message: string;
  source: FaqSource;
  /** HTTP status, when the server answered with a non-2xx status. */
  status?: number;
}

/** Detail of `apt-faq-search`. */
export interface FaqSearchDetail {
  query: string;
  /** Number of questions that match. */
  count: number;
}

/** Every event `<apt-faq>` dispatches, by name. */
export interface FaqEventMap {
  'apt-faq-open': CustomEvent<FaqToggleDetail>;
  'apt-faq-close': CustomEvent<FaqToggleDetail>;
  'apt-faq-load': CustomEvent<FaqLoadDetail>;
  'apt-faq-error': CustomEvent<FaqErrorDetail>;
  'apt-faq-search': CustomEvent<FaqSearchDetail>;
}

declare global {
  // Lets `addEventListener('apt-faq-open', e => e.detail.id)` type-check anywhere.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends FaqEventMap {}
}

/** Dispatches one of the FAQ's events from `target`: it bubbles and crosses shadow roots. */
export function emit<K extends keyof FaqEventMap>(target: EventTarget, type: K, detail: FaqEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
