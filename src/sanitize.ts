/**
 * Turns an answer (restricted HTML or plain text) into DOM nodes that are safe to show.
 *
 * The input is parsed once into an inert `<template>` (no script runs, nothing loads) and
 * cleaned there, node by node, before it is moved into the page. Nothing is ever serialised
 * back to a string and parsed again, which is how mutation-XSS slips through string sanitizers.
 */
import { trustedHtml } from './trusted-types.js';
import { LIMITS } from './faq-data.js';
import type { DropCode, FaqProblem } from './problems.js';

// The lists are written as one string each, split once: 0.04 KB less in the bundle than arrays of strings.

/** Elements kept, with no attribute except `href` on `a`. */
const ALLOWED_ELEMENTS = new Set('p br ul ol li a strong b em i blockquote code'.split(' '));

/** Elements dropped together with their text: code, styles, embedded documents, form fields. */
const DROPPED_WITH_CONTENT = new Set(
  'script style template noscript noembed noframes xmp iframe frame frameset object embed title textarea select option head meta link base'.split(' '),
);

const SAFE_SCHEMES = new Set('http: https: mailto: tel:'.split(' '));
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
/** Anything that looks like a tag, a comment or an entity: the answer is HTML, not plain text. */
const LOOKS_LIKE_HTML = /<[a-z/!]|&[#a-z0-9]+;/i;

/** Where relative links resolve: the page's base URL (a neutral one outside a browser, for `apt-faq render`). */
const baseOf = (doc?: Document): string => doc?.baseURI || 'https://relative.invalid/';

/**
 * `href` as the browser will resolve it against the page: its own URL parser decides, so
 * entity, case, whitespace, backslash and control-character tricks ("java\tscript:",
 * "/\\example.org", "https:example.org") are judged exactly as the browser will follow them.
 */
function resolveHref(href: string, doc?: Document): URL | undefined {
  try {
    return new URL(href, baseOf(doc));
  } catch {
    return undefined;
  }
}

/** True when `href` resolves to a scheme we allow (relative and `#…` links resolve to the page's). */
export function isSafeHref(href: string, doc: Document | undefined = globalThis.document): boolean {
  return SAFE_SCHEMES.has(resolveHref(href, doc)?.protocol ?? '');
}

/** A web link that leaves the page's origin, however it is written. */
function isExternal(href: string, doc: Document | undefined): boolean {
  const url = resolveHref(href, doc);
  return (url?.protocol === 'http:' || url?.protocol === 'https:') && url.origin !== new URL(baseOf(doc)).origin;
}

/**
 * Cleans `root` in place, in the inert document `doc` it was parsed into: disallowed elements
 * are unwrapped or removed, attributes stripped; links are judged against `page`'s URL. Cleaning in place spares creating every node
 * a second time (answers are most of the FAQ's DOM). Linear in the size of the input, however
 * it nests: an unwrapped element's children move up once and are then cleaned at that level.
 */
function clean(root: Node, doc: Document, page: Document): void {
  let child = root.firstChild;
  while (child) {
    let next = child.nextSibling;
    if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      const name = element.localName;
      if (DROPPED_WITH_CONTENT.has(name)) {
        element.remove();
      } else if (element.namespaceURI !== HTML_NAMESPACE || !ALLOWED_ELEMENTS.has(name)) {
        // Unwrap: keep the text, drop the element. One node at a time: spreading a huge
        // child list into one call would overflow the call stack.
        next = element.firstChild ?? next;
        while (element.firstChild) root.insertBefore(element.firstChild, element);
        element.remove();
      } else {
        clean(element, doc, page);
        stripAttributes(element, doc, page);
      }
    } else if (child.nodeType !== Node.TEXT_NODE) {
      root.removeChild(child); // comments, processing instructions
    }
    child = next;
  }
}

/**
 * Replaces every element deeper than `levels` below `root` with its text, and says whether it
 * did. Deep nesting is what makes a hostile answer slow (each DOM move checks its ancestors;
 * nested inline boxes are costly to lay out): flattened first, the rest of the work is linear.
 */
function flattenDeep(root: Node, levels: number, doc: Document): boolean {
  let flattened = false;
  for (let child = root.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    if (levels === 0) {
      const text = doc.createTextNode(child.textContent ?? '');
      root.replaceChild(text, child);
      child = text;
      flattened = true;
    } else if (flattenDeep(child, levels - 1, doc)) {
      flattened = true;
    }
  }
  return flattened;
}

/**
 * Removes every attribute but a safe `a[href]` (and adds `rel` to external links). The href
 * kept is exactly the string that was checked: trimming it afterwards (String#trim also drops
 * no-break and other Unicode spaces, which URL parsing keeps) could turn a relative link into
 * a `javascript:` one. A parsed `is` stays with the element after the attribute is gone
 * (customized built-ins would upgrade it in the page): such an element is swapped for a plain one.
 */
function stripAttributes(element: Element, doc: Document, page: Document): void {
  const href = element.localName === 'a' ? element.getAttribute('href') : null;
  if (element.hasAttribute('is')) {
    const plain = doc.createElement(element.localName);
    while (element.firstChild) plain.appendChild(element.firstChild);
    element.replaceWith(plain);
    element = plain;
  }
  for (const name of element.getAttributeNames()) element.removeAttribute(name);
  if (href !== null && isSafeHref(href, page)) {
    element.setAttribute('href', href);
    if (isExternal(href, page)) element.setAttribute('rel', 'noopener noreferrer');
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
 * Elements nested deeper than `LIMITS.depth` keep only their text (`onFlattened` is told).
 *
 * @param answer restricted HTML, or plain text with blank lines between paragraphs
 * @param doc the document the nodes will live in
 * @param onFlattened called when deep elements were flattened, so the caller can say which answer
 * @example host.append(sanitizeAnswer('<p>Hi <img src=x onerror=alert(1)></p>'))
 */
export function sanitizeAnswer(answer: string, doc: Document = document, onFlattened?: () => void): DocumentFragment {
  if (!LOOKS_LIKE_HTML.test(answer)) return textToFragment(answer, doc);
  const parser = doc.createElement('template');
  parser.innerHTML = trustedHtml(answer);
  const { content } = parser;
  const fragment = doc.createDocumentFragment();
  try {
    if (flattenDeep(content, LIMITS.depth, content.ownerDocument)) onFlattened?.();
    clean(content, content.ownerDocument, doc);
  } catch {
    // Not expected; but a half-cleaned tree must never reach the page: show its text only.
    fragment.append(textToFragment(content.textContent ?? '', doc));
    return fragment;
  }
  fragment.append(content); // moves (adopts) the cleaned nodes into `doc`
  return fragment;
}

/**
 * The sanitised answer as HTML text, for markup written out to be pasted in a page (the
 * editor's export, `apt-faq render`): the only place a cleaned answer is serialised.
 */
export function sanitizedAnswerHtml(answer: string, doc: Document = document): string {
  const holder = doc.createElement('div');
  holder.append(sanitizeAnswer(answer, doc));
  return holder.innerHTML;
}

/** What the answer rules will take out of one answer (names in order of first appearance). */
export interface AnswerDrops {
  /** Elements dropped (`img`, `script`, `table`…); most keep their text, see {@link sanitizeAnswer}. */
  elements: string[];
  /** Attributes dropped from the elements that stay (`class`, `style`, `target`…). */
  attributes: string[];
  /** Schemes of links whose `href` is dropped (`javascript:`, `data:`…). */
  schemes: string[];
}

/**
 * A dry run of the answer rules: names what {@link sanitizeAnswer} would drop from `answer`,
 * without changing anything (it reads an inert copy). Relative links are judged as on a web
 * page (http or https), wherever the report is made. Not used by the element: tools only
 * (`apt-faq check`, `apt-faq render`, the editor), so it stays out of the bundle.
 */
export function answerDrops(answer: string, doc: Document = document): AnswerDrops {
  const drops: AnswerDrops = { elements: [], attributes: [], schemes: [] };
  if (!LOOKS_LIKE_HTML.test(answer)) return drops;
  const add = (list: string[], name: string) => list.includes(name) || list.push(name);
  const parser = doc.createElement('template');
  parser.innerHTML = trustedHtml(answer.slice(0, LIMITS.answer));
  // Walked without recursion: a hostile answer may nest thousands of levels deep.
  const root = parser.content;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      const name = element.localName;
      if (element.namespaceURI !== HTML_NAMESPACE || !ALLOWED_ELEMENTS.has(name)) add(drops.elements, name);
      if (!DROPPED_WITH_CONTENT.has(name)) descend = true;
      if (ALLOWED_ELEMENTS.has(name) && element.namespaceURI === HTML_NAMESPACE) {
        for (const attribute of element.getAttributeNames()) {
          if (name !== 'a' || attribute !== 'href') add(drops.attributes, attribute);
          else {
            const href = element.getAttribute('href')!;
            const scheme = resolveHref(href)?.protocol ?? href.slice(0, 40);
            if (!SAFE_SCHEMES.has(scheme)) add(drops.schemes, scheme);
          }
        }
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return drops;
}

/**
 * The dry run of every answer of a document's raw `items`, as problems (`answer-drops-element`,
 * `-attribute`, `-link`; warnings: the item is shown, without what is named), items counted
 * from 1 whether or not they are valid otherwise. `dryRun` lets a caller reuse earlier runs.
 * @example answerDropProblems([{ question: 'Q?', answer: '<p>Hi <img src="x.png"></p>' }], document)
 * // [{ code: 'answer-drops-element', severity: 'warning', item: 1, field: 'answer', detail: 'img' }]
 */
export function answerDropProblems(
  items: readonly unknown[],
  doc: Document = document,
  dryRun: (answer: string) => AnswerDrops = (answer) => answerDrops(answer, doc),
): FaqProblem[] {
  const problems: FaqProblem[] = [];
  items.forEach((raw, index) => {
    const item = raw as Partial<Record<string, unknown>> | null;
    if (typeof item?.answer !== 'string') return;
    const drops = dryRun(item.answer);
    const found = (code: DropCode, names: string[]) => {
      if (names.length === 0) return;
      const problem: FaqProblem = { code, severity: 'warning', item: index + 1, field: 'answer', detail: names.join(', ') };
      if (typeof item.id === 'string' && item.id) problem.id = item.id;
      problems.push(problem);
    };
    found('answer-drops-element', drops.elements);
    found('answer-drops-attribute', drops.attributes);
    found('answer-drops-link', drops.schemes);
  });
  return problems;
}
