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

/** What `render` prints: the markup on stdout, the problems (skipped items, dropped markup) on stderr. */
export interface RenderResult {
  markup: string;
  problems: FaqProblem[];
}

/**
 * The hand-written markup of the document in `file` (the bundled APT FAQ when absent).
 * Throws with a readable message (bad JSON by line and column) when the file cannot be read
 * or is not a FAQ document.
 */
export async function renderFile(file: string | undefined, headingLevel?: number): Promise<RenderResult> {
  const text = file === undefined ? JSON.stringify(bundledDocument) : await readFile(file, 'utf8');
  const { document, problems } = await checkText(text);
  if (!document) throw new Error(problemText(problems[0]));
  const dom = await nodeDocument();
  const cleanAnswer = (answer: string): string => sanitizedAnswerHtml(answer, dom);
  return { markup: renderMarkup(document, { cleanAnswer, headingLevel }), problems };
}
