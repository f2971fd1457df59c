// Builds `dist/cli.js`, the `apt-faq check` command, from src/cli.ts with esbuild: one file for
// Node 20, no dependency. esbuild takes a few tens of milliseconds, so `npm run check-data`
// can rebuild it on the spot when a source changed (scripts/check-data.mjs).
import { statSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI_ENTRY = `${ROOT}src/cli.ts`;
export const CLI_FILE = `${ROOT}dist/cli.js`;

/** Bundles src/cli.ts into `outfile` (default dist/cli.js). */
export async function buildCli(outfile = CLI_FILE) {
  // Loaded here, not on top: `npm run check-data` with a fresh CLI never pays for loading esbuild.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [CLI_ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'error',
  });
}

/** True when dist/cli.js exists and no module or data file under src/ (tests aside) is newer. */
export function cliIsFresh() {
  let built;
  try {
    built = statSync(CLI_FILE).mtimeMs;
  } catch {
    return false;
  }
  const sources = readdirSync(`${ROOT}src`, { recursive: true }).filter((name) => /\.(ts|json)$/.test(name) && !name.endsWith('.test.ts'));
  return sources.every((name) => statSync(`${ROOT}src/${name}`).mtimeMs <= built);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
