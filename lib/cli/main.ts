/**
 * The admin CLI: evaluate an account (and a ticket) against a policy, or check a policy file.
 *   npm run --silent cli -- evaluate --account FILE [--ticket FILE] [--now ISO] [--policy NAME_OR_FILE]
 *   npm run --silent cli -- policy check FILE
 * Exit codes: 0 done, 1 the policy is invalid, 2 a usage error or a file that is missing or not JSON.
 */
import { catalogSource } from '../i18n/node-source';
import { setMessageSource } from '../i18n/t';
import { run } from './run';

// Any words the CLI prints come from the English messages the extension ships (Node has no browser.i18n).
setMessageSource(catalogSource('en'));

const result = run(process.argv.slice(2), { now: Date.now() });
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.code;
