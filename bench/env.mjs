// The browser and machine the benchmark runs on, and how to build the parent package.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

/** The apt-faq package (the parent folder of bench/). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH = fileURLToPath(new URL('.', import.meta.url));

/** Chromium of the system (override with CHROME_PATH). */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags for a root user with no GPU; no background traffic (shared with the tests). */
export { CHROMIUM_ARGS as CHROME_FLAGS } from '../scripts/find-browsers.mjs';

/** Runs an npm/npx command in the parent folder, output shown; throws on failure. */
export function runInRoot(command, args) {
  console.log(`\n$ (cd .. && ${command} ${args.join(' ')})`);
  // bench/.npmrc's ignore-scripts reaches child npm processes as npm_config_ignore_scripts:
  // the parent's own build must run as it always does.
  const env = { ...process.env };
  delete env.npm_config_ignore_scripts;
  execFileSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
}

/** nproc, CPU model, Node version. */
export function machine() {
  let cpu = 'unknown';
  try {
    cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? cpu;
  } catch {
    /* not Linux */
  }
  let nproc = String(availableParallelism());
  try {
    nproc = execFileSync('nproc', { encoding: 'utf8' }).trim();
  } catch {
    /* no coreutils */
  }
  return { nproc, cpu, node: process.version, platform: `${process.platform} ${process.arch}` };
}
