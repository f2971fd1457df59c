import type { FaqItem } from './faq-data.js';
import { trustedScript } from './trusted-types.js';

/**
 * schema.org `FAQPage` JSON-LD for the given items, as a `<script type="application/ld+json">`
 * data block (never executed, so allowed under a strict CSP; its text goes through the
 * `apt-faq` Trusted Types policy).
 */
export class StructuredData {
  #script: HTMLScriptElement | undefined;

  /** Writes (or rewrites) the JSON-LD in the document head. */
  update(items: readonly FaqItem[], answerText: (item: FaqItem) => string): void {
    const data = {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: items.map((item) => ({
        '@type': 'Question',
        name: item.question,
        acceptedAnswer: { '@type': 'Answer', text: answerText(item) },
      })),
    };
    if (!this.#script) {
      this.#script = document.createElement('script');
      this.#script.type = 'application/ld+json';
      this.#script.dataset.aptFaq = '';
    }
    // "<" escaped so no answer can close the script element.
    this.#script.text = trustedScript(JSON.stringify(data).replace(/</g, '\\u003c'));
    if (!this.#script.isConnected) document.head.append(this.#script);
  }

  remove(): void {
    this.#script?.remove();
    this.#script = undefined;
  }
}
