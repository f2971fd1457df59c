/**
 * What the framework typings (`apt-faq/react`, `apt-faq/vue`) say about both elements: their
 * properties and attributes, as the SPEC names them. Types only; nothing here runs.
 */
import type { AptFaq } from './apt-faq.js';
import type { AptFaqItem } from './apt-faq-item.js';

/** `<apt-faq>`'s properties (a framework sets them as properties: `items` needs that). */
export type AptFaqProperties = Partial<
  Pick<AptFaq, 'items' | 'src' | 'exclusive' | 'headingLevel' | 'anchorPrefix' | 'syncUrl' | 'search' | 'expandAll' | 'structuredData' | 'strings'>
>;

/** `<apt-faq>`'s attributes whose names differ from their properties. */
export interface AptFaqAttributes {
  'heading-level'?: number | `${number}`;
  'anchor-prefix'?: string;
  'sync-url'?: boolean;
  'expand-all'?: boolean;
  'structured-data'?: boolean;
}

/** `<apt-faq-item>`'s properties (`id` is every element's). */
export type AptFaqItemProperties = Partial<Pick<AptFaqItem, 'question' | 'open'>>;
