/** Every piece of text the widget itself shows or announces. */
export interface FaqStrings {
  /** Accessible name of each answer's permalink. */
  permalink: string;
  /** Announced after a permalink is copied to the clipboard. */
  linkCopied: string;
}

const en: FaqStrings = {
  permalink: 'Link to this question',
  linkCopied: 'Link copied',
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
