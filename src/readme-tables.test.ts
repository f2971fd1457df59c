import { expect } from '@open-wc/testing';
import { END, START, apiTables } from '../scripts/api-tables.mjs';

// The README's API tables are made from the Custom Elements Manifest (the build writes it from
// the classes' JSDoc): a documented attribute, method or event changed without
// `npm run readme:tables` fails here.
describe('README API tables', () => {
  it('equal the tables made from dist/custom-elements.json', async () => {
    // The test server serves .json files as modules: import it as one.
    const manifestUrl = '/dist/custom-elements.json';
    const { default: manifest } = (await import(manifestUrl)) as { default: unknown };
    const readme = await (await fetch('/README.md')).text();
    const part = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
    expect(part, 'README.md differs from the manifest: run npm run readme:tables').to.equal(apiTables(manifest));
    expect(part).to.contain('| `exclusive` | `exclusive` | `boolean` | `false` |');
    expect(part).to.contain('| `apt-faq-open` |');
  });
});
