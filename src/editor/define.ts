/**
 * Registers the editor's elements (and `<apt-faq>` for the preview); safe to call twice.
 * A function, not a side effect of importing: package.json's `sideEffects` list lets bundlers
 * drop modules that are imported only for their effects, and this one is not on it.
 */
import '../define.js';
import { AptFaqAnswerField } from './answer-field.js';
import { AptFaqEditor } from './apt-faq-editor.js';

/** Defines `<apt-faq-editor>` and `<apt-faq-answer-field>` unless they already are. */
export function defineEditor(): void {
  if (!customElements.get('apt-faq-answer-field')) customElements.define('apt-faq-answer-field', AptFaqAnswerField);
  if (!customElements.get('apt-faq-editor')) customElements.define('apt-faq-editor', AptFaqEditor);
}

export { AptFaqAnswerField, AptFaqEditor };
