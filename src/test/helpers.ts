import { fixture, html, oneEvent } from '@open-wc/testing';
import type { AptFaq } from '../apt-faq.js';
import type { FaqItemInput } from '../faq-data.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { idle } from '../idle-queue.js';
import '../define.js';

/** Containers made by the helpers below; emptied after each test so FAQs never outlive it. */
const holders: HTMLElement[] = [];

/** A fresh container at the end of the page, removed after the test. */
export function holder(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  holders.push(element);
  return element;
}

/** Style sheets added to the page by {@link addPageStyles}; taken away after each test. */
const pageSheets: CSSStyleSheet[] = [];

afterEach(() => {
  for (const element of holders.splice(0)) element.remove();
  const added = pageSheets.splice(0);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => !added.includes(sheet));
});

/** Adds `css` to the page's styles (as a page author's stylesheet) until the test ends. */
export function addPageStyles(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  pageSheets.push(sheet);
}

/** Renders an `<apt-faq>` and waits until its content is on screen. */
export async function renderFaq(template = html`<apt-faq></apt-faq>`): Promise<AptFaq> {
  const container = holder();
  const loaded = oneEvent(container, 'apt-faq-load');
  const faq = await fixture<AptFaq>(template, { parentNode: container });
  await loaded;
  return faq;
}

/** Renders an `<apt-faq>` showing the given items. */
export async function renderItems(items: FaqItemInput[], attributes: Record<string, string | true> = {}): Promise<AptFaq> {
  const container = holder();
  const faq = document.createElement('apt-faq');
  for (const [name, value] of Object.entries(attributes)) faq.setAttribute(name, value === true ? '' : value);
  faq.items = items;
  const loaded = oneEvent(faq, 'apt-faq-load');
  container.append(faq);
  await loaded;
  return faq;
}

export const buttons = (faq: AptFaq): HTMLButtonElement[] => [...faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="button"]')];

export const button = (faq: AptFaq, id: string): HTMLButtonElement =>
  faq.shadowRoot!.getElementById(`${id}-question`) as HTMLButtonElement;

/** The region a question's button controls, found through `aria-controls` as assistive technology does. */
export const regionOf = (questionButton: HTMLButtonElement): HTMLElement =>
  (questionButton.getRootNode() as ShadowRoot).getElementById(questionButton.getAttribute('aria-controls')!)!;

/**
 * The text of `node` as it is drawn: through slots to what is assigned to them (a
 * hand-written answer is shown through a slot, not copied), not through unassigned children.
 */
export function shownText(node: Node): string {
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(shownText).join('');
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  const element = node as Element;
  const children = element.shadowRoot ? element.shadowRoot.childNodes : node.childNodes;
  return Array.from(children, shownText).join('');
}

/** Loads `src` in a frame of the given size and resolves with its window once it has loaded. */
export async function loadFrame(src: string, size = 'inline-size: 800px; block-size: 600px'): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = size;
  const loaded = oneEvent(frame, 'load');
  frame.src = src;
  holder().append(frame);
  await loaded;
  return frame.contentWindow!;
}

/** True when the answer is on screen: not hidden, with a box of its own. */
export const isShown = (region: HTMLElement): boolean =>
  !region.hidden && region.getBoundingClientRect().height > 0;

/** Resolves with the next `count` events of a type, in order. */
export function nextEvents<T>(target: EventTarget, type: string, count: number): Promise<CustomEvent<T>[]> {
  return new Promise((resolve) => {
    const seen: CustomEvent<T>[] = [];
    const listener = (event: Event) => {
      seen.push(event as CustomEvent<T>);
      if (seen.length === count) {
        target.removeEventListener(type, listener);
        resolve(seen);
      }
    };
    target.addEventListener(type, listener);
  });
}

/** What has focus, as a short readable label (`button: First question?`), for clear failure messages. */
export function focusedLabel(): string {
  const element = deepActiveElement();
  return element ? `${element.localName}: ${element.textContent?.trim()}` : 'nothing';
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A FAQ of `count` items with ids `q0`, `q1`…, questions "Question 0?"… and `answer(i)` as answers. */
export const longFaq = (count: number, answer = (i: number) => `<p>Answer ${i}, <b>in bold</b>.</p>`): FaqItemInput[] =>
  Array.from({ length: count }, (_, i) => ({ id: `q${i}`, question: `Question ${i}?`, answer: answer(i) }));

/** Resolves once the idle queue has run the work queued before this call. */
export { idle };

export const sampleItems: FaqItemInput[] = [
  { id: 'first', question: 'First question?', answer: '<p>First answer with <a href="https://example.org/one">a link</a>.</p>' },
  { id: 'second', question: 'Second question?', answer: '<p>Second answer.</p>' },
  { id: 'third', question: 'Third question?', answer: 'Third answer.' },
];

/**
 * Jumps every running animation of the FAQ to its end state. Waiting would not do: an answer
 * that opens out of view has its animation paused (content-visibility) until it is scrolled to.
 */
export function finishAnimations(faq: AptFaq): void {
  for (const animation of faq.shadowRoot!.getAnimations()) animation.finish();
}

/** Resolves once `condition` holds, checking every frame (the test's timeout bounds the wait). */
export async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves after every item of the FAQ has finished rendering. */
export async function settled(faq: AptFaq): Promise<void> {
  await faq.updateComplete;
}

/**
 * Resolves once every closed answer is drawn too: a FAQ shows its questions first and draws
 * closed answers when the page is idle (src/idle-queue.ts runs its work in order, so work
 * queued after theirs runs after them).
 */
export async function answersDrawn(faq: AptFaq): Promise<void> {
  await settled(faq);
  await idle();
  await settled(faq);
}

/** Sets the URL hash and resolves once the page has seen the `hashchange`. */
export async function setHash(hash: string): Promise<void> {
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  location.hash = hash;
  await changed;
}

/** Removes the hash without a history entry, so tests do not leak into one another. */
export function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

/** WebKit (WebKitGTK's MiniBrowser here), whose text-fragment search does not reach closed answers. */
export const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

/** The messages fixture pages post to this page, collected until `until` holds. */
export function collectMessages(until: (messages: Record<string, unknown>[]) => boolean): Promise<Record<string, unknown>[]> {
  const messages: Record<string, unknown>[] = [];
  return new Promise((resolve) => {
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      messages.push(event.data as Record<string, unknown>);
      if (until(messages)) {
        window.removeEventListener('message', onMessage);
        resolve(messages);
      }
    });
  });
}

/**
 * Opens `url` in a new top-level window with a real click (a text-fragment link needs a user
 * gesture), waits for `done`, then closes the window.
 */
export async function openByClick<T>(url: string, done: Promise<T>): Promise<T> {
  let popup: Window | null = null;
  const opener = document.createElement('button');
  opener.textContent = 'Open the fixture';
  opener.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0; inline-size: 200px; block-size: 60px';
  opener.addEventListener('click', () => {
    popup = window.open(url, '_blank');
  });
  holder().append(opener);
  try {
    await sendMouse({ type: 'click', position: [100, 30] });
    return await done;
  } finally {
    (popup as Window | null)?.close();
  }
}

/** The search field of a FAQ with `search`. */
export const searchField = (faq: AptFaq): HTMLInputElement => faq.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;

/** Types into the search field as a user would, and waits until the FAQ has seen every key. */
export async function typeQuery(faq: AptFaq, text: string): Promise<void> {
  const field = searchField(faq);
  field.focus();
  await sendKeys({ type: text });
  // The whole text, not a prefix, has reached the field (WebKitWebDriver drops the second of
  // two equal keys in a row, "299" types "29": queries here avoid them).
  await waitFor(() => field.value.endsWith(text));
  await settled(faq);
}


/** Console warnings while `run` runs. */
export async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
