import type { Account } from '../../lib/domain/account';
import { parseAccount } from '../../lib/parse';
import { evaluate, PRESETS, type Policy } from '../../lib/policy';

export const sourcegraph = PRESETS.sourcegraph;
export const gitlab = PRESETS.gitlab;

/** Sat 21 Nov 2026 12:00 PST. */
export const NOW = Date.parse('2026-11-21T20:00:00Z');

/** A self-hosted Docker Compose account with nothing purchased; override what a test is about. */
export function account(overrides: Partial<Account> = {}): Account {
  return {
    id: '001',
    name: 'Acme',
    domain: 'acme.example',
    segment: 'Enterprise',
    arr: 250_000,
    deployment: 'self-hosted',
    infrastructure: { kubernetes: false, externalServices: false },
    packages: [],
    implementation: { start: null, end: null, exempt: false },
    slackOptOut: false,
    renewalDate: null,
    tier: null,
    slaTargets: null,
    ...overrides,
  };
}

export const evaluateAt = (a: Account, policy: Policy = sourcegraph, now = NOW) => evaluate(a, policy, { now });

/** Reads a raw account the way a CRM page or directory row would arrive. */
export const fromRaw = (raw: unknown, policy: Policy = sourcegraph) => parseAccount(raw, { catalogue: policy.packages });
