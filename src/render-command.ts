/// <reference types="node" />
/**
 * `apt-faq render [FILE.json]` (also `npm run render -- FILE.json`): prints the hand-written
 * markup of a FAQ document (the bundled APT FAQ without a file), for static sites and CMSs.
 * Answers go through the widget's own sanitizer, run on linkedom's DOM: what the JSON may hold
 * is cleaned before it becomes the page author's trusted markup.
 */
import { readFile } from 'node:fs/promises';
import bundledDocument from './data/apt-faq.en.json';
import { checkText, nodeDocument, problemText } from './check-document.js';
import type { FaqProblem } from './problems.js';
import { renderMarkup } from './render-markup.js';
import { sanitizedAnswerHtml } from './sanitize.js';
import { localiseItems, translationFor } from './translations.js';

/** What `render` prints: the markup on stdout, the problems (skipped items, dropped markup) on stderr. */
export interface RenderResult {
  markup: string;
  problems: FaqProblem[];
}

/**
 * The hand-written markup of the document in `file` (the bundled APT FAQ when absent), in the
 * main language or, with `lang`, in the translation that fits it best (`fr-CA` → `fr`; none: the
 * main language), untranslated texts marked with the main language. Throws with a readable
 * message (bad JSON by line and column) when the file cannot be read or is not a FAQ document.
 */
export async function renderFile(file: string | undefined, headingLevel?: number, lang?: string): Promise<RenderResult> {
  const text = file === undefined ? JSON.stringify(bundledDocument) : await readFile(file, 'utf8');
  const { document, problems, translations } = await checkText(text);
  if (!document) throw new Error(problemText(problems[0]));
  const dom = await nodeDocument();
  const cleanAnswer = (answer: string): string => sanitizedAnswerHtml(answer, dom);
  const shown = document.lang && translationFor(lang, document.lang, [...translations.keys()]);
  const localised = shown ? { lang: shown, items: localiseItems(document.items, translations.get(shown), document.lang!) } : document;
  return { markup: renderMarkup(localised, { cleanAnswer, headingLevel }), problems };
}
