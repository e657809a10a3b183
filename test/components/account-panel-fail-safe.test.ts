import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AccountPanel } from '../../components/AccountPanel';
import type { Account } from '../../lib/domain/account';
import { parseAccount } from '../../lib/parse';
import { evaluate, PRESETS, type Evaluation, type Policy } from '../../lib/policy';
import { accountKey, type EvaluatedAccount } from '../../lib/messaging/answers';

// Fail safe: when a right cannot be established (unknown segment, unreadable packages or opt-out, an
// implementation window with a date missing), the answer is "cannot tell" and the panel says so. Slack is never
// shown as allowed, nor a discount as available, on a guess. Checked over random accounts, both from messy raw
// values (as a CRM holds them) and from canonical accounts with any field unknown.
const RUNS = { numRuns: 10_000, seed: 20261123 };
const NOW = Date.UTC(2026, 10, 21, 20); // Sat 21 Nov 2026 12:00 PST
const TODAY = '2026-11-21';
const policy = PRESETS.sourcegraph;

/** The offerings that grant `offering` for good (itself, or any that includes it outside an implementation window). */
function grantingPackages(p: Policy, offering: string): { always: Set<string>; duringImplementation: Set<string> } {
  const always = new Set<string>();
  const duringImplementation = new Set<string>();
  for (const pkg of p.packages) {
    const o = p.offerings.find((x) => x.id === pkg.offering);
    if (!o) continue;
    if (o.id === offering) always.add(pkg.id);
    for (const inc of o.includes ?? []) {
      if (inc.offering !== offering) continue;
      (inc.during === 'implementation' ? duringImplementation : always).add(pkg.id);
    }
  }
  return { always, duringImplementation };
}

/** Why the Slack right `offering` may be shown as allowed for `account` — or null when nothing backs it. */
function slackBacking(account: Account, offering: string): string | null {
  if (account.slackOptOut !== false || account.packages === null) return null;
  const { always, duringImplementation } = grantingPackages(policy, offering);
  const held = account.packages.find((id) => always.has(id));
  if (held) return held;
  const { start, end } = account.implementation;
  const inWindow = start !== null && end !== null && start <= TODAY && TODAY <= end;
  return inWindow ? (account.packages.find((id) => duringImplementation.has(id)) ?? null) : null;
}

function checkSafe(account: Account, e: Evaluation): void {
  for (const [right, offering] of [
    [e.slack.support, policy.slack!.rights.support.offering],
    [e.slack.accountManagement, policy.slack!.rights.accountManagement.offering],
  ] as const) {
    if (right.allowed === true) {
      const backing = slackBacking(account, offering);
      expect(backing, `Slack "${right.label}" allowed without a recognised package granting it`).not.toBeNull();
      expect(account.packages).toContain(right.via);
    }
    // An opt-out removes both rights whatever else is known; otherwise an unreadable opt-out or package list is "cannot tell".
    if (account.slackOptOut === true) expect(right.allowed).toBe(false);
    else if (account.slackOptOut === null || account.packages === null) expect(right.allowed).toBeNull();
    expect(right.reasons.length).toBeGreaterThan(0);
  }
  if (e.discount.status === 'available') {
    expect(account.segment).not.toBeNull();
    expect(['Enterprise', 'Strategic']).toContain(account.segment);
    if (account.segment === 'Enterprise') {
      expect(account.arr, 'an Enterprise discount needs a known ARR').not.toBeNull();
      expect(account.arr!).toBeGreaterThan(100_000);
    }
  }
  if (account.segment === null) expect(e.discount.status).toBe('unknown');
  if (account.segment === 'Enterprise' && account.arr === null) expect(e.discount.status).toBe('unknown');
  expect(e.discount.reasons.length).toBeGreaterThan(0);
  for (const o of e.offerings) {
    // An offering the policy sells by segment: with the segment unknown, only what is held may be stated.
    const segments = policy.offerings.find((x) => x.id === o.id)?.segments;
    const bySegment = segments !== undefined && segments.length < 4;
    if (bySegment && account.segment === null && o.status === 'available') expect.fail(`${o.id} shown as sellable with the segment unknown`);
    expect(o.reasons.length).toBeGreaterThan(0);
  }
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const date = fc.date({ min: new Date('2025-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const packageIds = policy.packages.map((p) => p.id);

/** Canonical accounts, any field possibly unknown (null). */
const canonical: fc.Arbitrary<Account> = fc.record({
  id: maybe(fc.string()),
  name: maybe(fc.string()),
  domain: maybe(fc.domain()),
  segment: maybe(fc.constantFrom('SMB', 'MM', 'Enterprise', 'Strategic') as fc.Arbitrary<Account['segment'] & string>),
  arr: maybe(fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constantFrom(100_000, 100_000.01, 99_999.99))),
  deployment: maybe(fc.constantFrom('self-hosted', 'managed', 'cloud') as fc.Arbitrary<NonNullable<Account['deployment']>>),
  infrastructure: fc.record({ kubernetes: maybe(fc.boolean()), externalServices: maybe(fc.boolean()) }),
  packages: maybe(fc.uniqueArray(fc.constantFrom(...packageIds), { maxLength: 4 })),
  implementation: fc.record({ start: maybe(date), end: maybe(date), exempt: fc.boolean() }),
  slackOptOut: maybe(fc.boolean()),
  renewalDate: maybe(date),
  tier: maybe(fc.constantFrom('CE', 'EE') as fc.Arbitrary<NonNullable<Account['tier']>>),
  slaTargets: fc.constant(null),
});

/** Raw CRM values: right, misspelt, blank or foreign, as people type them. */
const raw = fc.record(
  {
    segment: fc.constantFrom('Enterprise', 'ENT', 'Mid Market', 'SMB', 'Strategic', 'Enterprize', 'Commercial', '', 'N/A', 'Ent.'),
    arr: fc.constantFrom('$100,000', '$100,000.01', '$95k', '1.2M', 'USD 250,000', '€300,000', 'lots', '', '£1', '100000'),
    packages: fc.oneof(
      fc
        .uniqueArray(
          fc.constantFrom(
            'Slack Support',
            'Slak Support',
            'Gold Plan',
            'Implementation Services',
            'Dedicated Support',
            '24/7 Support SLAs',
            'Managed Services Package 1',
            'Slack Account Management',
          ),
          { maxLength: 3 },
        )
        .map((a) => a.join(';')),
      fc.constantFrom(42, { a: 1 }, true),
    ),
    deployment: fc.constantFrom('Self-Hosted', 'Cloud', 'Dedicated Cloud', 'On-prem', 'Hybrid', ''),
    slackOptOut: fc.constantFrom('Yes', 'No', '', 'Maybe', 'true', 'false', 'Opted out?'),
    implementationStart: fc.constantFrom('2026-11-01', '11/1/2026', '2026-12-01', '', 'soon', '2026-02-30'),
    implementationEnd: fc.constantFrom('2026-11-30', '2026-11-20', '', 'TBD', '12/31/2026'),
    renewalDate: fc.constantFrom('2027-01-01', '', 'next year'),
  },
  { requiredKeys: [] },
);

describe('no right is stated on a guess', () => {
  it('canonical accounts with unknown fields: Slack only with a recognised granting package and no opt-out; discounts only on a known segment (and known ARR for Enterprise)', () => {
    fc.assert(
      fc.property(canonical, (account) => checkSafe(account, evaluate(account, policy, { now: NOW }))),
      RUNS,
    );
  });

  it('messy CRM values read through the parsers: the same, and every unreadable value is a warning', () => {
    fc.assert(
      fc.property(raw, (fields) => {
        const { account, warnings } = parseAccount(fields, { catalogue: policy.packages });
        const e = evaluate(account, policy, { now: NOW, warnings });
        checkSafe(account, e);
        if (fields.segment && account.segment === null) expect(e.warnings.some((w) => w.startsWith('Segment: '))).toBe(true);
      }),
      RUNS,
    );
  });

  it.each([
    ['a misspelt package', { segment: 'Strategic', packages: 'Slak Support', slackOptOut: 'No' }, false],
    ['packages of the wrong kind', { segment: 'Strategic', packages: 42, slackOptOut: 'No' }, null],
    ['an unreadable opt-out', { segment: 'Strategic', packages: 'Slack Support', slackOptOut: 'Maybe' }, null],
    ['an implementation with no end date', { segment: 'MM', packages: 'Implementation Services', implementationStart: '2026-11-01', slackOptOut: 'No' }, null],
    ['an opt-out', { segment: 'Strategic', packages: 'Slack Support', slackOptOut: 'Yes' }, false],
  ])('Slack with %s is not "Allowed"', (_case, fields, expected) => {
    const { account, warnings } = parseAccount(fields, { catalogue: policy.packages });
    expect(evaluate(account, policy, { now: NOW, warnings }).slack.support.allowed).toBe(expected);
  });
});

describe('the panel says what cannot be established', () => {
  const view = (e: Evaluation): EvaluatedAccount => ({
    key: accountKey('salesforce', '001A'),
    tool: 'salesforce',
    recordId: '001A',
    url: null,
    evaluation: e,
    unrecognizedPackages: [],
    readAt: NOW,
    source: 'page',
  });
  const render = (e: Evaluation, staleSince: number | null = null) =>
    renderToStaticMarkup(
      createElement(AccountPanel, { account: view(e), staleSince, now: NOW, loading: false, error: null, collapsed: false, onToggle: () => {}, shortcut: 'Alt+Shift+E' }),
    );
  const pills = (html: string) => [...html.matchAll(/class="el-pill el-pill--(\w+)"[^>]*><span[^>]*>[^<]*<\/span>([^<]*)</g)].map((m) => m[2]);

  it('shows "Allowed" and "Discount available" exactly when the engine establishes them, and "Cannot tell" when it cannot', () => {
    fc.assert(
      fc.property(canonical, (account) => {
        const e = evaluate(account, policy, { now: NOW });
        const html = render(e);
        const shown = pills(html);
        const allowedCount = [e.slack.support, e.slack.accountManagement].filter((r) => r.allowed === true).length;
        expect(shown.filter((p) => p === 'Allowed')).toHaveLength(allowedCount);
        expect(shown.includes('Discount available')).toBe(e.discount.status === 'available');
        if (e.discount.status === 'unknown' || e.slack.support.allowed === null) expect(shown).toContain('Cannot tell');
        if (account.segment === null) expect(html).toContain('Segment unknown');
      }),
      { numRuns: 2_000, seed: 20261123 },
    );
  });

  it('data from the cache is marked stale with its age while the page is read again', () => {
    const e = evaluate(fc.sample(canonical, { numRuns: 1, seed: 1 })[0]!, policy, { now: NOW });
    expect(render(e, NOW - 5 * 60_000)).toContain('Showing saved data from 5 min ago');
  });
});
