import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import bundled from './data/apt-faq.en.json';

interface CheckResult {
  code: number;
  output: string;
}

/** Runs the real `apt-faq check` command (in Node, through the test runner) on a document. */
const check = (text: string, name = 'partner-faq.json') => executeServerCommand<CheckResult, object>('check-data', { text, name });
/** Runs the real `apt-faq render` the same way. */
const render = (text: string, name = 'partner-faq.json', args: string[] = []) =>
  executeServerCommand<CheckResult, object>('check-data', { text, name, command: 'render', args });
const lines = (output: string) => output.split('\n').map((line) => line.trim());

describe('apt-faq check (npm run check-data)', () => {
  it('reads a file that starts with a byte-order mark, as some editors write it', async () => {
    const { code, output } = await check(`\uFEFF${JSON.stringify({ items: [{ question: 'Q?', answer: 'A.' }] })}`, 'bom.json');
    expect(code).to.equal(0);
    expect(output.trim()).to.equal('✓ bom.json: 1 item, no problems.');
  });

  it('passes the bundled APT FAQ', async () => {
    const { code, output } = await check(JSON.stringify(bundled), 'apt-faq.en.json');
    expect(code).to.equal(0);
    expect(output.trim()).to.equal('✓ apt-faq.en.json: 6 items, no problems.');
  });

  it('prints every problem naming the item (counted from 1), its id and the field, and exits non-zero on errors', async () => {
    const document = {
      lang: 3,
      items: [
        { question: '', answer: 1 },
        { id: 'a b', question: 'Bad id?', answer: 'x' },
        { id: 'ok', question: 'Fine?', answer: 'y' },
        { id: 'ok', question: 'Again?', answer: 'z' },
      ],
    };
    const { code, output } = await check(JSON.stringify(document));
    expect(code).to.equal(1);
    expect(lines(output)).to.deep.equal([
      '✗ partner-faq.json: 4 items, 4 errors, 1 warning:',
      'warning  lang: "lang" is not a language tag: ignored',
      'error    item 1, question: the question is empty or missing',
      'error    item 1, answer: the answer is missing or not text',
      'error    item 2, id: the id is empty or has spaces or "#"',
      'error    item 4 (id "ok"), id: the id "ok" is already used by an earlier item',
      '1 of 4 items would be shown.',
      '',
    ]);
  });

  it('fails on an empty answer, naming the item, its id and the field', async () => {
    const document = { items: [{ id: 'who', question: 'Who are we?', answer: 'The APT.' }, { id: 'funding', question: 'Funding?', answer: '<p> </p>' }] };
    const { code, output } = await check(JSON.stringify(document));
    expect(code).to.equal(1);
    expect(lines(output)).to.include('error    item 2 (id "funding"), answer: the answer is empty: the page would show nothing under the question');
  });

  it('names what the answer rules will drop (an image, a script, attributes, a javascript: link), passing with warnings only', async () => {
    const answer = '<p class="intro">See <img src="map.png" alt="Map"> <a href="javascript:alert(1)" target="_blank">here</a>.</p><script>track()</script>';
    const { code, output } = await check(JSON.stringify({ items: [{ id: 'where', question: 'Where?', answer }] }));
    expect(code, 'warnings alone pass').to.equal(0);
    expect(lines(output)).to.deep.equal([
      '! partner-faq.json: 1 item, 3 warnings:',
      'warning  item 1 (id "where"), answer: the page will show the answer without these elements (their text stays; scripts, styles and frames go whole): img, script',
      'warning  item 1 (id "where"), answer: the page will drop these attributes from the answer: class, target',
      'warning  item 1 (id "where"), answer: the page will drop the address of the links of these kinds: javascript:',
      '1 of 1 items would be shown, not all as written.',
      '',
    ]);
  });

  it('explains JSON syntax errors with their line and column, and unusable documents', async () => {
    const broken = await check('{"items": [', 'broken.json');
    expect(broken.code).to.equal(1);
    expect(broken.output).to.match(/^✗ broken\.json: not valid JSON at line 1, column 12: expected a value, found the end of the file\.\n/);
    const trailingComma = await check('{\n  "items": [\n    { "question": "Where?", "answer": "Geneva", }\n  ]\n}', 'comma.json');
    expect(trailingComma.code).to.equal(1);
    expect(trailingComma.output.split('\n').slice(0, 3)).to.deep.equal([
      '✗ comma.json: not valid JSON at line 3, column 49: expected a property name in double quotes, found "}".',
      '  3 |     { "question": "Where?", "answer": "Geneva", }',
      '    |                                                 ^',
    ]);
    const shapeless = await check('{"questions": []}', 'shapeless.json');
    expect(shapeless.code).to.equal(1);
    expect(shapeless.output.trim()).to.equal('✗ shapeless.json: the document has no "items" array.');
  });
});

describe('apt-faq render (npm run render)', () => {
  it('writes the markup and, on stderr, the same problems as check: skipped items and what the answer rules drop', async () => {
    const document = { items: [{ id: 'where', question: 'Where?', answer: '<p>Geneva <img src="map.png"></p>' }, { id: 'empty', question: 'Empty?', answer: '' }] };
    const { code, output } = await render(JSON.stringify(document));
    expect(code).to.equal(0);
    expect(output).to.contain('<apt-faq-item id="where">').and.not.contain('id="empty"');
    expect(lines(output)).to.include.members([
      'error    item 2 (id "empty"), answer: the answer is empty: the page would show nothing under the question',
      'warning  item 1 (id "where"), answer: the page will show the answer without these elements (their text stays; scripts, styles and frames go whole): img',
    ]);
  });

  it('names the line and column of bad JSON', async () => {
    const { code, output } = await render('{\n  "items": [\n    { "question": "Where?", "answer": "Geneva", }\n  ]\n}', 'comma.json');
    expect(code).to.equal(1);
    expect(output.trim()).to.equal('✗ comma.json: not valid JSON at line 3, column 49: expected a property name in double quotes, found "}"');
  });
});

/** One document in three languages: French lacks one answer, Spanish one item and has one the main items do not. */
const multilingual = {
  lang: 'en',
  items: [
    { id: 'funding', question: 'Can we get funding?', answer: '<p>No, but we raise funds jointly.</p>' },
    { id: 'partners', question: 'How are partners chosen?', answer: '<p>By shared goals.</p>' },
  ],
  translations: {
    fr: { items: [{ id: 'funding', question: 'Pouvons-nous obtenir un financement ?', answer: '<p>Non, mais nous levons des fonds ensemble.</p>' }, { id: 'partners', question: 'Comment les partenaires sont-ils choisis ?' }] },
    es: { items: [{ id: 'funding', question: '¿Podemos obtener financiación?', answer: '<p>No, pero recaudamos fondos juntos.</p>' }, { id: 'visits', question: '¿Visitan cárceles?' }] },
  },
};

describe('several languages in one document (translations)', () => {
  it('check reports untranslated texts per language for translators, and translated items that match no main item, without failing', async () => {
    const { code, output } = await check(JSON.stringify(multilingual), 'faq.json');
    expect(code).to.equal(0);
    expect(lines(output)).to.deep.equal([
      '! faq.json: 2 items, 3 warnings:',
      'warning  translation "es", id "visits", id: the translation\'s item 2 is not in the main items',
      'warning  translation fr: 1 of 2 items untranslated: partners (item 2: answer)',
      'warning  translation es: 1 of 2 items untranslated: partners (item 2: question, answer)',
      '2 of 2 items would be shown, not all as written.',
      '',
    ]);
  });

  it('check says what a translation that only lacks texts comes to on the page', async () => {
    const { fr } = multilingual.translations;
    const { code, output } = await check(JSON.stringify({ ...multilingual, translations: { fr } }), 'faq.json');
    expect(code).to.equal(0);
    expect(lines(output).slice(-2)).to.deep.equal(['2 of 2 items would be shown, untranslated texts in the main language.', '']);
  });

  it('check fails a multilingual document whose main items have no ids (their translations cannot be matched)', async () => {
    const document = { lang: 'en', items: [{ question: 'Q?', answer: 'A.' }], translations: { fr: { items: [] } } };
    const { code, output } = await check(JSON.stringify(document), 'faq.json');
    expect(code).to.equal(1);
    expect(lines(output)).to.include('error    item 1, id: translations need every item to have an id');
  });

  it('check names a language written as its name or with an underscore, and the code to write', async () => {
    const document = { ...multilingual, lang: 'English', translations: { French: multilingual.translations.fr, es_ES: multilingual.translations.es } };
    const { code, output } = await check(JSON.stringify(document), 'faq.json');
    expect(code, 'a translation no page shows is an error').to.equal(1);
    expect(lines(output)).to.include.members([
      'warning  lang: "English" is not a language code (write "en"): screen readers cannot tell which language the questions are in',
      'error    translation "French": "French" is not a language code (write "fr"): no page\'s language matches it, so this translation is never shown',
      'error    translation "es_ES": "es_ES" is not a language code (write "es-ES"): no page\'s language matches it, so this translation is never shown',
    ]);
  });

  it('render --lang writes the translation (fr-CA → fr), untranslated texts marked with the main language; no flag, the main language', async () => {
    const french = await render(JSON.stringify(multilingual), 'faq.json', ['--lang', 'fr-CA']);
    expect(french.code).to.equal(0);
    expect(french.output).to.contain('<apt-faq lang="fr">');
    expect(french.output).to.contain('<h3 slot="question">Pouvons-nous obtenir un financement ?</h3>');
    expect(french.output).to.contain('<h3 slot="question">Comment les partenaires sont-ils choisis ?</h3>');
    expect(french.output).to.match(/<div lang="en">\s*<p>By shared goals\.<\/p>\s*<\/div>/);
    const main = await render(JSON.stringify(multilingual), 'faq.json');
    expect(main.output).to.contain('<apt-faq lang="en">').and.contain('Can we get funding?').and.not.contain('Pouvons');
    const german = await render(JSON.stringify(multilingual), 'faq.json', ['--lang', 'de']);
    expect(german.output).to.contain('<apt-faq lang="en">').and.contain('Can we get funding?');
  });
});
