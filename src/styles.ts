import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Lit's css`` for a stylesheet with nothing interpolated (ours): the same CSSResult without
 * the tag's check of interpolated values, whose error message alone cost 0.1 KB brotli in the
 * bundle. A value passed in is a type error. The name keeps "css": the build minifies every
 * template whose tag's name contains it (minify-html-literals).
 */
export const plainCss = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);

/**
 * One stylesheet for the FAQ and every item it draws (render-item.ts). Logical properties only, so right-to-left pages need nothing extra. Hand-written
 * answers are the page's own markup: the page's styles reach them, these do not.
 */
export const styles = plainCss`
  :host {
    --_accent: var(--apt-faq-accent, currentColor);
    --_border: var(--apt-faq-border-color, color-mix(in srgb, currentColor 25%, transparent));
    --_radius: var(--apt-faq-radius, 0.375rem);
    --_duration: var(--apt-faq-transition-duration, 200ms);
    font-family: var(--apt-faq-font-family, inherit);
    color: var(--apt-faq-color, inherit);
    line-height: 1.5;
    /* Font and colour come from the page on purpose; these inherited styles would garble it. */
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
  }
  /* Not when hidden: the user agent's display: none applies. */
  :host(:not([hidden])) {
    display: block;
  }
  /* In a long FAQ each group of items is laid out on its own: opening one lays out its group
     and moves the groups below without the browser walking into each of their items. There
     only: CSS counters used inside a group stay inside it. Not on paper, where an item may
     break across pages. */
  @media screen {
    .long > .group {
      contain: layout style;
    }
  }
  /* Items in block layout, not a flex column: opening one of a thousand lays out far less.
     The gap goes above every item but the first one shown (a search hides some), which the
     FAQ marks: a sibling selector (~) would have the browser restyle every later item each
     time a search hides or shows one, about a second of work in a FAQ of 5,000. */
  .item {
    margin-block-start: var(--apt-faq-gap, 0.5rem);
  }
  .first-shown {
    margin-block-start: 0;
  }
  /* Rows of text and buttons that wrap on narrow screens. */
  .toolbar,
  .empty,
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .toolbar {
    align-items: end;
    margin-block-end: var(--apt-faq-gap, 0.5rem);
  }
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 16rem;
  }
  .search-label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .search input,
  .retry,
  .clear,
  .expand-all {
    min-block-size: 44px;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
  }
  .search input {
    box-sizing: border-box;
    inline-size: 100%;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    border-color: color-mix(in srgb, currentColor 55%, transparent);
  }
  .retry,
  .clear,
  .expand-all {
    padding-inline: 1rem;
    cursor: pointer;
  }
  .count {
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  .count,
  .empty p,
  .error p {
    margin: 0;
  }
  ::highlight(apt-faq-match) {
    background-color: Mark;
    color: MarkText;
  }
  .item {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--apt-faq-background, transparent);
  }
  .heading {
    margin: 0;
    font: inherit;
  }
  .button {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: 0.625rem;
    padding-inline: 1rem;
    border-radius: var(--_radius);
    cursor: pointer;
    font-size: var(--apt-faq-question-font-size, 1.0625em);
    font-weight: var(--apt-faq-question-font-weight, 600);
    line-height: 1.4;
    color: var(--apt-faq-question-color, inherit);
    text-align: start;
    -webkit-tap-highlight-color: transparent;
  }
  :focus-visible {
    outline: var(--apt-faq-focus-ring, 2px solid currentColor);
    outline-offset: 2px;
  }
  /* Inside its edge, within the item's rounded border. */
  .button:focus-visible {
    outline-offset: -4px;
  }
  /*
   * A triangle drawn with borders. Closed, it has no transform: a transform on every item's
   * icon would give each its own paint layer, which slows every click on a long FAQ.
   */
  .icon {
    flex: none;
    inline-size: 0;
    block-size: 0;
    border-inline: 0.3125em solid transparent;
    border-block-start: 0.375em solid var(--_accent);
    transition: transform var(--_duration);
  }
  .button[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }
  .answer {
    color: var(--apt-faq-answer-color, inherit);
  }
  /* Only when the reader opens it: an answer open from the start is already in place. */
  .answer.reveal:not([hidden]) {
    animation: apt-faq-reveal var(--_duration) ease-out;
  }
  /* A hand-written answer is the author's element, shown through a slot: a box of its own. */
  slot.answer-body {
    display: block;
  }
  .answer-body {
    padding-block: 0 1rem;
    padding-inline: 1rem;
  }
  .answer-body > :first-child {
    margin-block-start: 0;
  }
  .answer-body > :last-child {
    margin-block-end: 0;
  }
  .status {
    margin-block: 0 var(--apt-faq-gap, 0.5rem);
  }
  .error {
    margin-block-end: var(--apt-faq-gap, 0.5rem);
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.25rem solid var(--_accent);
    border-radius: var(--_radius);
  }
  .permalink {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    margin-block: -0.5rem 0.25rem;
    margin-inline: 1rem;
    font-size: 0.875em;
  }
  .announcer {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a {
    color: inherit;
    text-decoration-color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  /* Only a short slide, at full opacity: the answer can be read on the first frame after the click. */
  @keyframes apt-faq-reveal {
    from {
      transform: translateY(-0.375rem);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .answer.reveal:not([hidden]),
    .icon {
      animation: none;
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
      border-block-start-color: CanvasText;
    }
    .item {
      border-color: CanvasText;
    }
  }
  @media print {
    .toolbar,
    .empty,
    .icon,
    .permalink {
      display: none;
    }
    .answer[hidden],
    ::slotted([hidden]) {
      display: block;
      content-visibility: visible;
    }
  }
`;
