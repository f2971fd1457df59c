/** Every piece of text the widget itself shows or announces. */
export interface FaqStrings {
  /** Accessible name of each answer's permalink. */
  permalink: string;
  /** Announced after a permalink is copied to the clipboard. */
  linkCopied: string;
  /** Shown while a `src` document loads. */
  loading: string;
  /** The server answered with a non-2xx status. */
  errorStatus: (status: number) => string;
  /** The request failed: offline, blocked, refused. */
  errorNetwork: string;
  /** No answer within the time limit. */
  errorTimeout: string;
  /** The answer is not a valid FAQ document. */
  errorInvalid: string;
  /** The button that loads the document again. */
  retry: string;
}

const en: FaqStrings = {
  permalink: 'Link to this question',
  linkCopied: 'Link copied',
  loading: 'Loading questions…',
  errorStatus: (status) => `The questions could not be loaded: the server answered ${status}.`,
  errorNetwork: 'The questions could not be loaded. Check your connection and try again.',
  errorTimeout: 'The questions are taking too long to load. Try again in a moment.',
  errorInvalid: 'The questions could not be read: the file is not a valid FAQ document.',
  retry: 'Try again',
};

/** The built-in UI languages. */
export const BUILT_IN_STRINGS: Readonly<Record<string, FaqStrings>> = { en };

/**
 * The strings for a language tag: its own language (`fr-CH` → `fr`) when built in,
 * else English. `overrides` replace single strings.
 */
export function resolveStrings(lang: string | null | undefined, overrides?: Partial<FaqStrings>): FaqStrings {
  const base = (lang ?? '').toLowerCase().split('-')[0];
  return { ...(BUILT_IN_STRINGS[base] ?? en), ...overrides };
}
