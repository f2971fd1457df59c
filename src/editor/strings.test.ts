import { expect } from '@open-wc/testing';
import type { FaqProblem, ProblemCode } from '../problems.js';
import { EDITOR_STRINGS } from './strings.js';

/** One problem of every code, as the validator, the dry run and the JSON scanner make them. */
const CODES: ProblemCode[] = [
  'json-syntax', 'document-not-object', 'items-missing', 'too-many-items', 'lang-invalid', 'title-invalid',
  'item-not-object', 'question-empty', 'question-too-long', 'answer-missing', 'answer-empty', 'answer-too-long',
  'id-invalid', 'id-duplicate', 'open-invalid', 'answer-drops-element', 'answer-drops-attribute', 'answer-drops-link',
  'translations-invalid', 'translation-needs-ids', 'translation-orphan', 'translation-missing', 'children-none-valid', 'language-unknown',
];

describe('editor strings', () => {
  it('word every problem code in English, French and Spanish, each in its own words', () => {
    const { en, fr, es } = EDITOR_STRINGS;
    for (const code of CODES) {
      const problem: FaqProblem = { code, severity: 'error', item: 2, detail: 'img', line: code === 'json-syntax' ? 3 : undefined, column: 7 };
      const [english, french, spanish] = [en, fr, es].map((strings) => strings.problemText[code](problem));
      for (const text of [english, french, spanish]) expect(text, code).to.match(/\S/).and.not.contain('undefined');
      expect(french, code).to.not.equal(english);
      expect(spanish, code).to.not.equal(english);
    }
    for (const strings of [en, fr, es]) {
      expect(Object.keys(strings.problemText)).to.have.members(CODES);
      expect(strings.notJsonAt('faq.json', 3, 7)).to.contain('3').and.contain('7').and.contain('faq.json');
      expect(strings.problemAt(4)).to.contain('4');
    }
  });
});
