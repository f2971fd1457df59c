import { createContext } from '@lit/context';
import type { FaqTrigger } from './events.js';
import type { FaqStrings } from './strings.js';

/**
 * What `<apt-faq>` shares with every `<apt-faq-item>` it renders. It changes only when
 * a setting changes, never on a toggle, so opening one item re-renders only that item.
 */
export interface FaqContext {
  /** Level of the question headings, 2–6. */
  headingLevel: number;
  /** Prefix of every anchor. */
  anchorPrefix: string;
  strings: FaqStrings;
  /** Asks the FAQ to open or close an item; the FAQ owns the open state. */
  requestToggle(id: string, open: boolean, trigger: FaqTrigger): void;
  /** Tells the FAQ that an item's permalink was activated, so it can copy and announce the link. */
  permalinkActivated(id: string): void;
}

/** Context key under which `<apt-faq>` provides {@link FaqContext}. */
export const faqContext = createContext<FaqContext>(Symbol('apt-faq'));
