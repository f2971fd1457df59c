import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import bundled from './data/apt-faq.en.json';

interface CheckResult {
  code: number;
  output: string;
}

/** Runs the real `apt-faq check` command (in Node, through the test runner) on a document. */
const check = (text: string, name = 'partner-faq.json') => executeServerCommand<CheckResult, object>('check-data', { text, name });

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

  it('prints every problem with its JSON path and exits non-zero', async () => {
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
    expect(output.split('\n').map((line) => line.trim())).to.include.members([
      'lang: must be a non-empty string (a language tag such as "fr")',
      'items[0].question: must be a non-empty string',
      'items[0].answer: must be a string',
      'items[1].id: must be a non-empty string without spaces or "#"',
      'items[3].id: duplicates the id "ok"',
      '5 problems; 1 of 4 items would be shown.',
    ]);
  });

  it('explains JSON syntax errors with their line and column, and unusable documents', async () => {
    const broken = await check('{"items": [', 'broken.json');
    expect(broken.code).to.equal(1);
    expect(broken.output).to.match(/^✗ broken\.json: is not valid JSON at line 1, column 12: expected a value, found the end of the file\n/);
    const trailingComma = await check('{\n  "items": [\n    { "question": "Where?", "answer": "Geneva", }\n  ]\n}', 'comma.json');
    expect(trailingComma.code).to.equal(1);
    expect(trailingComma.output.split('\n').slice(0, 3)).to.deep.equal([
      '✗ comma.json: is not valid JSON at line 3, column 49: expected a property name in double quotes, found "}"',
      '  3 |     { "question": "Where?", "answer": "Geneva", }',
      '    |                                                 ^',
    ]);
    const shapeless = await check('{"questions": []}', 'shapeless.json');
    expect(shapeless.code).to.equal(1);
    expect(shapeless.output.trim()).to.equal('✗ shapeless.json: $: The document must have an "items" array.');
  });
});
