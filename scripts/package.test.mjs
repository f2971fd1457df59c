// The package as a user gets it: `npm pack`, install the tarball into a fresh Vite + TypeScript
// project, import it, type-check a typed usage, build it, and run the installed CLI.
// Run after `npm run build`: `npm run test:package`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'apt-faq-package-'));
const app = join(work, 'app');
const run = (command, args, cwd = app) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

before(() => {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
  execFileSync('mkdir', ['-p', join(app, 'src')]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'partner-site', private: true, type: 'module' }));
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM', 'DOM.Iterable'] },
      include: ['src'],
    }),
  );
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><body><apt-faq></apt-faq><script type="module" src="/src/main.ts"></script></body></html>');
  writeFileSync(
    join(app, 'src', 'main.ts'),
    `import 'apt-faq/define';
import { AptFaq, type FaqToggleDetail } from 'apt-faq';

const faq = document.querySelector('apt-faq')!; // typed through HTMLElementTagNameMap
const found: boolean = faq.show('funding');
faq.addEventListener('apt-faq-open', (event) => {
  const detail: FaqToggleDetail = event.detail; // typed through GlobalEventHandlersEventMap
  console.log(detail.id.toUpperCase(), detail.trigger, found, faq instanceof AptFaq);
});
// @ts-expect-error show() takes an id, not a number: the types are real, not "any".
faq.show(42);
`,
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, tarball), `vite@${own.devDependencies.vite}`, `typescript@${own.devDependencies.typescript}`]);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds the builds, types, schema, manifest and CLI, and no sources or tests', () => {
  const installed = join(app, 'node_modules', 'apt-faq');
  const dist = readdirSync(join(installed, 'dist'));
  for (const file of ['apt-faq.js', 'index.js', 'define.js', 'cli.js', 'apt-faq.schema.json', 'custom-elements.json']) {
    assert.ok(dist.includes(file), `dist/${file} is in the package`);
  }
  assert.ok(readdirSync(join(installed, 'dist', 'types')).includes('index.d.ts'));
  assert.deepEqual(readdirSync(installed).sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json']);
});

test('exports resolve: the classes, the define module, the bundle, the schema and the manifest', () => {
  const resolved = run('node', [
    '--input-type=module',
    '-e',
    `for (const s of ['apt-faq', 'apt-faq/define', 'apt-faq/apt-faq.js', 'apt-faq/apt-faq.schema.json', 'apt-faq/custom-elements.json']) console.log(import.meta.resolve(s).split('/node_modules/')[1]);`,
  ]);
  assert.deepEqual(resolved.trim().split('\n'), [
    'apt-faq/dist/index.js',
    'apt-faq/dist/define.js',
    'apt-faq/dist/apt-faq.js',
    'apt-faq/dist/apt-faq.schema.json',
    'apt-faq/dist/custom-elements.json',
  ]);
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'apt-faq', 'dist', 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).map((declaration) => declaration.tagName).filter(Boolean);
  assert.deepEqual(tags.sort(), ['apt-faq', 'apt-faq-item']);
});

test('a typed usage type-checks', () => {
  run('npx', ['tsc', '-p', '.']);
});

test('a Vite app using it builds, with the component and its content inside', () => {
  run('npx', ['vite', 'build', '--logLevel', 'error']);
  const assets = readdirSync(join(app, 'dist', 'assets')).filter((file) => file.endsWith('.js'));
  const code = assets.map((file) => readFileSync(join(app, 'dist', 'assets', file), 'utf8')).join('\n');
  assert.match(code, /apt-faq-item/);
  assert.match(code, /What is the APT doing for victims of torture\?/);
});

test('npx apt-faq check runs from the installed package', () => {
  writeFileSync(join(app, 'good.json'), JSON.stringify({ items: [{ question: 'Q?', answer: 'A.' }] }));
  assert.match(run('npx', ['apt-faq', 'check', 'good.json']), /✓ good\.json: 1 item, no problems\./);
});
