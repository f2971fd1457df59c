/// <reference types="node" />
/**
 * `apt-faq check FILE…` (also `npm run check-data -- FILE`): validates FAQ documents the way
 * `<apt-faq>` will, prints every problem with its JSON path, and exits non-zero on any.
 * `apt-faq render [FILE]` (also `npm run render -- FILE`): prints the hand-written markup of a
 * document (the bundled APT FAQ without a file), see render-command.ts.
 */
import { readFile } from 'node:fs/promises';
import { normaliseDocument } from './faq-data.js';
import { findJsonSyntaxError } from './json-syntax.js';

const USAGE = `Usage: apt-faq check FILE.json [FILE.json …]
       apt-faq render [FILE.json] [--heading-level 2-6]`;

/** The offending line with a caret under the column (long lines cut to the part around it). */
function pointAt(line: string, lineNumber: number, column: number): string {
  const start = Math.max(0, column - 60);
  const shown = (start > 0 ? '…' : '') + line.slice(start, column + 20).replace(/\t/g, ' ').trimEnd();
  const gutter = `  ${lineNumber} | `;
  const caret = ' '.repeat(gutter.length - 2) + '| ' + ' '.repeat(column - 1 - start + (start > 0 ? 1 : 0)) + '^';
  return `${gutter}${shown}\n${caret}`;
}

/** Checks one file; returns the number of problems found. */
async function check(file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`✗ ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    return 1;
  }
  // A byte-order mark is not JSON, but browsers drop it before `response.json()` parses.
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const where = findJsonSyntaxError(text);
    if (!where) {
      console.error(`✗ ${file}: is not valid JSON: ${(error as Error).message}`);
      return 1;
    }
    console.error(`✗ ${file}: is not valid JSON at line ${where.line}, column ${where.column}: ${where.message}`);
    console.error(pointAt(text.split('\n')[where.line - 1], where.line, where.column));
    return 1;
  }
  let result;
  try {
    result = normaliseDocument(json);
  } catch (error) {
    console.error(`✗ ${file}: $: ${(error as Error).message}`);
    return 1;
  }
  const total = (json as { items: unknown[] }).items.length;
  if (result.problems.length === 0) {
    console.log(`✓ ${file}: ${total} ${total === 1 ? 'item' : 'items'}, no problems.`);
    return 0;
  }
  console.error(`✗ ${file}:`);
  for (const problem of result.problems) console.error(`  ${problem.path}: ${problem.message}`);
  const count = result.problems.length;
  console.error(`  ${count} ${count === 1 ? 'problem' : 'problems'}; ${result.items.length} of ${total} items would be shown.`);
  return count;
}

/** Prints the hand-written markup of one document; problems of skipped items go to stderr. */
async function render(args: string[]): Promise<number> {
  const at = args.indexOf('--heading-level');
  const level = at >= 0 ? Number(args.splice(at, 2)[1]) : undefined;
  if (args.length > 1 || (level !== undefined && !(level >= 2 && level <= 6))) {
    console.error(USAGE);
    return 2;
  }
  try {
    const { renderFile } = await import('./render-command.js');
    const { markup, warnings } = await renderFile(args[0], level);
    for (const warning of warnings) console.error(warning);
    process.stdout.write(markup);
    return 0;
  } catch (error) {
    console.error(`✗ ${args[0]}: ${(error as Error).message}`);
    return 1;
  }
}

async function main(args: string[]): Promise<number> {
  const [command, ...files] = args;
  if (command === 'render') return render(files);
  if (command !== 'check' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let problems = 0;
  for (const file of files) problems += await check(file);
  return problems > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
