/**
 * One question and its answer, as `<apt-faq>` draws it in its shadow root (WAI-ARIA APG
 * accordion: a heading holding a button that controls a region, labelled by it, exposed only
 * while open). A template function, not an element: one Lit template draws every item.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FaqEntry } from './controllers/content.js';
import type { FaqContext } from './faq-context.js';
import type { FaqTrigger } from './events.js';
import { anchorHref } from './anchors.js';
import { textDirection } from './strings.js';

/** What the FAQ does when an item's controls are used; the same functions for every item. */
export interface ItemActions {
  /** Opens or closes the item `id`. */
  toggle(id: string, open: boolean, trigger: FaqTrigger): void;
  /** The item's permalink was activated (the link itself navigates). */
  permalink(id: string): void;
}

/**
 * A question shown in the main language inside a translation says so (`lang`, `dir`): screen
 * readers switch voice. Only then: the others take the content's language from the list.
 */
const fallback = (text: string, lang: string | undefined) => (lang ? html`<span lang=${lang} dir=${textDirection(lang)}>${text}</span>` : text);

/** How one item is drawn now. */
export interface ItemState {
  open: boolean;
  /** Hidden by the search. */
  hidden: boolean;
  /** The first item shown: no gap above it. */
  first: boolean;
  /** Opened by a change, not drawn open: the answer slides in. */
  reveal: boolean;
  settings: FaqContext;
  /** The FAQ's {@link itemEvents}. */
  events: EventListenerObject;
}

const QUESTION = '-question';
const ANSWER = '-answer';

/** The id of the item a control belongs to, from the control's own id (`<id>-question`, `<id>-answer`). */
const itemId = (control: Element, suffix: string): string => control.id.slice(0, -suffix.length);

/** A template's strings with its `<h3>` heading made `<hN>`, by template and level. */
const byLevel = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

/**
 * A tag like Lit's `html` for a template holding an `<h3>` heading, drawn at `level` (2–6, else
 * 3) instead: a tag cannot be a binding, so each item stays one template instance (items are
 * most of a long FAQ's work). The strings are copied once per level, from the source's own
 * template (what `lit/static-html` does, there on every render): from constants, never input.
 */
function headingHtml(level: number) {
  return (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    let levels = byLevel.get(strings);
    if (!levels) {
      levels = [2, 3, 4, 5, 6].map((n) => {
        const copy = strings.map((part) => part.replace(/<(\/?)h3\b/g, `<$1h${n}`));
        return Object.assign(copy, { raw: copy });
      });
      byLevel.set(strings, levels);
    }
    return html(levels[level - 2] ?? strings, ...values);
  };
}

/**
 * One listener for every control of every item (Lit keeps a listener that does not change):
 * it finds the item by the id of the control the event is on, and calls the FAQ's actions.
 */
export function itemEvents(actions: ItemActions): EventListenerObject {
  return {
    handleEvent(event: Event): void {
      const target = event.currentTarget as Element;
      if (event.type === 'animationend') {
        // The slide is over: it does not play again when a search hides and shows the item.
        target.classList.remove('reveal');
      } else if (event.type === 'beforematch') {
        // The browser is about to reveal this collapsed answer (find in page, a text fragment).
        actions.toggle(itemId(target, ANSWER), true, 'find');
      } else if (target.id) {
        actions.toggle(itemId(target, QUESTION), target.getAttribute('aria-expanded') !== 'true', 'user');
      } else {
        // The permalink navigates by itself (so the address bar holds it); the FAQ copies it.
        actions.permalink(itemId(target.parentElement!, ANSWER));
      }
    },
  };
}

/**
 * Draws one item: its box (part `item`), heading, button and answer region. A closed answer
 * holds its body once it is prepared (find in page reaches it), and its permalink only while open.
 */
export function renderItem(entry: FaqEntry, state: ItemState): TemplateResult {
  const { open, settings } = state;
  const { id, answer } = entry;
  const questionId = id + QUESTION;
  const answerId = id + ANSWER;
  const { events } = state;
  return headingHtml(settings.headingLevel ?? entry.level ?? 3)`<div
    part="item"
    class=${state.first ? 'item first-shown' : 'item'}
    ?hidden=${state.hidden}
  ><h3 part="heading" class="heading"><button
    part="button"
    class="button"
    id=${questionId}
    aria-expanded=${open}
    aria-controls=${answerId}
    @click=${events}
  ><span class="question">${fallback(entry.question, entry.questionLang)}</span><span part="icon" class="icon" aria-hidden="true"></span></button></h3><div
    part="answer"
    class=${state.reveal ? 'answer reveal' : 'answer'}
    id=${answerId}
    role=${open ? 'region' : nothing}
    aria-labelledby=${open ? questionId : nothing}
    hidden=${open ? nothing : 'until-found'}
    @beforematch=${events}
    @animationend=${events}
  >${open || answer.ready ? answer.body : nothing}${open
    ? html`<a part="permalink" class="permalink" href=${anchorHref(settings.anchorPrefix + id)}
        lang=${settings.uiLang} dir="ltr" @click=${events}>${settings.strings.permalink}</a>`
    : nothing}</div></div>`;
}

/** Moves focus to the item's question and scrolls the item to the top of the view. */
export function focusQuestion(root: ParentNode, id: string): void {
  const button = (root as ShadowRoot).getElementById(id + QUESTION);
  button?.focus({ preventScroll: true });
  // "auto" follows the page's own scroll-behavior: a smooth scroll started here could be
  // cut short by the browser's fragment navigation, leaving the item out of view.
  button?.closest('.item')?.scrollIntoView({ block: 'start', behavior: 'auto' });
}

/** Gives focus back to the item's permalink, if it does not have it. */
export function focusPermalink(root: ParentNode, id: string): void {
  (root as ShadowRoot).getElementById(id + ANSWER)?.querySelector<HTMLElement>('.permalink:not(:focus)')?.focus({ preventScroll: true });
}

/** The text of the item's question as drawn, for highlighting search matches. */
export const questionText = (root: ParentNode, id: string): Element | null | undefined =>
  (root as ShadowRoot).getElementById(id + QUESTION)?.firstElementChild;
