import { expect } from '@open-wc/testing';
import bundled from '../data/apt-faq.en.json';
import {
  addItem, addLanguage, derivedId, draftFromJson, draftToJson, duplicateItem, markShared, moveItem, newLanguageProblem, removeItem, removeLanguage,
  translatedTextCount, updateItem, updateLanguageTitle, updateTranslation,
} from './model.js';
import { validateDraft } from './validate.js';

/** Three items, two translations, one orphan and one repeated entry: what a hand-edited file may hold. */
const MULTILINGUAL = {
  lang: 'en',
  title: 'Funding',
  items: [
    { id: 'funding', question: 'Can we get funding?', answer: '<p>Yes.</p>' },
    { id: 'partners', question: 'Who are the partners?', answer: '<p>Many.</p>', open: true },
    { id: 'contact', question: 'How to reach us?', answer: '<p>By mail.</p>' },
  ],
  translations: {
    fr: {
      title: 'Financement',
      items: [
        { id: 'funding', question: 'Pouvons-nous obtenir un financement ?', answer: '<p>Oui.</p>' },
        { id: 'partners', answer: '<p>Nombreux.</p>' },
        { id: 'gone', question: 'Une question retirée ?' },
        { id: 'funding', question: 'En double ?' },
      ],
    },
    es: { items: [{ id: 'contact', question: '¿Cómo contactarnos?' }] },
  },
};

describe('editor model', () => {
  it('turns the bundled document into a draft and back without changing a thing', () => {
    const { draft, fileProblems } = draftFromJson(structuredClone(bundled));
    expect(fileProblems).to.deep.equal([]);
    expect(draftToJson(draft)).to.deep.equal(bundled);
  });

  it('opens anything that parses, reporting the problems as the validator found them', () => {
    expect(draftFromJson([]).fileProblems).to.deep.equal([{ code: 'document-not-object', severity: 'error' }]);
    const { draft, fileProblems } = draftFromJson({ lang: 7, items: [null, { question: 'Q?', answer: 3, open: 'yes' }] });
    expect(fileProblems.map((problem) => `${problem.item ?? ''} ${problem.code}`)).to.deep.equal([
      ' lang-invalid',
      '1 item-not-object',
      '2 answer-missing',
      '2 open-invalid',
    ]);
    expect(draft.lang).to.equal('');
    expect(draft.items.map(({ question, answer, open, id }) => ({ question, answer, open, id }))).to.deep.equal([
      { question: '', answer: '', open: false, id: 'question' },
      { question: 'Q?', answer: '', open: false, id: 'q' },
    ]);
  });

  it('keeps a derived id unique and following its question; a typed id stays', () => {
    const added = addItem(draftFromJson({ items: [{ id: 'funding', question: 'Funding?', answer: '' }] }).draft);
    const { key } = added;
    let { draft } = added;
    draft = updateItem(draft, key, { question: 'Funding' });
    expect(draft.items[1].id).to.equal('funding-2');
    expect(derivedId('Funding', draft.items, key)).to.equal('funding-2');
    draft = updateItem(draft, key, { id: 'money' });
    draft = updateItem(draft, key, { question: 'Money and grants?' });
    expect(draft.items[1]).to.include({ id: 'money', idEdited: true });
    draft = updateItem(draft, key, { idEdited: false });
    expect(draft.items[1]).to.include({ id: 'money-and-grants', idEdited: false });
  });

  it('keeps a file’s anchors when questions are reworded, even one made from its question; new ones follow until exported', () => {
    const opened = draftFromJson({ items: [{ id: 'que-es-la-apt', question: '¿Qué es la APT?', answer: '' }, { question: 'Sin ancla', answer: '' }] }).draft;
    let draft = updateItem(opened, opened.items[0].key, { question: '¿Qué es la APT (Asociación)?' });
    draft = updateItem(draft, draft.items[1].key, { question: 'Sin ancla, reformulada' });
    expect(draft.items.map((item) => item.id)).to.deep.equal(['que-es-la-apt', 'sin-ancla']);
    expect(draft.items.every((item) => item.shared)).to.equal(true);
    const added = addItem(draft, undefined, 'pregunta');
    expect(added.draft.items[2]).to.include({ id: 'pregunta', shared: false });
    draft = updateItem(added.draft, added.key, { question: 'Nueva' }, 'pregunta');
    expect(draft.items[2].id).to.equal('nueva');
    draft = updateItem(markShared(draft), added.key, { question: 'Nueva, reformulada' });
    expect(draft.items[2]).to.include({ id: 'nueva', shared: true });
  });

  it('duplicates with a fresh id, moves within bounds, removes', () => {
    const opened = draftFromJson(structuredClone(bundled)).draft;
    const first = opened.items[0].key;
    const { draft: twice } = duplicateItem(opened, first);
    expect(twice.items.map((item) => item.id).slice(0, 2)).to.deep.equal(['victims-of-torture', 'victims-of-torture-2']);
    expect(moveItem(opened, first, -1)).to.equal(opened);
    expect(moveItem(opened, first, 99).items.at(-1)!.key).to.equal(first);
    expect(removeItem(opened, first).items).to.have.length(opened.items.length - 1);
  });

  it('keeps a document’s translations, in their order, and writes them back as they were', () => {
    const { draft } = draftFromJson(structuredClone(MULTILINGUAL));
    expect(draft.translations!.map((language) => language.lang)).to.deep.equal(['fr', 'es']);
    expect(draft.items[1].translated).to.deep.equal({ fr: { question: '', answer: '<p>Nombreux.</p>' } });
    // Nothing is lost: the entry with no main item and the repeated one come back as written.
    expect(draftToJson(draft)).to.deep.equal(MULTILINGUAL);
    // A one-language document has no translations at all (its export is as before).
    expect(draftFromJson(structuredClone(bundled)).draft.translations).to.equal(undefined);
  });

  it('reads a language written as its name or with an underscore as its code, unless the file already has that code', () => {
    const { fr, es } = MULTILINGUAL.translations;
    const { draft, fileProblems } = draftFromJson({ ...structuredClone(MULTILINGUAL), translations: { French: fr, es_ES: es, Spanish: es, 'PT-br': { items: [] }, klingon: { items: [] } } });
    expect(draft.translations!.map((language) => language.lang)).to.deep.equal(['fr', 'es-ES', 'es', 'pt-BR', 'klingon']);
    // What was read differently is said when the file opens (a case change is no mistake).
    expect(fileProblems.filter(({ code }) => code === 'language-unknown').map(({ detail, lang }) => `${detail} → ${lang}`)).to.deep.equal(['French → fr', 'es_ES → es-ES', 'Spanish → es']);
    expect(draft.items[0].translated?.fr.question).to.equal('Pouvons-nous obtenir un financement ?');
    // `fr` is taken by the file's own `fr`: "French" stays, and the problems list says no page shows it.
    const taken = draftFromJson({ ...structuredClone(MULTILINGUAL), translations: { French: es, fr } }).draft;
    expect(taken.translations!.map((language) => language.lang)).to.deep.equal(['French', 'fr']);
    expect(validateDraft(taken).problems.map(({ code, lang }) => `${code} ${lang}`)).to.include('language-unknown French');
  });

  it('adds, fills, titles and removes a translation; items and order stay the main language’s', () => {
    let { draft } = draftFromJson(structuredClone(MULTILINGUAL));
    expect(newLanguageProblem(draft, ' ')).to.equal('empty');
    expect(newLanguageProblem(draft, 'not a tag')).to.equal('invalid');
    expect(newLanguageProblem(draft, 'EN')).to.equal('main');
    expect(newLanguageProblem(draft, 'Fr')).to.equal('exists');
    expect(newLanguageProblem(draft, 'pt-BR')).to.equal(undefined);
    draft = addLanguage(draft, 'pt-BR');
    expect(draftToJson(draft).translations!['pt-BR']).to.deep.equal({ items: [] });
    draft = updateTranslation(draft, draft.items[2].key, 'pt-BR', { question: 'Como falar conosco?' });
    draft = updateTranslation(draft, draft.items[2].key, 'pt-BR', { answer: '<p>Por correio.</p>' });
    draft = updateTranslation(draft, draft.items[0].key, 'pt-BR', { question: '   ' });
    draft = updateLanguageTitle(draft, 'pt-BR', ' Financiamento ');
    draft = moveItem(draft, draft.items[2].key, -2);
    expect(draftToJson(draft).translations!['pt-BR']).to.deep.equal({
      title: 'Financiamento',
      items: [{ id: 'contact', question: 'Como falar conosco?', answer: '<p>Por correio.</p>' }],
    });
    expect(Object.keys(draftToJson(draft).translations!)).to.deep.equal(['fr', 'es', 'pt-BR']);
    // What removing would lose: fr has its title, three texts and two entries kept from the file.
    expect(translatedTextCount(draft, 'fr')).to.equal(6);
    draft = removeLanguage(draft, 'fr');
    expect(Object.keys(draftToJson(draft).translations!)).to.deep.equal(['es', 'pt-BR']);
    expect(draft.items.some((item) => item.translated && 'fr' in item.translated)).to.equal(false);
    // A copy starts untranslated; deleting a main item deletes its translations with it.
    const copy = duplicateItem(draft, draft.items[0].key);
    expect(draftToJson(copy.draft).translations!['pt-BR'].items.map((item) => item.id)).to.deep.equal(['contact']);
    expect(draftToJson(removeItem(draft, draft.items[0].key)).translations!.es.items).to.deep.equal([]);
  });
});
