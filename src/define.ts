/**
 * Registers `<apt-faq>` and `<apt-faq-item>`. The only module with a side effect; safe to
 * load more than once on a page (a second copy finds the names taken and does nothing).
 */
import { AptFaq } from './apt-faq.js';
import { AptFaqItem } from './apt-faq-item.js';

function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

define('apt-faq-item', AptFaqItem);
define('apt-faq', AptFaq);

export * from './index.js';
