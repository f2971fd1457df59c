/**
 * What the editor hands over: the JSON file, the snippets to paste into a page, and the two
 * ways of getting them out of the browser (a download, the clipboard).
 */
import { normaliseDocument } from '../faq-data.js';
import { escapeHtml, renderMarkup } from '../render-markup.js';
import { sanitizedAnswerHtml } from '../sanitize.js';
import { localiseItems, readTranslations } from '../translations.js';
import { version } from '../../package.json';
import { draftLanguage, draftMainLanguage, draftToJson, type Draft } from './model.js';

/** The JSON document as a file's text: two-space indent, final newline (diff-friendly). */
export function jsonText(draft: Draft): string {
  return `${JSON.stringify(draftToJson(draft), null, 2)}\n`;
}

/** A file name for the document: `faq.en.json`, `faq.fr.json`…; `faq.json` while its language is no language code. */
export function fileName(draft: Draft): string {
  const lang = (draftMainLanguage(draft) ?? '').toLowerCase().replace(/[^a-z0-9-]+/g, '');
  return lang ? `faq.${lang}.json` : 'faq.json';
}

/** The release zip that holds `apt-faq.js` and this editor (`npm run zip` makes it). */
export const RELEASE_ZIP = `apt-faq-${version}.zip`;

/**
 * The line that loads the FAQ's script from beside the page. A classic deferred script, not a
 * module: it also runs in a page opened from disk. No CDN line until a version is published.
 */
export const SCRIPT_TAG = '<script defer src="apt-faq.js"></script>';

/** What the preview was set to show, published with the FAQ so the page shows the same. */
export interface PublishOptions {
  search: boolean;
  expandAll: boolean;
  exclusive: boolean;
}

/** The `<apt-faq>` boolean attributes for `options`: `search`, `expand-all`, `exclusive`. */
export function faqAttributes(options?: PublishOptions): string[] {
  if (!options) return [];
  return [options.search && 'search', options.expandAll && 'expand-all', options.exclusive && 'exclusive'].filter((name): name is string => !!name);
}

/** The snippet that shows the document from its JSON file, published next to the page. */
export function embedSnippet(draft: Draft, options?: PublishOptions): string {
  const attributes = faqAttributes(options).map((name) => ` ${name}`).join('');
  return `<apt-faq src="${fileName(draft)}"${attributes}></apt-faq>\n${SCRIPT_TAG}\n`;
}

/**
 * The HTML to paste into a page or a CMS's HTML block: every question as a heading, then the
 * script. Hand-written markup holds one language: the main one, or the translation into `lang`
 * (its untranslated texts in the main language, marked with its `lang`).
 */
export function publishHtml(draft: Draft, options?: PublishOptions, lang?: string): string {
  return `${handWrittenHtml(draft, options, lang)}${SCRIPT_TAG}\n`;
}

/** A file name for the HTML: `faq.en.html`, `faq.fr.html` for the translation into `fr`… */
export const htmlFileName = (draft: Draft, lang?: string): string =>
  fileName(draftLanguage(draft, lang) ? { ...draft, lang: lang! } : draft).replace(/\.json$/, '.html');

/**
 * The HTML as a page of its own, for the download: {@link publishHtml} in a minimal document
 * (UTF-8, the content's language), which works opened from disk next to `apt-faq.js`.
 */
export function htmlPage(draft: Draft, options?: PublishOptions, shownLang?: string): string {
  const translation = draftLanguage(draft, shownLang);
  const lang = translation?.lang ?? draftMainLanguage(draft);
  const title = translation?.title.trim() || draft.title.trim() || 'FAQ';
  return [
    '<!doctype html>',
    `<html${lang ? ` lang="${escapeHtml(lang)}"` : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    '<body>',
    publishHtml(draft, options, shownLang) + '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** An answer as the hand-written markup carries it: cleaned to the allowlist, serialised. */
export const cleanAnswerHtml = (answer: string): string => sanitizedAnswerHtml(answer);

/**
 * The hand-written HTML of the document (SPEC "Elements"), readable without JavaScript.
 * Invalid items are left out, as the widget would skip them.
 */
export function handWrittenHtml(draft: Draft, options?: PublishOptions, lang?: string): string {
  const json = draftToJson(draft);
  const document = normaliseDocument(json);
  const markupOptions = { cleanAnswer: cleanAnswerHtml, attributes: faqAttributes(options) };
  const translation = draftLanguage(draft, lang) && readTranslations(json.translations, document.items, json.items, json.lang).translations.get(lang!);
  if (!translation) return renderMarkup(document, markupOptions);
  return renderMarkup({ lang, items: localiseItems(document.items, translation, document.lang ?? '') }, markupOptions);
}

/** Saves text as a file through the browser's download. */
export function download(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after the click returns: keep it a while, then free it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Puts text on the clipboard. Resolves to false where the browser refuses (a page from disk
 * in some browsers, no permission): the interface then says to copy from the field by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyBySelection(text);
  }
}

/** The older way, still allowed where the asynchronous clipboard is not (some pages from disk). */
function copyBySelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}
