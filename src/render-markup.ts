/**
 * The hand-written form of an FAQ document (SPEC "Elements"): `<apt-faq>` holding one
 * `<apt-faq-item>` per question, each with its question as a real heading. Pasted into a
 * static page or a CMS it is read and indexed without JavaScript, and drawn by the browser
 * before the script arrives. Pure string building, no DOM: shared by `apt-faq render` (Node)
 * and the editor (browser), which each bring their own answer cleaner.
 */
import type { NormalisedDocument } from './faq-data.js';
import type { LocalisedItem } from './translations.js';

/** How {@link renderMarkup} writes the document. */
export interface RenderMarkupOptions {
  /**
   * Turns an answer from the JSON (restricted HTML or plain text) into the HTML to write.
   * The result becomes the page author's own markup, trusted as the page: it must be the
   * sanitised answer (`sanitizeAnswer`), serialised.
   */
  cleanAnswer(answer: string): string;
  /** Level of the question headings, 2–6. Default 3. */
  headingLevel?: number;
  /** Boolean attributes of `<apt-faq>` (`search`, `expand-all`, `exclusive`), written as given. */
  attributes?: readonly string[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value, escaped so it stays text whatever it holds. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char]);
}

/**
 * The hand-written markup of a validated document (its `items`; invalid ones were left out
 * by `normaliseDocument`). Items of a translation (`localiseItems`) whose question or answer is
 * still in the main language carry that `lang`, so screen readers switch voice.
 * @example
 * renderMarkup(normaliseDocument(json), { cleanAnswer: (html) => serialise(sanitizeAnswer(html)) });
 */
export function renderMarkup(document: Pick<NormalisedDocument, 'lang'> & { items: readonly LocalisedItem[] }, options: RenderMarkupOptions): string {
  const level = Math.min(6, Math.max(2, Math.round(options.headingLevel ?? 3)));
  const lang = document.lang ? ` lang="${escapeHtml(document.lang)}"` : '';
  const attributes = (options.attributes ?? []).map((name) => ` ${escapeHtml(name)}`).join('');
  const items = document.items.map((item) => {
    const cleaned = options.cleanAnswer(item.answer).trim();
    const answer = item.answerLang ? `<div lang="${escapeHtml(item.answerLang)}">\n${cleaned}\n</div>` : cleaned;
    const questionLang = item.questionLang ? ` lang="${escapeHtml(item.questionLang)}"` : '';
    return [
      `  <apt-faq-item id="${escapeHtml(item.id)}"${item.open ? ' open' : ''}>`,
      `    <h${level} slot="question"${questionLang}>${escapeHtml(item.question)}</h${level}>`,
      ...answer.split('\n').map((line) => (line ? `    ${line}` : line)),
      '  </apt-faq-item>',
    ].join('\n');
  });
  return `<apt-faq${lang}${attributes}>\n${items.join('\n')}\n</apt-faq>\n`;
}
