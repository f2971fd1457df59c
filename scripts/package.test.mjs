// The package as a user gets it: `npm pack` (its prepack builds), install the tarball into a fresh
// Vite + TypeScript project, import it, type-check a typed usage, build it, and run the installed
// CLI; then a React 19 app and a Vue 3 app made of the README's snippets, verbatim: type-checked
// (tsc, vue-tsc), built, and opened in Chromium. `npm run test:package`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openInChromium } from './open-in-chromium.mjs';
import { readmeFile } from './readme-snippets.mjs';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'apt-faq-package-'));
const app = join(work, 'app');
const run = (command, args, cwd = app) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** `name@version` as this repository pins it, so the apps use the versions the lockfile holds. */
const pinned = (name) => `${name}@${own.devDependencies[name]}`;
let tarball;

before(() => {
  tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop());
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
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball, pinned('vite'), pinned('typescript')]);
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
  for (const file of ['react.d.ts', 'vue.d.ts']) assert.ok(readdirSync(join(installed, 'dist', 'types')).includes(file), `dist/types/${file}`);
});

test('exports resolve: the classes, the define module, the bundle, the schema and the manifest', () => {
  const resolved = run('node', [
    '--input-type=module',
    '-e',
    `for (const s of ['apt-faq', 'apt-faq/define', 'apt-faq/react', 'apt-faq/vue', 'apt-faq/apt-faq.js', 'apt-faq/apt-faq.schema.json', 'apt-faq/custom-elements.json']) console.log(import.meta.resolve(s).split('/node_modules/')[1]);`,
  ]);
  assert.deepEqual(resolved.trim().split('\n'), [
    'apt-faq/dist/index.js',
    'apt-faq/dist/define.js',
    'apt-faq/dist/define.js',
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

/** Writes `files` ({ path: text }) into a new folder under the work folder and returns it. */
function project(name, files) {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A tsconfig as create-vite's templates write it (strict, bundler resolution), checking library types too. */
const tsconfig = (extra = {}) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      strict: true, noEmit: true, verbatimModuleSyntax: true, noUnusedLocals: true, skipLibCheck: false, types: [], ...extra,
    },
    include: ['src'],
  });

const indexHtml = (entry) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head><body><div id="app"></div><script type="module" src="${entry}"></script></body></html>`;

/**
 * Opens the built app in Chromium: the FAQ shows the README's item (so `items` arrived as a
 * property), and a click logs its id (so the listener from the README's snippet is attached).
 */
async function opensAndLogsTheId(dist) {
  const { text, logged } = await openInChromium(dist, async (page) => {
    const question = await page.waitForSelector('apt-faq >>> button[aria-expanded]');
    const text = await question.evaluate((button) => button.textContent.trim());
    // The snippet's console.log, not the browser's own messages (a 404 for /favicon.ico, say).
    const logged = new Promise((resolve) => page.on('console', (entry) => entry.type() === 'log' && resolve(entry.text())));
    await question.click();
    return { text, logged: await logged };
  });
  assert.equal(text, 'Where are you based?');
  assert.equal(logged, 'where-are-you-based');
}

describe('React 19 + TypeScript, with the README snippet', () => {
  let dir;
  before(() => {
    dir = project('react-app', {
      'package.json': JSON.stringify({ name: 'react-app', private: true, type: 'module' }),
      'tsconfig.json': tsconfig({ jsx: 'react-jsx' }),
      'index.html': indexHtml('/src/main.tsx'),
      'src/Faq.tsx': readmeFile('Faq.tsx'),
      'src/main.tsx': `import { createRoot } from 'react-dom/client';
import { Faq } from './Faq';

createRoot(document.getElementById('app')!).render(<Faq items={[{ question: 'Where are you based?', answer: 'In Geneva.' }]} />);
`,
      // Type errors the snippet's types must catch: they are real, not "any".
      'src/wrong.tsx': `import 'apt-faq/react';

// @ts-expect-error items is an array of items, not a string
export const a = <apt-faq items="nope" />;
// @ts-expect-error the event's detail has no "nope"
export const b = <apt-faq onapt-faq-open={(event) => event.detail.nope} />;
// @ts-expect-error apt-faq-item's open is a boolean
export const c = <apt-faq-item question="Q?" open="yes" />;
`,
    });
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball, ...['react', 'react-dom', '@types/react', '@types/react-dom', 'typescript', 'vite'].map(pinned)], dir);
  });

  test('type-checks (tsc)', () => {
    run('npx', ['tsc', '-p', '.'], dir);
  });

  test('builds with Vite, and in Chromium the FAQ shows the items and the listener hears the open', async () => {
    run('npx', ['vite', 'build', '--logLevel', 'error'], dir);
    await opensAndLogsTheId(join(dir, 'dist'));
  });
});

describe('Vue 3 + vue-tsc, with the README snippets', () => {
  let dir;
  before(() => {
    dir = project('vue-app', {
      'package.json': JSON.stringify({ name: 'vue-app', private: true, type: 'module' }),
      'tsconfig.json': tsconfig({ types: ['vite/client', 'node'] }).replace('"include":["src"]', '"include":["src","vite.config.ts"]'),
      'index.html': indexHtml('/src/main.ts'),
      'vite.config.ts': readmeFile('vite.config.ts'),
      'src/Faq.vue': readmeFile('Faq.vue'),
      'src/main.ts': `import { createApp } from 'vue';
import Faq from './Faq.vue';

createApp(Faq).mount('#app');
`,
      'src/Wrong.vue': `<script setup lang="ts">
import 'apt-faq/vue';
</script>

<template>
  <!-- @vue-expect-error items is an array of items, not a number -->
  <apt-faq :items="3" />
  <!-- @vue-expect-error the event's detail has no "nope" -->
  <apt-faq @apt-faq-open="(event) => event.detail.nope" />
</template>
`,
    });
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball, ...['vue', 'vue-tsc', '@vitejs/plugin-vue', '@types/node', 'typescript', 'vite'].map(pinned)], dir);
  });

  test('type-checks (vue-tsc)', () => {
    run('npx', ['vue-tsc', '-p', '.'], dir);
  });

  test('builds with Vite, and in Chromium the FAQ shows the items and the listener hears the open', async () => {
    run('npx', ['vite', 'build', '--logLevel', 'error'], dir);
    await opensAndLogsTheId(join(dir, 'dist'));
  });
});
