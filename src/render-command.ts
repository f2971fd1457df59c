/// <reference types="node" />
/**
 * `apt-faq render [FILE.json]` (also `npm run render -- FILE.json`): prints the hand-written
 * markup of a FAQ document (the bundled APT FAQ without a file), for static sites and CMSs.
 * Answers go through the widget's own sanitizer, run on linkedom's DOM: what the JSON may hold
 * is cleaned before it becomes the page author's trusted markup.
 */
import { readFile } from 'node:fs/promises';
import bundledDocument from './data/apt-faq.en.json';
import { describeProblems, normaliseDocument } from './faq-data.js';
import { renderMarkup } from './render-markup.js';
import { sanitizedAnswerHtml } from './sanitize.js';

/** What `render` prints: the markup on stdout, the problems of skipped items on stderr. */
export interface RenderResult {
  markup: string;
  warnings: string[];
}

/**
 * The hand-written markup of the document in `file` (the bundled APT FAQ when absent).
 * Throws with a readable message when the file cannot be read or is not a FAQ document.
 */
export async function renderFile(file: string | undefined, headingLevel?: number): Promise<RenderResult> {
  const json: unknown = file === undefined ? bundledDocument : JSON.parse(await readFile(file, 'utf8'));
  const document = normaliseDocument(json);
  const { parseHTML } = await import('linkedom');
  const dom = parseHTML('<!doctype html><html><body></body></html>');
  // The sanitizer compares node types with the DOM's own constants.
  (globalThis as { Node?: unknown }).Node ??= dom.Node;
  const cleanAnswer = (answer: string): string => sanitizedAnswerHtml(answer, dom.document);
  const raw = (json as { items: unknown[] }).items;
  return { markup: renderMarkup(document, { cleanAnswer, headingLevel }), warnings: describeProblems(document.problems, raw) };
}
