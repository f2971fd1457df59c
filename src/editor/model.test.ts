import { expect } from '@open-wc/testing';
import bundled from '../data/apt-faq.en.json';
import { addItem, derivedId, draftFromJson, draftToJson, duplicateItem, markShared, moveItem, removeItem, updateItem } from './model.js';

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
});
