import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqEntry } from './content.js';
import { trustedScript } from '../trusted-types.js';
import { DRAWN_AT_ONCE } from '../answer.js';
import { whenIdleEach } from '../idle-queue.js';

/** What the structured data needs from the FAQ. */
export interface StructuredDataHost extends ReactiveControllerHost {
  readonly structuredData: boolean;
  readonly isConnected: boolean;
}

/**
 * schema.org `FAQPage` JSON-LD for the FAQ's items, as a `<script type="application/ld+json">`
 * data block in the document head: never executed, so allowed under a strict CSP (its text goes
 * through the `apt-faq` Trusted Types policy). Added while the FAQ is connected with
 * `structured-data`, removed on disconnect, added again when it comes back. The host adds it
 * with `addController`. A long FAQ's answers are read when the page is idle, after the first
 * {@link DRAWN_AT_ONCE} (reading an answer from data means sanitising it: 5,000 of them took a
 * second in one task), and the script is written once they all are.
 */
export class StructuredData implements ReactiveController {
  readonly #host: StructuredDataHost;
  readonly #content: () => { entries: readonly FaqEntry[]; textVersion: number };
  #script: HTMLScriptElement | undefined;
  /** The content the script holds or is being read for, so an update that changes none of it does nothing. */
  #wanted: { entries: readonly FaqEntry[]; textVersion: number } | undefined;
  /** Counts the readings begun: a reading whose number is no longer this one was given up. */
  #reading = 0;

  constructor(host: StructuredDataHost, content: () => { entries: readonly FaqEntry[]; textVersion: number }) {
    this.#host = host;
    this.#content = content;
  }

  hostUpdated(): void {
    // Out of the page (an update after `remove()`), the FAQ writes nothing into the head.
    if (!this.#host.structuredData || !this.#host.isConnected) return this.hostDisconnected();
    const { entries, textVersion } = this.#content();
    if (this.#wanted?.entries === entries && this.#wanted.textVersion === textVersion) {
      if (this.#script && !this.#script.isConnected) document.head.append(this.#script); // taken out by the page
      return;
    }
    this.#wanted = { entries, textVersion };
    const reading = ++this.#reading;
    const texts = entries.slice(0, DRAWN_AT_ONCE).map((entry) => entry.answer.text);
    const write = () => this.#write(entries, texts);
    if (entries.length <= DRAWN_AT_ONCE) return write();
    whenIdleEach(entries.slice(DRAWN_AT_ONCE), (entry) => texts.push(entry.answer.text), () => reading === this.#reading, write);
  }

  #write(entries: readonly FaqEntry[], texts: readonly string[]): void {
    const data = {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: entries.map((entry, index) => ({
        '@type': 'Question',
        name: entry.question,
        acceptedAnswer: { '@type': 'Answer', text: texts[index] },
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
    this.#reading++;
    this.#script?.remove();
    this.#script = undefined;
    this.#wanted = undefined;
  }
}
