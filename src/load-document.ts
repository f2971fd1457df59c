import { normaliseDocument, type NormalisedDocument } from './faq-data.js';

/** Why a JSON document could not be shown. */
export type LoadFailure = 'status' | 'network' | 'timeout' | 'invalid';

/** A failed load, with what the user should be told. */
export class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    readonly status?: number,
  ) {
    super(failure);
  }
}

/** A slower answer than this counts as a failure, so the user is never left waiting forever. */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * Fetches and validates the FAQ document at `url`. Rejects with a {@link LoadError}, or with
 * the signal's reason when the caller aborts (the element disconnected or `src` changed).
 * No cookies leave for other origins (`credentials: 'same-origin'`, the fetch default).
 */
export async function loadDocument(url: string, signal: AbortSignal): Promise<NormalisedDocument & { raw: unknown[] }> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), LOAD_TIMEOUT_MS);
  const onAbort = () => timeout.abort();
  signal.addEventListener('abort', onAbort);
  try {
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(url, { signal: timeout.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new LoadError('status', response.status);
      body = JSON.parse(await response.text());
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timeout.signal.aborted) throw new LoadError('timeout');
      if (error instanceof LoadError) throw error;
      throw new LoadError(error instanceof SyntaxError ? 'invalid' : 'network');
    }
    try {
      const document = normaliseDocument(body);
      return { ...document, raw: (body as { items: unknown[] }).items };
    } catch {
      throw new LoadError('invalid');
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
