/**
 * Turns an answer (restricted HTML or plain text) into DOM nodes that are safe to show.
 *
 * The input is parsed once into an inert `<template>` (no script runs, nothing loads) and
 * a fresh tree is then *built* from the allowed parts. Nothing is ever serialised back to
 * a string and parsed again, which is how mutation-XSS slips through string sanitizers.
 */
import { trustedHtml } from './trusted-types.js';

/** Elements kept, with no attribute except `href` on `a`. */
const ALLOWED_ELEMENTS = new Set(['p', 'br', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i', 'blockquote', 'code']);

/** Elements dropped together with their text: code, styles, embedded documents, form fields. */
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'title', 'textarea', 'select', 'option', 'head', 'meta', 'link', 'base',
]);

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
/** Anything that looks like a tag, a comment or an entity: the answer is HTML, not plain text. */
const LOOKS_LIKE_HTML = /<[a-z/!]|&[#a-z0-9]+;/i;

let parser: HTMLTemplateElement | undefined;

/** True when `href` resolves to a scheme we allow (relative and `#…` links resolve to the page's). */
export function isSafeHref(href: string): boolean {
  try {
    // The browser's own URL parser decides the scheme, so entity, case, whitespace and
    // control-character tricks ("java\tscript:", "JaVaScRiPt:") are judged as a browser would.
    return SAFE_SCHEMES.has(new URL(href, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

function isExternal(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}

function copyAllowed(source: Node, target: Node, doc: Document): void {
  for (const child of Array.from(source.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      target.appendChild(doc.createTextNode(child.textContent ?? ''));
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue; // comments, processing instructions
    const element = child as Element;
    const name = element.localName;
    if (DROPPED_WITH_CONTENT.has(name)) continue;
    if (element.namespaceURI !== HTML_NAMESPACE || !ALLOWED_ELEMENTS.has(name)) {
      copyAllowed(element, target, doc); // unwrap: keep the text, drop the element
      continue;
    }
    const copy = doc.createElement(name);
    if (name === 'a') {
      const href = element.getAttribute('href');
      if (href !== null && isSafeHref(href)) {
        copy.setAttribute('href', href.trim());
        if (isExternal(href)) copy.setAttribute('rel', 'noopener noreferrer');
      }
    }
    copyAllowed(element, copy, doc);
    target.appendChild(copy);
  }
}

/** Plain text: blank lines separate paragraphs, single line breaks stay line breaks. */
function textToFragment(text: string, doc: Document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const paragraph of text.split(/\n[ \t\r\f]*\n/)) {
    if (!paragraph.trim()) continue;
    const p = doc.createElement('p');
    paragraph.trim().split('\n').forEach((line, i) => {
      if (i > 0) p.appendChild(doc.createElement('br'));
      p.appendChild(doc.createTextNode(line));
    });
    fragment.appendChild(p);
  }
  return fragment;
}

/**
 * Builds the safe DOM of an answer. Only `p br ul ol li a strong b em i blockquote code`
 * survive, with no attribute but a safe `a[href]`; other elements are unwrapped (their
 * text kept) or, for scripts, styles and embedded documents, dropped whole.
 *
 * @param answer restricted HTML, or plain text with blank lines between paragraphs
 * @param doc the document the nodes will live in
 * @example host.append(sanitizeAnswer('<p>Hi <img src=x onerror=alert(1)></p>'))
 */
export function sanitizeAnswer(answer: string, doc: Document = document): DocumentFragment {
  if (!LOOKS_LIKE_HTML.test(answer)) return textToFragment(answer, doc);
  parser ??= doc.createElement('template');
  parser.innerHTML = trustedHtml(answer);
  const fragment = doc.createDocumentFragment();
  copyAllowed(parser.content, fragment, doc);
  parser.content.replaceChildren();
  return fragment;
}
