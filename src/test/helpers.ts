import { fixture, html, oneEvent } from '@open-wc/testing';
import type { AptFaq } from '../apt-faq.js';
import type { FaqItemInput } from '../faq-data.js';
import '../define.js';

/** Renders an `<apt-faq>` and waits until its content is on screen. */
export async function renderFaq(template = html`<apt-faq></apt-faq>`): Promise<AptFaq> {
  const holder = document.createElement('div');
  document.body.append(holder);
  const loaded = oneEvent(holder, 'apt-faq-load');
  const faq = await fixture<AptFaq>(template, { parentNode: holder });
  await loaded;
  return faq;
}

/** Renders an `<apt-faq>` showing the given items. */
export async function renderItems(items: FaqItemInput[], attributes: Record<string, string | true> = {}): Promise<AptFaq> {
  const holder = document.createElement('div');
  document.body.append(holder);
  const faq = document.createElement('apt-faq');
  for (const [name, value] of Object.entries(attributes)) faq.setAttribute(name, value === true ? '' : value);
  faq.items = items;
  const loaded = oneEvent(faq, 'apt-faq-load');
  holder.append(faq);
  await loaded;
  return faq;
}

export const buttons = (faq: AptFaq): HTMLButtonElement[] => [...faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];

export const button = (faq: AptFaq, id: string): HTMLButtonElement =>
  faq.shadowRoot!.getElementById(`${id}-question`) as HTMLButtonElement;

/** The region a question's button controls, found through `aria-controls` as assistive technology does. */
export const regionOf = (questionButton: HTMLButtonElement): HTMLElement =>
  (questionButton.getRootNode() as ShadowRoot).getElementById(questionButton.getAttribute('aria-controls')!)!;

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

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export const sampleItems: FaqItemInput[] = [
  { id: 'first', question: 'First question?', answer: '<p>First answer with <a href="https://example.org/one">a link</a>.</p>' },
  { id: 'second', question: 'Second question?', answer: '<p>Second answer.</p>' },
  { id: 'third', question: 'Third question?', answer: 'Third answer.' },
];

/** Resolves when the opening animations have run, so checks see the settled colours. */
export async function animationsFinished(faq: AptFaq): Promise<void> {
  await Promise.all(faq.shadowRoot!.getAnimations().map((animation) => animation.finished));
}
