import { expect } from '@open-wc/testing';
import { FaqDocumentError, normaliseDocument, normaliseItems, slugify } from './faq-data.js';
import { describeProblems } from './problems.js';

describe('slugify', () => {
  it('makes lower-case ASCII anchors with accents folded', () => {
    expect(slugify('How does the APT select its partners?')).to.equal('how-does-the-apt-select-its-partners');
    expect(slugify('¿Cómo elige la APT a sus socios?')).to.equal('como-elige-la-apt-a-sus-socios');
    expect(slugify('Où est l’APT ? Genève !')).to.equal('ou-est-l-apt-geneve');
  });

  it('keeps anchors short and never empty', () => {
    expect(slugify('word '.repeat(50)).length).to.be.at.most(64);
    expect(slugify('word '.repeat(50))).to.not.match(/-$/);
    expect(slugify('ما هو؟')).to.equal('question');
  });
});

describe('normaliseItems', () => {
  it('derives ids from questions and makes them unique in order', () => {
    const { items } = normaliseItems([
      { question: 'Why?', answer: 'a' },
      { question: 'Why?', answer: 'b' },
      { question: 'why', answer: 'c' },
    ]);
    expect(items.map((item) => item.id)).to.deep.equal(['why', 'why-2', 'why-3']);
  });

  it('never gives a derived id that an author chose for a later item', () => {
    const { items } = normaliseItems([
      { question: 'Funding?', answer: 'a' },
      { id: 'funding', question: 'Can we get money?', answer: 'b' },
    ]);
    expect(items.map((item) => item.id)).to.deep.equal(['funding-2', 'funding']);
  });

  it('keeps every id stable when another question is edited', () => {
    const before = normaliseItems([
      { question: 'First?', answer: 'a' },
      { question: 'Second?', answer: 'b' },
    ]);
    const after = normaliseItems([
      { question: 'First, reworded?', answer: 'a' },
      { question: 'Second?', answer: 'b' },
    ]);
    expect(after.items[1].id).to.equal(before.items[1].id);
  });

  it('leaves out invalid items, each problem with a code and the item counted from 1', () => {
    const { items, problems } = normaliseItems([
      { question: 'Kept?', answer: 'yes' },
      { question: '', answer: 'no question' },
      { question: 'No answer?' },
      { id: 'has space', question: 'Bad id?', answer: 'x' },
      { id: 'dup', question: 'One?', answer: 'x' },
      { id: 'dup', question: 'Two?', answer: 'x' },
      'not an object',
      { question: 'Open?', answer: 'x', open: 'yes' },
      { id: 'blank', question: 'Empty answer?', answer: '<p> &nbsp;</p>' },
    ]);
    expect(items.map((item) => item.question)).to.deep.equal(['Kept?', 'One?']);
    expect(problems).to.deep.equal([
      { code: 'question-empty', severity: 'error', item: 2, field: 'question' },
      { code: 'answer-missing', severity: 'error', item: 3, field: 'answer' },
      { code: 'id-invalid', severity: 'error', item: 4, field: 'id' },
      { code: 'id-duplicate', severity: 'error', item: 6, id: 'dup', field: 'id', detail: 'dup' },
      { code: 'item-not-object', severity: 'error', item: 7 },
      { code: 'open-invalid', severity: 'error', item: 8, field: 'open' },
      { code: 'answer-empty', severity: 'error', item: 9, id: 'blank', field: 'answer' },
    ]);
  });

  it('holds hand-written items (not from data) to no answer: theirs is the page’s own markup', () => {
    expect(normaliseItems([{ question: 'Written in the page?', answer: '' }], false).problems).to.deep.equal([]);
  });
});

describe('normaliseDocument', () => {
  it('rejects documents that are not an object with an items array, saying which with a code', () => {
    expect(() => normaliseDocument([])).to.throw(FaqDocumentError).with.deep.property('problem', { code: 'document-not-object', severity: 'error' });
    expect(() => normaliseDocument({ items: 'no' })).to.throw(FaqDocumentError).with.nested.property('problem.code', 'items-missing');
    expect(normaliseDocument({ lang: 'fr', items: [] })).to.include({ lang: 'fr' });
  });
});

describe('describeProblems (the element’s console)', () => {
  it('writes one line per item, counted from 1, naming its id and the codes, and one per problem of the document', () => {
    const raw = [
      { id: 'ok', question: 'Fine?', answer: 'yes' },
      { id: 'no-answer', question: '', answer: '' },
      { question: 'Long?', answer: 'x'.repeat(20_001) },
    ];
    const lines = describeProblems([{ code: 'lang-invalid', severity: 'warning', field: 'lang' }, ...normaliseItems(raw).problems]);
    expect(lines).to.deep.equal([
      '<apt-faq>: lang-invalid.',
      '<apt-faq>: item 2 (id "no-answer") skipped: question-empty, answer-empty.',
      '<apt-faq>: item 3 (id "long") shown: answer-too-long (20000).',
    ]);
  });

  it('gives a document\'s problem its detail: for bad JSON, the engine\'s words and where it went wrong', () => {
    const detail = 'JSON.parse: expected double-quoted property name at line 3 column 49 of the JSON data';
    expect(describeProblems([{ code: 'json-syntax', severity: 'error', detail }])).to.deep.equal([`<apt-faq>: json-syntax (${detail}).`]);
  });
});
