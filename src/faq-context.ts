import { createContext } from '@lit/context';
import type { FaqStrings } from './strings.js';

/**
 * What `<apt-faq>` shares with the items it draws (their settings) and with the
 * `<apt-faq-item>` elements written in it. It changes only when a setting changes, never on
 * a toggle.
 */
export interface FaqContext {
  /** Level of the question headings, 2–6; `undefined` when not set (hand-written headings keep theirs). */
  headingLevel: number | undefined;
  /** Prefix of every anchor. */
  anchorPrefix: string;
  /** The UI strings, in {@link uiLang}. */
  strings: FaqStrings;
  /** Language of the UI strings (English, French or Spanish: all left to right), marked on the UI parts drawn inside the content. */
  uiLang: string;
  /** A hand-written item's collapsed answer is being revealed by the browser: opens it. */
  reveal(element: Element): void;
}

/** Context key under which `<apt-faq>` provides {@link FaqContext}. */
export const faqContext = createContext<FaqContext>(Symbol('apt-faq'));
