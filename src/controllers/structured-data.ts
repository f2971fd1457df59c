import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqEntry } from './content.js';
import { trustedScript } from '../trusted-types.js';

/** What the structured data needs from the FAQ. */
export interface StructuredDataHost extends ReactiveControllerHost {
  readonly structuredData: boolean;
}

/**
 * schema.org `FAQPage` JSON-LD for the FAQ's items, as a `<script type="application/ld+json">`
 * data block in the document head: never executed, so allowed under a strict CSP (its text goes
 * through the `apt-faq` Trusted Types policy). Added while the FAQ is connected with
 * `structured-data`, removed on disconnect, added again when it comes back. The host adds it
 * with `addController`.
 */
export class StructuredData implements ReactiveController {
  readonly #host: StructuredDataHost;
  readonly #content: () => { entries: readonly FaqEntry[]; textVersion: number };
  #script: HTMLScriptElement | undefined;
  /** What the script holds now, so an update that changes none of it writes nothing. */
  #written: { entries: readonly FaqEntry[]; textVersion: number } | undefined;

  constructor(host: StructuredDataHost, content: () => { entries: readonly FaqEntry[]; textVersion: number }) {
    this.#host = host;
    this.#content = content;
  }

  hostUpdated(): void {
    if (!this.#host.structuredData) return this.hostDisconnected();
    const { entries, textVersion } = this.#content();
    if (this.#script?.isConnected && this.#written?.entries === entries && this.#written.textVersion === textVersion) return;
    this.#written = { entries, textVersion };
    const data = {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: entries.map((entry) => ({
        '@type': 'Question',
        name: entry.question,
        acceptedAnswer: { '@type': 'Answer', text: entry.answer.text },
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

  hostConnected(): void {
    // Moved in the page: the next update writes the script again.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#script?.remove();
    this.#script = undefined;
    this.#written = undefined;
  }
}
