// Lints the WordPress plugin's PHP: `php -l` on every file, then PHP_CodeSniffer (Debian's
// `php-codesniffer`) with scripts/wordpress-phpcs.xml. `npm run lint:wordpress`; exits non-zero
// on any problem, or when php or phpcs is missing (apt-get install php-cli php-codesniffer).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(ROOT, 'src', 'wordpress');
const phpFiles = readdirSync(SOURCE, { recursive: true })
  .map(String)
  .filter((path) => path.endsWith('.php'))
  .map((path) => join(SOURCE, path));

/** Runs a linter, printing what it says; false when it found problems or could not run. */
function run(command, args) {
  try {
    process.stdout.write(execFileSync(command, args, { encoding: 'utf8' }));
    return true;
  } catch (error) {
    if (error.code === 'ENOENT') console.error(`${command} was not found: apt-get install php-cli php-codesniffer`);
    else process.stdout.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    return false;
  }
}

const syntax = phpFiles.map((file) => run('php', ['-l', file])).every(Boolean);
const style = run('phpcs', ['-q', '--colors', `--standard=${join(ROOT, 'scripts', 'wordpress-phpcs.xml')}`, SOURCE]);
if (!syntax || !style) process.exit(1);
console.log(`${phpFiles.length} PHP files: no problem`);
