import { FaqDocumentError, normaliseDocument, type NormalisedDocument } from './faq-data.js';
import { describeProblems, type FaqProblem } from './problems.js';

/**
 * Why a JSON document could not be shown. `file`: the document is on disk (`file:` URL) and the
 * browser refused it, as Chromium always does (and Firefox with its default settings): no retry
 * can help.
 */
export type LoadFailure = 'status' | 'network' | 'timeout' | 'invalid' | 'file';

/** A failed load, with what the user should be told. */
export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    readonly status?: number,
  ) {
    super(failure);
  }
}

/** A document as loaded: validated items, and what is read against them later. */
export interface LoadedDocument extends NormalisedDocument {
  /** The `items` as written (to tell an explicit id from a derived one). */
  raw: unknown[];
  /** The `translations` as written, read by translations.ts. */
  translations?: unknown;
}

/** A slower answer than this counts as a failure, so the user is never left waiting forever. */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * Fetches and validates the FAQ document at `url`. Rejects with a {@link LoadError}, or with
 * the signal's reason when the caller aborts (the element disconnected or `src` changed).
 * No cookies leave for other origins (`credentials: 'same-origin'`, the fetch default).
 */
export async function loadDocument(url: string, signal: AbortSignal): Promise<LoadedDocument> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), LOAD_TIMEOUT_MS);
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort);
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { signal: timeout.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new LoadError('status', response.status);
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw new LoadError('timeout');
      if (error instanceof LoadError) throw error;
      // Chromium (and Firefox by default) refuse every fetch of a file on disk, whatever the user does.
      throw new LoadError(new URL(url, document.baseURI).protocol === 'file:' ? 'file' : 'network');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
      const document = normaliseDocument(body);
      const { items, translations } = body as { items: unknown[]; translations?: unknown };
      return { ...document, raw: items, translations };
    } catch (error) {
      // The page says "not a valid FAQ document"; the console says why, for whoever fixes it.
      // Bad JSON: the engine's own words, with the line and column where Chromium and Firefox give
      // them (WebKit does not). `apt-faq check` and the editor run json-syntax.ts's full scanner:
      // 0.7 KB brotli, too much to ship to every partner page for a console line.
      const problem: FaqProblem = error instanceof FaqDocumentError ? error.problem : { code: 'json-syntax', severity: 'error', detail: (error as Error).message };
      console.warn(describeProblems([problem])[0]);
      throw new LoadError('invalid');
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
