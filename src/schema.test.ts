import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { normaliseDocument } from './faq-data.js';
import { readTranslations } from './translations.js';
import schema from './apt-faq.schema.json';

describe('apt-faq.schema.json agrees with the runtime validator', () => {
  const validator = new Validator(schema as object, '2020-12', false);
  const documents: [string, unknown][] = [
    ['the bundled FAQ', { items: [{ question: 'Q?', answer: '<p>A</p>' }] }],
    ['a full document', { lang: 'es', title: 'Preguntas', items: [{ id: 'a', question: '¿Qué?', answer: 'Esto.', open: true }] }],
    ['no items', { items: [] }],
    ['a $schema key', { $schema: './apt-faq.schema.json', items: [] }],
    ['an empty question', { items: [{ question: '', answer: 'a' }] }],
    ['a blank question', { items: [{ question: '   ', answer: 'a' }] }],
    ['a numeric question', { items: [{ question: 1, answer: 'a' }] }],
    ['no answer', { items: [{ question: 'Q?' }] }],
    ['an empty answer', { items: [{ question: 'Q?', answer: ' ' }] }],
    ['an answer of empty paragraphs', { items: [{ question: 'Q?', answer: '<p> </p><p><br></p>' }] }],
    ['an answer of one word in a paragraph', { items: [{ question: 'Q?', answer: '<p>Yes</p>' }] }],
    ['an HTML-less answer number', { items: [{ question: 'Q?', answer: 5 }] }],
    ['an id with a space', { items: [{ id: 'a b', question: 'Q?', answer: 'a' }] }],
    ['an id with #', { items: [{ id: '#a', question: 'Q?', answer: 'a' }] }],
    ['an empty id', { items: [{ id: '', question: 'Q?', answer: 'a' }] }],
    ['a string open', { items: [{ question: 'Q?', answer: 'a', open: 'true' }] }],
    ['a null item', { items: [null] }],
    ['a numeric lang', { lang: 5, items: [] }],
    ['an empty lang', { lang: '', items: [] }],
    ['a numeric title', { title: 5, items: [] }],
    ['a question of 500 characters', { items: [{ question: 'q'.repeat(500), answer: 'a' }] }],
    ['a question of 501 characters', { items: [{ question: 'q'.repeat(501), answer: 'a' }] }],
    ['an answer of 20,000 characters', { items: [{ question: 'Q?', answer: 'a'.repeat(20000) }] }],
    ['an answer of 20,001 characters', { items: [{ question: 'Q?', answer: 'a'.repeat(20001) }] }],
    ['5,000 items', { items: Array.from({ length: 5000 }, (_, i) => ({ question: `Q${i}?`, answer: 'a' })) }],
    ['5,001 items', { items: Array.from({ length: 5001 }, (_, i) => ({ question: `Q${i}?`, answer: 'a' })) }],
  ];
  for (const [name, document] of documents) {
    it(`agrees on ${name}`, () => {
      const schemaValid = validator.validate(document).valid;
      const runtimeValid = normaliseDocument(document).problems.length === 0;
      expect(runtimeValid).to.equal(schemaValid);
    });
  }

  it('agrees with apt-faq check on the languages of translations: codes, not names', () => {
    const items = [{ id: 'a', question: 'Q?', answer: 'A.' }];
    for (const lang of ['fr', 'pt-BR', 'es-419', 'zh-Hant', 'fil', 'French', 'es_ES', 'xx-', '']) {
      const document = { lang: 'en', items, translations: { [lang]: { items: [] } } };
      const checked = readTranslations(document.translations, normaliseDocument(document).items, items, 'en');
      expect(validator.validate(document).valid, lang).to.equal(!checked.problems.some((problem) => problem.severity === 'error'));
    }
  });

  it('agrees that a document without items, or not an object, is invalid', () => {
    for (const document of [{}, [], 'faq', { items: {} }]) {
      expect(validator.validate(document).valid).to.be.false;
      expect(() => normaliseDocument(document)).to.throw(TypeError);
    }
  });
});
