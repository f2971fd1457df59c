// `npm run readme:tables`: writes the API tables into README.md from dist/custom-elements.json
// (after `npm run build`). src/readme-tables.test.ts fails when the README and the manifest differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { withApiTables } from './api-tables.mjs';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const updated = withApiTables(readme, manifest);
if (updated !== readme) writeFileSync('README.md', updated);
console.log(updated === readme ? 'README.md: API tables already up to date.' : 'README.md: API tables written.');
