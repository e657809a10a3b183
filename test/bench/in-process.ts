/**
 * The in-process figures, with tinybench: the fast SLA engine against its oracle, and full account
 * evaluations with the default policy. One tinybench iteration is one pass over the whole seeded workload;
 * rates are the workload size over the MEDIAN pass (robust to a noisy, shared machine).
 */
import { Bench } from 'tinybench';
import { evaluate } from '../../lib/policy/evaluate';
import { PRESETS } from '../../lib/policy/presets';
import { computeTarget } from '../../lib/sla/target';
import type { TargetResult } from '../../lib/sla/types';
import { rulesWorkload, RULES_NOW } from './rules-workload';
import { oracleComputeTarget, slaWorkload, type Deadline } from './sla-workload';
import { round, seeded } from './stats';

export interface SlaOptions {
  tickets: number;
  /** Time budget for the fast engine's passes, ms (each run's). */
  timeMs: number;
  /** Runs of the fast engine: the figure is the LOWEST run's rate (issue 16), the others are in the detail. Default 5. */
  runs?: number;
}

/** ms per pass (median) of `fn` over tinybench iterations, with its sample count. */
async function medianPass(name: string, fn: () => void, timeMs: number, minIterations: number, warmup = true): Promise<{ medianMs: number; passes: number }> {
  const bench = new Bench({ time: timeMs, iterations: minIterations, warmup, warmupIterations: 3, warmupTime: Math.min(500, timeMs) });
  bench.add(name, fn);
  await bench.run();
  const result = bench.getTask(name)?.result;
  if (!result || (result.state !== 'completed' && result.state !== 'aborted-with-statistics'))
    throw new Error(`${name}: ${result && 'error' in result ? String(result.error) : 'did not complete'}`);
  return { medianMs: result.latency.p50, passes: result.latency.samplesCount };
}

export async function slaFigures(options: SlaOptions) {
  const workload = slaWorkload(options.tickets);
  let sink = 0;
  // Five separate runs (each its own tinybench, its own warm-up): the slowest one's rate is the figure.
  const runs: Array<{ medianMs: number; passes: number }> = [];
  for (let i = 0; i < (options.runs ?? 5); i++)
    runs.push(
      await medianPass(
        'computeTarget, fast engine',
        () => {
          for (const d of workload) sink += computeTarget(d.spec, d.ticket, d.now).dueAt;
        },
        options.timeMs,
        10,
      ),
    );
  const fast = runs.reduce((slowest, run) => (run.medianMs > slowest.medianMs ? run : slowest));
  // The same deadlines in random order (no ticket's targets together): what memory locality is worth here.
  const shuffled = shuffle(workload, 7);
  const scattered = await medianPass(
    'computeTarget, fast engine, shuffled',
    () => {
      for (const d of shuffled) sink += computeTarget(d.spec, d.ticket, d.now).dueAt;
    },
    Math.min(options.timeMs, 2_000),
    10,
  );
  // The oracle is ~500× slower: one pass over the SAME items (every one of them), each checked against the
  // fast engine's answer — the baseline is the same work, and it proves the fast figure is of correct answers.
  const oracleResults: TargetResult[] = [];
  const oracle = await medianPass(
    'computeTarget, oracle',
    () => {
      oracleResults.length = 0;
      for (const d of workload) oracleResults.push(oracleComputeTarget(d.spec, d.ticket, d.now));
    },
    0,
    1,
    false, // its single pass is long enough to be its own warm-up; the fast engine's tables are already built
  );
  const mismatches = workload.filter((d, i) => !same(computeTarget(d.spec, d.ticket, d.now), oracleResults[i]!)).length;
  if (mismatches > 0) throw new Error(`The fast SLA engine and the oracle disagree on ${mismatches} of ${workload.length} deadlines`);
  if (sink === 0) throw new Error('unreachable');
  const fastPerSecond = workload.length / (fast.medianMs / 1000);
  const oraclePerSecond = workload.length / (oracle.medianMs / 1000);
  return {
    deadlinesPerSecond: fastPerSecond,
    speedupVsOracle: fastPerSecond / oraclePerSecond,
    detail: describeWorkload(workload, {
      timed: 'computeTarget(spec, ticket, now) per deadline (lib/sla/target.ts): addBusinessTime + businessTimeBetween + state',
      order: 'ticket by ticket, each ticket’s targets together (as evaluateTicketSla computes them)',
      fastRuns: runs.length,
      fastRunsDeadlinesPerSecond: runs.map((r) => Math.round(workload.length / (r.medianMs / 1000))),
      figureIs: 'the lowest of the runs',
      fastPassMedianMs: round(fast.medianMs, 2),
      fastPasses: fast.passes,
      shuffledOrderDeadlinesPerSecond: Math.round(workload.length / (scattered.medianMs / 1000)),
      oracleDeadlinesPerSecond: Math.round(oraclePerSecond),
      oraclePassMs: round(oracle.medianMs, 0),
      oracleAgreesOnAll: true,
    }),
  };
}

/** A seeded Fisher–Yates copy. */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const random = seeded(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function same(a: TargetResult, b: TargetResult): boolean {
  return a.dueAt === b.dueAt && a.state === b.state && a.businessRemainingMs === b.businessRemainingMs && a.wallRemainingMs === b.wallRemainingMs && a.targetMs === b.targetMs;
}

function describeWorkload(workload: readonly Deadline[], extra: Record<string, unknown>) {
  const count = (f: (d: Deadline) => boolean) => workload.filter(f).length;
  const tickets = new Set(workload.map((d) => d.ticket));
  return {
    deadlines: workload.length,
    tickets: tickets.size,
    byCalendar: {
      business: count((d) => d.spec.calendar.id === 'business'),
      '24x7': count((d) => d.spec.calendar.id === '24x7'),
      internal: count((d) => d.spec.calendar.id === 'internal'),
    },
    ticketsWithPauses: [...tickets].filter((t) => t.pauses.length > 0).length,
    createdBetween: '2026-01-01 and 2027-12-31 (America/Los_Angeles DST changes of both years crossed)',
    holidaysPerYear: 10,
    ...extra,
  };
}

export async function rulesFigures(options: { accounts: number; timeMs: number }) {
  const accounts = rulesWorkload(options.accounts);
  const policy = PRESETS.sourcegraph;
  let sink = 0;
  const pass = await medianPass(
    'evaluate(account, sourcegraph)',
    () => {
      for (const account of accounts) sink += evaluate(account, policy, { now: RULES_NOW }).offerings.length;
    },
    options.timeMs,
    10,
  );
  if (sink === 0) throw new Error('unreachable');
  return {
    evaluationsPerSecond: accounts.length / (pass.medianMs / 1000),
    detail: {
      timed: 'evaluate(account, PRESETS.sourcegraph, { now }) (lib/policy/evaluate.ts): offerings, discount, Slack, implementation, Managed Services, support terms',
      accounts: accounts.length,
      passMedianMs: round(pass.medianMs, 2),
      passes: pass.passes,
      segmentsUnknown: accounts.filter((a) => a.segment === null).length,
      packagesUnreadable: accounts.filter((a) => a.packages === null).length,
      withImplementationDates: accounts.filter((a) => a.implementation.start !== null).length,
    },
  };
}
