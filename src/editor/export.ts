/**
 * What the editor hands over: the JSON file, the snippets to paste into a page, and the two
 * ways of getting them out of the browser (a download, the clipboard).
 */
import { normaliseDocument } from '../faq-data.js';
import { renderMarkup } from '../render-markup.js';
import { sanitizedAnswerHtml } from '../sanitize.js';
import { version } from '../../package.json';
import { draftToJson, type Draft } from './model.js';

/** The JSON document as a file's text: two-space indent, final newline (diff-friendly). */
export function jsonText(draft: Draft): string {
  return `${JSON.stringify(draftToJson(draft), null, 2)}\n`;
}

/** A file name for the document: `faq.en.json`, `faq.fr.json`… */
export function fileName(draft: Draft): string {
  const lang = draft.lang.trim().toLowerCase().replace(/[^a-z0-9-]+/g, '');
  return lang ? `faq.${lang}.json` : 'faq.json';
}

/** The snippet that shows the document from where it is published, next to the page. */
export function embedSnippet(draft: Draft): string {
  return [
    `<script type="module" src="https://cdn.jsdelivr.net/npm/apt-faq@${version}/dist/apt-faq.js"></script>`,
    `<apt-faq src="${fileName(draft)}"></apt-faq>`,
    '',
  ].join('\n');
}

/** An answer as the hand-written markup carries it: cleaned to the allowlist, serialised. */
export const cleanAnswerHtml = (answer: string): string => sanitizedAnswerHtml(answer);

/**
 * The hand-written HTML of the document (SPEC "Elements"), readable without JavaScript.
 * Invalid items are left out, as the widget would skip them.
 */
export function handWrittenHtml(draft: Draft): string {
  return renderMarkup(normaliseDocument(draftToJson(draft)), { cleanAnswer: cleanAnswerHtml });
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
