/**
 * An answer, prepared once and shared by the item that shows it, the search and the
 * structured data: the node the item draws, and the answer's plain text.
 */
import { sanitizeAnswer } from './sanitize.js';
import { LIMITS } from './faq-data.js';
import { textDirection } from './strings.js';

/** What every consumer of an answer needs, whatever its source. */
export interface PreparedAnswer {
  /** The node the item places in its answer region. */
  readonly body: Element;
  /** Where the answer's text lives, for highlighting search matches. */
  readonly textRoot: Node;
  /** The answer as plain text, paragraphs and list items on lines of their own. */
  readonly text: string;
  /**
   * Whether a closed item draws {@link body} now: it is built, or the answer is among the
   * FAQ's first {@link DRAWN_AT_ONCE}. Others are drawn once the page is idle.
   */
  readonly ready: boolean;
}

/** Elements whose content starts on a line of its own. */
const BLOCKS = /^(p|div|li|ul|ol|dl|dt|dd|blockquote|pre|h[1-6]|section|article|aside|header|footer|figure|figcaption|table|tr|details|summary|address|hr)$/;
/** Elements whose text is not content. */
const NOT_TEXT = /^(script|style|template|noscript)$/;

/**
 * The text under `root`, with block elements and `<br>` turned into line breaks, so words of
 * two paragraphs never run together ("propaganda.This"). `skip` leaves an element out.
 */
export function plainText(root: Node, skip?: (element: Element) => boolean): string {
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += (child as Text).data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        const name = element.localName;
        if (NOT_TEXT.test(name) || skip?.(element)) continue;
        if (name === 'br') text += '\n';
        const block = BLOCKS.test(name);
        if (block) text += '\n';
        walk(element);
        if (block) text += '\n';
      }
    }
  };
  walk(root);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * How many answers a FAQ draws with its questions, closed or not. Up to there, find in page
 * and text-fragment links (which Firefox resolves once, as the page loads) find every answer
 * from the first frame; a longer FAQ shows its questions first and draws the rest when idle.
 */
export const DRAWN_AT_ONCE = 100;

/** An answer from `items` or `src`: sanitised once, on first use. */
class DataAnswer implements PreparedAnswer {
  readonly #html: string;
  readonly #id: string;
  readonly #drawAtOnce: boolean;
  readonly #lang: string | undefined;
  #body: HTMLElement | undefined;
  #text: string | undefined;

  constructor(html: string, id: string, drawAtOnce: boolean, lang: string | undefined) {
    this.#html = html;
    this.#id = id;
    this.#drawAtOnce = drawAtOnce;
    this.#lang = lang;
  }

  get body(): HTMLElement {
    if (!this.#body) {
      this.#body = document.createElement('div');
      this.#body.className = 'answer-body';
      // Shown in the main language inside a translation: it says so, as a fallback question does.
      if (this.#lang) [this.#body.lang, this.#body.dir] = [this.#lang, textDirection(this.#lang)];
      this.#body.append(
        sanitizeAnswer(this.#html, document, () =>
          console.warn(`<apt-faq>: item "${this.#id}": elements nested over ${LIMITS.depth} deep keep only their text.`),
        ),
      );
    }
    return this.#body;
  }

  get textRoot(): Node {
    return this.body;
  }

  get ready(): boolean {
    return this.#drawAtOnce || this.#body !== undefined;
  }

  get text(): string {
    return (this.#text ??= plainText(this.body));
  }
}

/**
 * A hand-written answer: the author's `<apt-faq-item>` itself, shown through a slot of the
 * FAQ (manual slot assignment), so its nodes stay where the author put them, unchanged.
 * Its text is read again after the author's markup changes ({@link invalidate}).
 */
export class AuthoredAnswer implements PreparedAnswer {
  readonly body: HTMLSlotElement;
  readonly textRoot: Element;
  readonly ready = true;
  #text: string | undefined;

  constructor(element: Element) {
    this.textRoot = element;
    this.body = document.createElement('slot');
    this.body.className = 'answer-body';
    this.body.assign(element);
  }

  get text(): string {
    return (this.#text ??= plainText(this.textRoot, (element) => element.slot === 'question'));
  }

  /** The author's markup changed: read the text again when next asked. */
  invalidate(): void {
    this.#text = undefined;
  }
}

/**
 * Prepares the answer of the item `id`, at `index` in the FAQ, from `items` or `src` (restricted
 * HTML or plain text); `lang`: the language it is in, when it is not the content's (translations.ts).
 */
export const dataAnswer = (html: string, id: string, index: number, lang?: string): PreparedAnswer =>
  new DataAnswer(html, id, index < DRAWN_AT_ONCE, lang);
