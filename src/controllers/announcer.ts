import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region: what the FAQ says to screen-reader users without moving focus
 * (search results, "Link copied").
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #message = '';
  /** The UI language of the last render: a message said in another language is not kept. */
  #lang = '';
  #frame = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Speaks `message`. The region is emptied first, so the same message twice is spoken twice. */
  announce(message: string): void {
    this.#message = '';
    this.#host.requestUpdate();
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => {
      this.#message = message;
      this.#host.requestUpdate();
    });
  }

  /** The live region, to place once in the host's template. */
  render(lang: string): TemplateResult {
    if (lang !== this.#lang) [this.#message, this.#lang] = ['', lang];
    return html`<div class="announcer" role="status" aria-live="polite" lang=${lang}>${this.#message}</div>`;
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
  }
}
