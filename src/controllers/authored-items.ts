import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqEntry } from './content.js';

/** What collapsing hand-written answers needs from the FAQ. */
export interface AuthoredItemsHost extends ReactiveControllerHost, HTMLElement {}

/**
 * A hand-written answer is in the page, where the browser's find-in-page and text-fragment
 * search look for it (Firefox looks no further): collapsed, the author's `<apt-faq-item>`
 * itself is `hidden="until-found"` too, so the browser reveals it and fires `beforematch` on
 * it (the item tells the FAQ, see apt-faq-item.ts). An item the FAQ no longer shows, or a
 * FAQ out of the page, leaves the author's markup as written.
 */
export class AuthoredItems implements ReactiveController {
  readonly #host: AuthoredItemsHost;
  readonly #entries: () => readonly FaqEntry[];
  readonly #isOpen: (id: string) => boolean;
  #collapsed = new Set<HTMLElement>();

  constructor(host: AuthoredItemsHost, entries: () => readonly FaqEntry[], isOpen: (id: string) => boolean) {
    this.#host = host;
    this.#entries = entries;
    this.#isOpen = isOpen;
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#host.isConnected) return;
    const shown = new Set<HTMLElement>();
    for (const { id, element } of this.#entries()) {
      if (!element) break; // content from data: none is hand-written
      shown.add(element);
      if (this.#isOpen(id)) element.removeAttribute('hidden');
      else if (element.getAttribute('hidden') !== 'until-found') element.setAttribute('hidden', 'until-found');
    }
    this.#restore(shown);
  }

  /** The id of the item shown from the author's `element`, if the FAQ shows it. */
  idOf(element: Element): string | undefined {
    return this.#entries().find((entry) => entry.element === element)?.id;
  }

  hostDisconnected(): void {
    this.#restore(new Set());
  }

  /** Gives back to the author, as written, every item collapsed before and not in `shown`. */
  #restore(shown: Set<HTMLElement>): void {
    for (const element of this.#collapsed) if (!shown.has(element)) element.removeAttribute('hidden');
    this.#collapsed = shown;
  }
}
