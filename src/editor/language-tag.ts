/** The editor's words for a language code it refuses (the rules: ../language-tag.ts). */
import { suggestedCode } from '../language-tag.js';
import type { EditorStrings } from './strings.js';

/**
 * Why `text` is refused as a language code, in the editor's language: the code to type when
 * it is a language's name (`espagnol` → "… pour l’espagnol, tapez es."), else what a code looks like.
 */
export function notALanguageText(text: string, s: EditorStrings, uiLang: string): string {
  const suggestion = suggestedCode(text, uiLang);
  return suggestion ? s.languageNameTyped(text.trim(), suggestion.name, suggestion.code) : s.languageInvalid(text.trim());
}
