// `npm run check-data -- FILE…`: runs the built `apt-faq check` (dist/cli.js) in this process,
// building it first only when it is missing or older than the sources (esbuild, well under a
// second). `npm run build` builds it too.
import { pathToFileURL } from 'node:url';
import { CLI_FILE, buildCli, cliIsFresh } from './build-cli.mjs';

if (!cliIsFresh()) await buildCli();
// The CLI reads process.argv: make it look as if it had been started itself.
process.argv.splice(1, 1, CLI_FILE);
await import(pathToFileURL(CLI_FILE).href);
