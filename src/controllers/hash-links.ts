import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OpenChange } from './open-items.js';
import { anchorFromHash, anchorHref, idFromAnchor, replaceHash } from '../anchors.js';

/** What the links need from the FAQ. */
export interface HashLinksHost extends ReactiveControllerHost {
  readonly anchorPrefix: string;
  readonly syncUrl: boolean;
  readonly isConnected: boolean;
}

/** What the links do to the FAQ. */
export interface HashLinksActions {
  /** Opens the item (trigger `"link"`) so it can be shown; returns `false` for an unknown id. */
  open(id: string): boolean;
  /** Moves focus to the item's question and scrolls it into view, once it is drawn. */
  focus(id: string): Promise<void>;
  /** Gives focus back to the item's permalink (the browser's move to a hand-written item's id takes it). */
  focusPermalink(id: string): void;
  /** Says something politely to screen-reader users. */
  announce(message: string): void;
  /** "Link copied", in the UI language. */
  linkCopied(): string;
}

/** Resolves once the page has loaded: the browser's own move to the URL's fragment is over by then. */
const pageLoaded = (): Promise<unknown> =>
  document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => addEventListener('load', resolve, { once: true }));

/**
 * The URL hash and the FAQ: following a hash that names an item (on load and on
 * `hashchange`), writing opened items' anchors with `sync-url`, and copying permalinks.
 * The hash is untrusted input: only decoded and compared with known anchors.
 */
export class HashLinks implements ReactiveController {
  readonly #host: HashLinksHost;
  readonly #actions: HashLinksActions;
  /** The hash last acted on, so new content does not steal focus for the same hash again. */
  #followed: string | undefined;
  /** The anchor our own permalink is navigating to: open already, so no scroll or focus. */
  #permalinkAnchor: string | undefined;
  readonly #onHashChange = () => void this.follow();

  constructor(host: HashLinksHost, actions: HashLinksActions) {
    this.#host = host;
    this.#actions = actions;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.#onHashChange);
  }

  /**
   * Whether the browser's own move to the URL hash is what reveals this item: the hash names it
   * and has not been followed yet (a later reveal of the same item is the reader's find in page).
   */
  names(id: string): boolean {
    return location.hash !== this.#followed && anchorFromHash(location.hash) === this.#host.anchorPrefix + id;
  }

  /** New content is about to be drawn: follows the hash, unless it was followed already. */
  contentReady(): void {
    if (location.hash !== this.#followed) void this.follow();
  }

  /** Opens, scrolls to and focuses the item the URL hash names; other hashes are ignored. */
  async follow(): Promise<void> {
    const hash = location.hash;
    const anchor = anchorFromHash(hash);
    const fromPermalink = anchor !== undefined && anchor === this.#permalinkAnchor;
    this.#permalinkAnchor = undefined;
    const id = idFromAnchor(anchor, this.#host.anchorPrefix);
    if (id === undefined || !this.#actions.open(id)) return;
    this.#followed = hash;
    if (fromPermalink) return this.#actions.focusPermalink(id);
    // On load, the browser moves to a fragment that is a hand-written item itself, and moves
    // focus as it does: our focus comes after that, or it would be lost. Not if the reader has
    // moved focus meanwhile (late images: they clicked into a field), nor out of the page.
    const before = document.activeElement;
    await pageLoaded();
    if (location.hash === hash && document.activeElement === before && this.#host.isConnected) await this.#actions.focus(id);
  }

  /** With `sync-url`, mirrors what was opened into the URL hash. */
  write(changes: readonly OpenChange[]): void {
    if (!this.#host.syncUrl || !this.#host.isConnected) return;
    for (const { id, open, trigger } of changes) {
      const anchor = this.#host.anchorPrefix + id;
      // "all" would leave an arbitrary last item in the URL; "link" came from the URL already.
      if (open && trigger !== 'all' && trigger !== 'link') replaceHash(anchor);
      // Under "exclusive" the item that caused the close has written its own anchor.
      else if (!open && trigger !== 'exclusive' && anchorFromHash(location.hash) === anchor) replaceHash(undefined);
    }
  }

  /** An item's permalink was activated: the link navigates; we copy the full link where allowed. */
  async permalinkActivated(id: string): Promise<void> {
    const anchor = this.#host.anchorPrefix + id;
    if (anchorFromHash(location.hash) === anchor) {
      // The same hash again: the browser moves to it (and may take focus) but fires no hashchange.
      setTimeout(() => this.#actions.focusPermalink(id));
    } else {
      this.#permalinkAnchor = anchor;
    }
    try {
      await navigator.clipboard.writeText(new URL(anchorHref(anchor), location.href).href);
    } catch {
      return; // no clipboard here (permissions, insecure context): the address bar has the link
    }
    this.#actions.announce(this.#actions.linkCopied());
  }
}
