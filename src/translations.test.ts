import { expect } from '@open-wc/testing';
import { normaliseDocument } from './faq-data.js';
import { localiseItems, pickLanguage, readTranslations, translationFor, untranslatedReport } from './translations.js';

const document = {
  lang: 'en',
  items: [
    { id: 'funding', question: 'Can we get funding?', answer: '<p>No, but…</p>' },
    { id: 'partners', question: 'How are partners chosen?', answer: '<p>By criteria.</p>' },
    { id: 'visits', question: 'Do you visit prisons?', answer: '<p>With partners.</p>' },
  ],
  translations: {
    fr: {
      title: 'Questions fréquentes',
      items: [
        { id: 'funding', question: 'Pouvons-nous obtenir un financement ?', answer: '<p>Non, mais…</p>' },
        { id: 'partners', question: 'Comment les partenaires sont-ils choisis ?' },
      ],
    },
    es: { items: [{ id: 'funding', question: '¿Podemos obtener financiación?', answer: '<p>No, pero…</p>' }, { id: 'gone', question: '¿?' }] },
  },
};

const read = (doc: typeof document | Record<string, unknown>) => {
  const { items } = normaliseDocument(doc);
  const raw = doc as { items: unknown[]; translations?: unknown; lang?: string };
  return { items, ...readTranslations(raw.translations, items, raw.items, raw.lang) };
};

describe('pickLanguage', () => {
  it('takes the exact tag, then the primary subtag, else the main language', () => {
    expect(pickLanguage('fr', ['fr', 'es'])).to.equal('fr');
    expect(pickLanguage('FR-ca', ['fr', 'es'])).to.equal('fr');
    expect(pickLanguage('fr-CA', ['fr-CA', 'fr'])).to.equal('fr-CA');
    expect(pickLanguage('pt-BR', ['pt-PT', 'es'])).to.equal('pt-PT');
    expect(pickLanguage('de', ['fr', 'es'])).to.equal(undefined);
    expect(pickLanguage(undefined, ['fr'])).to.equal(undefined);
  });
});

describe('translationFor', () => {
  it('gives the translation to show, or undefined for the main language, which wins a tie', () => {
    expect(translationFor('fr-CA', 'en', ['fr', 'es'])).to.equal('fr');
    expect(translationFor('en', 'en', ['en-GB', 'fr'])).to.equal(undefined);
    expect(translationFor('en-GB', 'en', ['en-GB', 'fr'])).to.equal('en-GB');
    expect(translationFor('en-US', 'en', ['en-GB'])).to.equal(undefined);
    expect(translationFor('de', 'en', ['fr'])).to.equal(undefined);
  });
});

describe('readTranslations', () => {
  it('reads each language by id, and reports what a translator must still do', () => {
    const { translations, problems } = read(document);
    expect([...translations.keys()]).to.deep.equal(['fr', 'es']);
    expect(translations.get('fr')?.title).to.equal('Questions fréquentes');
    const missing = problems.filter((problem) => problem.code === 'translation-missing').map(({ lang, id, item, detail }) => `${lang} ${item} ${id} ${detail}`);
    expect(missing).to.deep.equal([
      'fr 2 partners answer',
      'fr 3 visits question, answer',
      'es 2 partners question, answer',
      'es 3 visits question, answer',
    ]);
    expect(problems.filter((problem) => problem.code === 'translation-orphan').map(({ lang, id, detail }) => `${lang} ${id} ${detail}`)).to.deep.equal(['es gone 2']);
    expect(problems.every((problem) => problem.severity === 'warning')).to.equal(true);
  });

  it('says so when the main items have no ids or the document no language', () => {
    const { problems } = read({ items: [{ question: 'Q?', answer: 'A' }, { id: 'b', question: 'B?', answer: 'B' }], translations: { fr: { items: [] } } });
    expect(problems.filter((problem) => problem.severity === 'error').map(({ code, item, field }) => `${code} ${item} ${field}`)).to.deep.equal([
      'translations-invalid undefined lang',
      'translation-needs-ids 1 id',
    ]);
  });

  it('ignores what it cannot use, and names it', () => {
    const { translations, problems } = read({ lang: 'en', items: document.items, translations: { fr: 'oui', es: { items: [{ id: 'funding', question: 42 }] }, en: { items: [] } } });
    expect([...translations.keys()]).to.deep.equal(['es']);
    expect(translations.get('es')?.items.get('funding')).to.deep.equal({});
    expect(problems.filter((problem) => problem.code === 'translations-invalid').map(({ lang, field }) => `${lang} ${field}`)).to.deep.equal([
      'fr translations',
      'es question',
      'en translations',
    ]);
  });

  it('refuses a language written as its name or with an underscore: no page\'s lang would match it', () => {
    const { translations, problems } = read({ lang: 'en', items: document.items, translations: { French: document.translations.fr, es_ES: document.translations.es, 'PT-br': { items: [] } } });
    expect([...translations.keys()]).to.deep.equal(['PT-br']);
    expect(problems.filter((problem) => problem.code === 'language-unknown').map(({ severity, lang, detail }) => `${severity} ${lang} ${detail}`)).to.deep.equal([
      'error French French',
      'error es_ES es_ES',
    ]);
  });

  it('finds nothing to say about a document without translations', () => {
    expect(read({ lang: 'en', items: document.items }).problems).to.deep.equal([]);
  });
});

describe('localiseItems', () => {
  it('shows each text in the translation where it has one, else in the main language, marked', () => {
    const { items, translations } = read(document);
    const fr = localiseItems(items, translations.get('fr'), 'en');
    expect(fr.map((item) => item.id)).to.deep.equal(['funding', 'partners', 'visits']);
    expect(fr[0]).to.include({ question: 'Pouvons-nous obtenir un financement ?', answer: '<p>Non, mais…</p>' });
    expect(fr[0].questionLang).to.equal(undefined);
    expect(fr[1]).to.include({ question: 'Comment les partenaires sont-ils choisis ?', answer: '<p>By criteria.</p>', answerLang: 'en' });
    expect(fr[1].questionLang).to.equal(undefined);
    expect(fr[2]).to.include({ question: 'Do you visit prisons?', questionLang: 'en', answerLang: 'en' });
    expect(localiseItems(items, undefined, 'en')).to.deep.equal(items);
  });
});

describe('untranslatedReport', () => {
  it('gives a translator one line per language', () => {
    const { problems } = read(document);
    expect(untranslatedReport(problems, 3)).to.deep.equal([
      'fr: 2 of 3 items untranslated: partners (item 2: answer), visits (item 3: question, answer)',
      'es: 2 of 3 items untranslated: partners (item 2: question, answer), visits (item 3: question, answer)',
    ]);
  });
});
