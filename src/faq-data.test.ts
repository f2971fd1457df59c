import { expect } from '@open-wc/testing';
import { normaliseDocument, normaliseItems, slugify } from './faq-data.js';

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

  it('leaves out invalid items, naming each problem by its JSON path', () => {
    const { items, problems } = normaliseItems([
      { question: 'Kept?', answer: 'yes' },
      { question: '', answer: 'no question' },
      { question: 'No answer?' },
      { id: 'has space', question: 'Bad id?', answer: 'x' },
      { id: 'dup', question: 'One?', answer: 'x' },
      { id: 'dup', question: 'Two?', answer: 'x' },
      'not an object',
      { question: 'Open?', answer: 'x', open: 'yes' },
    ]);
    expect(items.map((item) => item.question)).to.deep.equal(['Kept?', 'One?']);
    expect(problems.map((problem) => problem.path)).to.deep.equal([
      'items[1].question',
      'items[2].answer',
      'items[3].id',
      'items[5].id',
      'items[6]',
      'items[7].open',
    ]);
  });
});

describe('normaliseDocument', () => {
  it('rejects documents that are not an object with an items array', () => {
    expect(() => normaliseDocument([])).to.throw(TypeError);
    expect(() => normaliseDocument({ items: 'no' })).to.throw(TypeError);
    expect(normaliseDocument({ lang: 'fr', items: [] })).to.include({ lang: 'fr' });
  });
});
