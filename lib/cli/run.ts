import { readFileSync } from 'node:fs';
import { parseAccount, parseTicket } from '../parse';
import { evaluate, evaluateTicketSla, formatProblems, isPresetId, PRESETS, validatePolicy, type Policy } from '../policy';

export interface CliResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

/** A user error: one line on stderr, no stack trace. */
class UserError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2 = 2,
  ) {
    super(message);
  }
}

const USAGE = `usage:
  cli evaluate --account FILE [--ticket FILE] [--now ISO] [--policy sourcegraph|gitlab|FILE]
  cli policy check FILE
`;

/**
 * Runs one CLI command without touching process state, so tests call it directly.
 * @example run(['policy', 'check', 'my-policy.json'], { now: Date.now() }).code // 0 or 1
 */
export function run(argv: string[], env: { now: number }): CliResult {
  try {
    const [command, ...rest] = argv;
    if (command === 'evaluate') return evaluateCommand(rest, env.now);
    if (command === 'policy' && rest[0] === 'check' && rest.length === 2) return policyCheck(rest[1]!);
    if (command === undefined || command === '--help' || command === 'help') return { code: 0, stdout: USAGE, stderr: '' };
    throw new UserError(`unknown command: ${argv.join(' ')}\n${USAGE}`.trimEnd());
  } catch (error) {
    if (error instanceof UserError) return { code: error.code, stdout: '', stderr: `${error.message}\n` };
    throw error;
  }
}

function evaluateCommand(args: string[], defaultNow: number): CliResult {
  const flags = parseFlags(args, ['--account', '--ticket', '--now', '--policy']);
  if (!flags['--account']) throw new UserError(`evaluate needs --account FILE\n${USAGE}`.trimEnd());
  const policy = loadPolicy(flags['--policy'] ?? 'sourcegraph');
  const now = flags['--now'] === undefined ? defaultNow : Date.parse(flags['--now']);
  if (Number.isNaN(now)) throw new UserError(`--now: cannot read "${flags['--now']}" (expected an ISO 8601 instant)`);

  const { account, warnings } = parseAccount(readJson(flags['--account']), { catalogue: policy.packages });
  const evaluation = evaluate(account, policy, { now, warnings });
  const out: Record<string, unknown> = { ...evaluation, now: new Date(now).toISOString() };
  if (flags['--ticket']) {
    const parsed = parseTicket(readJson(flags['--ticket']), policy.sla?.priorityMap);
    evaluation.warnings.push(...parsed.warnings);
    out.ticket = parsed.ticket;
    out.sla = evaluateTicketSla(parsed.ticket, account, policy, { now });
  }
  return { code: 0, stdout: `${JSON.stringify(out, null, 2)}\n`, stderr: '' };
}

function policyCheck(file: string): CliResult {
  const result = validatePolicy(readJson(file));
  if (!result.ok) {
    const lines = formatProblems(result.problems);
    return { code: 1, stdout: '', stderr: `${file}: invalid policy (${lines.length} problem${lines.length === 1 ? '' : 's'})\n${lines.map((l) => `  ${l}`).join('\n')}\n` };
  }
  const p = result.policy;
  const summary = `${file}: valid policy "${p.name}" (${p.id}) version ${p.version}: ${p.offerings.length} offerings, ${p.packages.length} packages, ${p.discount.rules.length} discount rules, ${p.sla?.targets.length ?? 0} SLA targets, ${p.sla?.calendars.length ?? 0} calendars`;
  return { code: 0, stdout: `${summary}\n`, stderr: '' };
}

function loadPolicy(nameOrFile: string): Policy {
  if (isPresetId(nameOrFile)) return PRESETS[nameOrFile];
  const result = validatePolicy(readJson(nameOrFile));
  if (!result.ok)
    throw new UserError(
      `${nameOrFile}: invalid policy\n${formatProblems(result.problems)
        .map((l) => `  ${l}`)
        .join('\n')}`,
      1,
    );
  return result.policy;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

function parseFlags(args: string[], known: string[]): Record<string, string | undefined> {
  const flags: Record<string, string | undefined> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!known.includes(name)) throw new UserError(`unknown option: ${arg}\n${USAGE}`.trimEnd());
    const value = inline ?? args[++i];
    if (value === undefined) throw new UserError(`${name} needs a value`);
    flags[name] = value;
  }
  return flags;
}
