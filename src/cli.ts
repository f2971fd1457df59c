/// <reference types="node" />
/**
 * `apt-faq check FILE…` (also `npm run check-data -- FILE`): validates FAQ documents the way
 * `<apt-faq>` will and names what the answer rules will drop; prints every problem naming the
 * item (counted from 1), its id and the field; exits non-zero on errors, zero on warnings alone.
 * `apt-faq render [FILE]` (also `npm run render -- FILE`): prints the hand-written markup of a
 * document (the bundled APT FAQ without a file), see render-command.ts.
 */
import { readFile } from 'node:fs/promises';
import { checkText, problemCount, problemLine, problemText } from './check-document.js';
import { untranslatedReport } from './translations.js';
import { hasErrors } from './problems.js';

const USAGE = `Usage: apt-faq check FILE.json [FILE.json …]
       apt-faq render [FILE.json] [--heading-level 2-6] [--lang TAG]`;

/** The offending line with a caret under the column (long lines cut to the part around it). */
function pointAt(line: string, lineNumber: number, column: number): string {
  const start = Math.max(0, column - 60);
  const shown = (start > 0 ? '…' : '') + line.slice(start, column + 20).replace(/\t/g, ' ').trimEnd();
  const gutter = `  ${lineNumber} | `;
  const caret = ' '.repeat(gutter.length - 2) + '| ' + ' '.repeat(column - 1 - start + (start > 0 ? 1 : 0)) + '^';
  return `${gutter}${shown}\n${caret}`;
}

/**
 * Checks one file: prints every problem (errors and warnings, one line each) and returns the
 * number of errors. Warnings alone (shown, but not as written) do not fail the check.
 */
async function check(file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`✗ ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    return 1;
  }
  const { document, raw, problems, sourceLine } = await checkText(text);
  if (!document) {
    const [problem] = problems;
    console.error(`✗ ${file}: ${problemText(problem)}.`);
    if (sourceLine !== undefined) console.error(pointAt(sourceLine, problem.line!, problem.column!));
    return 1;
  }
  const total = raw.length;
  const items = `${total} ${total === 1 ? 'item' : 'items'}`;
  if (problems.length === 0) {
    console.log(`✓ ${file}: ${items}, no problems.`);
    return 0;
  }
  const errors = hasErrors(problems);
  const log = errors ? console.error : console.log;
  log(`${errors ? '✗' : '!'} ${file}: ${items}, ${problemCount(problems)}:`);
  // Missing translations as a translator's report, one line per language, not one per item.
  for (const problem of problems) if (problem.code !== 'translation-missing') log(`  ${problemLine(problem)}`);
  for (const line of untranslatedReport(problems, document.items.length)) log(`  ${'warning'.padEnd(8)} translation ${line}`);
  const untranslatedOnly = problems.every((problem) => problem.code === 'translation-missing');
  log(`  ${document.items.length} of ${total} items would be shown${errors ? '' : untranslatedOnly ? ', untranslated texts in the main language' : ', not all as written'}.`);
  return problems.filter((problem) => problem.severity === 'error').length;
}

/** Prints the hand-written markup of one document; its problems (as `check` words them) go to stderr. */
async function render(args: string[]): Promise<number> {
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at >= 0 ? (args.splice(at, 2)[1] ?? '') : undefined;
  };
  const levelText = option('--heading-level');
  const level = levelText === undefined ? undefined : Number(levelText);
  const lang = option('--lang');
  if (args.length > 1 || (level !== undefined && !(level >= 2 && level <= 6)) || lang === '') {
    console.error(USAGE);
    return 2;
  }
  try {
    const { renderFile } = await import('./render-command.js');
    const { markup, problems } = await renderFile(args[0], level, lang);
    for (const problem of problems) console.error(problemLine(problem));
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
