// Test-runner command `check-data`: runs the real `apt-faq check` CLI (src/cli.ts, bundled
// for Node as `npm run build` bundles it) on a document the browser test sends, and returns its
// exit code and output (stdout then stderr). `command: 'render'` runs `apt-faq render` instead;
// `args` are passed after the file (e.g. `['--lang', 'fr']`).
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli } from '../../scripts/build-cli.mjs';

let cli;

async function builtCli() {
  cli ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'apt-faq-cli-'));
    const outfile = join(dir, 'cli.mjs');
    await buildCli(outfile);
    return { dir, outfile };
  })();
  return cli;
}

export function checkDataCommand() {
  return {
    name: 'check-data-command',
    async executeCommand({ command, payload }) {
      if (command !== 'check-data') return undefined;
      const { dir, outfile } = await builtCli();
      const file = join(dir, payload.name ?? 'faq.json');
      await writeFile(file, payload.text);
      return new Promise((resolve) => {
        execFile(process.execPath, [outfile, payload.command ?? 'check', file, ...(payload.args ?? [])], (error, stdout, stderr) => {
          resolve({ code: error ? error.code : 0, output: (stdout + stderr).replaceAll(file, payload.name ?? 'faq.json') });
        });
      });
    },
  };
}
