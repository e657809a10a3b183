/**
 * The rules benchmark's workload: seeded canonical accounts (what `parseAccount` produces) varied over every
 * input the default policy decides on — segment (and unknown), ARR either side of the $100k discount line,
 * deployment, Kubernetes and external services (and unknown), 0–3 packages from the catalogue (or unreadable),
 * implementation windows before / around / after `now` (and open-ended), Slack opt-outs, renewal dates.
 */
import { SEGMENTS, DEPLOYMENTS, type Account } from '../../lib/domain/account';
import { PRESETS } from '../../lib/policy/presets';
import { chooser, seeded } from './stats';

/** Sat 21 Nov 2026 12:00 PST: the instant every account is evaluated at. */
export const RULES_NOW = Date.parse('2026-11-21T20:00:00Z');
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function rulesWorkload(count: number, seed = 11): Account[] {
  const { random, pick, int, chance } = chooser(seeded(seed));
  const catalogue = PRESETS.sourcegraph.packages.map((p) => p.id);
  const tri = (pTrue: number, pUnknown = 0.1): boolean | null => (chance(pUnknown) ? null : chance(pTrue));
  const arrFor: Record<string, [number, number]> = { SMB: [5e3, 1e5], MM: [5e4, 5e5], Enterprise: [5e4, 3e6], Strategic: [1e6, 2e7] };
  return Array.from({ length: count }, (_, i): Account => {
    const segment = chance(0.06) ? null : pick(SEGMENTS);
    const [low, high] = arrFor[segment ?? 'MM']!;
    const packages = chance(0.05) ? null : [...new Set(Array.from({ length: int(0, 3) }, () => pick(catalogue)))];
    const implStart = chance(0.5) ? RULES_NOW + int(-120, 30) * DAY : null;
    const implEnd = implStart !== null && chance(0.7) ? implStart + int(10, 90) * DAY : null;
    return {
      id: `001${String(i).padStart(15, '0')}`,
      name: `Account ${i}`,
      domain: `account${i}.example`,
      segment,
      arr: chance(0.05) ? null : Math.round(low + random() * (high - low)),
      deployment: chance(0.08) ? null : pick(DEPLOYMENTS),
      infrastructure: { kubernetes: tri(0.4), externalServices: tri(0.3) },
      packages,
      implementation: { start: implStart === null ? null : isoDay(implStart), end: implEnd === null ? null : isoDay(implEnd), exempt: chance(0.05) },
      slackOptOut: tri(0.05, 0.03),
      renewalDate: chance(0.9) ? isoDay(RULES_NOW + int(-30, 400) * DAY) : null,
      tier: null,
      slaTargets: null,
    };
  });
}
