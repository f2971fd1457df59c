// Test-runner command `check-data`: runs the real `apt-faq check` CLI (src/cli.ts, bundled
// for Node by esbuild) on a document the browser test sends, and returns its exit code and output.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

let cli;

async function builtCli() {
  cli ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'apt-faq-cli-'));
    const outfile = join(dir, 'cli.mjs');
    await build({ entryPoints: ['src/cli.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
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
        execFile(process.execPath, [outfile, 'check', file], (error, stdout, stderr) => {
          resolve({ code: error ? error.code : 0, output: (stdout + stderr).replaceAll(file, payload.name ?? 'faq.json') });
        });
      });
    },
  };
}
