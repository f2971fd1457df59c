/** The public API of `apt-faq`. Import `apt-faq/define` (or the standalone bundle) to register the elements. */
export { AptFaq } from './apt-faq.js';
export { AptFaqItem } from './apt-faq-item.js';
export type { FaqDocument, FaqItem, FaqItemInput } from './faq-data.js';
export { slugify } from './faq-data.js';
export type {
  FaqEventMap,
  FaqErrorDetail,
  FaqLoadDetail,
  FaqSearchDetail,
  FaqSource,
  FaqToggleDetail,
  FaqTrigger,
} from './events.js';
export type { FaqStrings } from './strings.js';
