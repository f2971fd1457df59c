import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqEntry } from './content.js';
import { trustedScript } from '../trusted-types.js';

/** What the structured data needs from the FAQ. */
export interface StructuredDataHost extends ReactiveControllerHost {
  readonly structuredData: boolean;
  readonly isConnected: boolean;
}

/**
 * schema.org `FAQPage` JSON-LD for the FAQ's items, as a `<script type="application/ld+json">`
 * data block in the document head: never executed, so allowed under a strict CSP (its text goes
 * through the `apt-faq` Trusted Types policy). Added while the FAQ is connected with
 * `structured-data`, removed on disconnect, added again when it comes back. The preparation
 * (preparation.ts) reads the answers' text, a long FAQ's while the page is idle, then asks
 * for the script to be written.
 */
export class StructuredData implements ReactiveController {
  readonly #host: StructuredDataHost;
  #script: HTMLScriptElement | undefined;
  /** The language of the content shown (`inLanguage`). */
  readonly #lang: () => string | undefined;

  constructor(host: StructuredDataHost, lang: () => string | undefined) {
    this.#host = host;
    this.#lang = lang;
    host.addController(this);
  }

  hostUpdated(): void {
    // Out of the page (an update after `remove()`), the FAQ writes nothing into the head.
    if (!this.#host.structuredData || !this.#host.isConnected) this.hostDisconnected();
    else if (this.#script && !this.#script.isConnected) document.head.append(this.#script); // taken out by the page
  }

  /** Writes the script for `entries`, their answers' text prepared, in the language of the content shown. */
  write(entries: readonly FaqEntry[]): void {
    const data = {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      inLanguage: this.#lang(),
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

  hostDisconnected(): void {
    this.#script?.remove();
    this.#script = undefined;
  }
}
