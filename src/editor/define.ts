/**
 * Registers the editor's elements (and `<apt-faq>` for the preview); safe to call twice.
 * A function, not a side effect of importing: package.json's `sideEffects` list lets bundlers
 * drop modules that are imported only for their effects, and this one is not on it.
 */
import '../define.js';
import { AptFaqAnswerField } from './answer-field.js';
import { AptFaqEditor } from './apt-faq-editor.js';
import { AptFaqExport } from './export-panel.js';
import { AptFaqLanguageBar } from './language-bar.js';
import { AptFaqPreview } from './preview-panel.js';

const ELEMENTS: [string, CustomElementConstructor][] = [
  ['apt-faq-answer-field', AptFaqAnswerField],
  ['apt-faq-preview', AptFaqPreview],
  ['apt-faq-export', AptFaqExport],
  ['apt-faq-language-bar', AptFaqLanguageBar],
  ['apt-faq-editor', AptFaqEditor],
];

/** Defines `<apt-faq-editor>` and its parts unless they already are. */
export function defineEditor(): void {
  for (const [name, element] of ELEMENTS) if (!customElements.get(name)) customElements.define(name, element);
}

export { AptFaqAnswerField, AptFaqEditor, AptFaqExport, AptFaqLanguageBar, AptFaqPreview };
