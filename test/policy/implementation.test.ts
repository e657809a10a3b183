import { describe, expect, it } from 'vitest';
import type { Account } from '../../lib/domain/account';
import { account, evaluateAt, gitlab, sourcegraph } from './helpers';

const impl = (overrides: Partial<Account>) => evaluateAt(account(overrides)).implementation!;
const infra = (kubernetes: boolean | null, externalServices: boolean | null) => ({ kubernetes, externalServices });

describe('Implementation Services Customer Profiles: mandatory', () => {
  it.each([
    { deployment: 'self-hosted', k8s: true, ext: false, mandatory: true },
    { deployment: 'self-hosted', k8s: false, ext: true, mandatory: true },
    { deployment: 'self-hosted', k8s: false, ext: false, mandatory: false },
    { deployment: 'self-hosted', k8s: null, ext: false, mandatory: null },
    { deployment: 'self-hosted', k8s: false, ext: null, mandatory: null },
    { deployment: 'self-hosted', k8s: null, ext: null, mandatory: null },
  ] as const)('$deployment, Kubernetes $k8s, external services $ext → $mandatory', ({ deployment, k8s, ext, mandatory }) => {
    expect(impl({ deployment, infrastructure: infra(k8s, ext) }).mandatory).toBe(mandatory);
  });

  // Overview: the service is "for Sourcegraph self-hosted production deployments", so neither profile (Kubernetes,
  // external infrastructure/services) makes it mandatory for an instance Sourcegraph runs. The offering is not
  // offered to them either, and the two answers agree.
  const TRI = [true, false, null] as const;
  const RUN_BY_SOURCEGRAPH = (['cloud', 'managed'] as const).flatMap((deployment) => TRI.flatMap((k8s) => TRI.map((ext) => ({ deployment, k8s, ext }))));
  it.each(RUN_BY_SOURCEGRAPH)('a $deployment deployment is not mandated it (Kubernetes $k8s, external services $ext), and says why', ({ deployment, k8s, ext }) => {
    const e = evaluateAt(account({ deployment, infrastructure: infra(k8s, ext) }));
    expect(e.implementation!.mandatory).toBe(false);
    expect(e.implementation!.reasons).toEqual([
      `Implementation Services Customer Profiles: not mandatory for a ${deployment} deployment (the service is for self-hosted production deployments)`,
    ]);
    expect(e.offerings.find((o) => o.id === 'implementation-services')!.status).toBe('not-offered');
    expect(e.warnings).not.toContain('Implementation Services is mandatory for this account but not purchased');
  });

  it("the offering's customer profile is what rules a deployment out: a policy without one lets the conditions decide", () => {
    const unprofiled = structuredClone(sourcegraph);
    delete unprofiled.offerings.find((o) => o.id === 'implementation-services')!.profile;
    expect(evaluateAt(account({ deployment: 'cloud', infrastructure: infra(false, true) }), unprofiled).implementation!.mandatory).toBe(true);
  });

  it.each([
    { k8s: true, ext: false, mandatory: null },
    { k8s: false, ext: true, mandatory: true },
    { k8s: true, ext: true, mandatory: true },
    { k8s: false, ext: false, mandatory: false },
    { k8s: null, ext: false, mandatory: null },
    { k8s: false, ext: null, mandatory: null },
  ] as const)('deployment unknown, Kubernetes $k8s, external services $ext → $mandatory, as the conditions alone decide', ({ k8s, ext, mandatory }) => {
    expect(impl({ deployment: null, infrastructure: infra(k8s, ext) }).mandatory).toBe(mandatory);
  });

  it('names the reason', () => {
    expect(impl({ infrastructure: infra(true, false) }).reasons).toEqual(['Implementation Services Customer Profiles: mandatory for a self-hosted deployment with Kubernetes']);
  });

  it('an exemption by the Implementation Team and GTM Leadership lifts it', () => {
    const d = impl({ infrastructure: infra(true, true), implementation: { start: null, end: null, exempt: true } });
    expect(d.mandatory).toBe(false);
    expect(d.reasons.at(-1)).toBe('Implementation Services Customer Profiles: exempt by the Implementation Team and GTM Leadership');
  });

  it('mandatory but not purchased is a warning', () => {
    expect(evaluateAt(account({ infrastructure: infra(true, false) })).warnings).toContain('Implementation Services is mandatory for this account but not purchased');
  });

  it('the GitLab policy has no implementation rules', () => {
    expect(evaluateAt(account(), gitlab).implementation).toBeNull();
  });
});

describe('implementation KPI: a production instance within 30 days', () => {
  // NOW is Sat 21 Nov 2026 (Pacific).
  it.each([
    { start: '2026-11-21', end: null, day: 1, status: 'in-progress' },
    { start: '2026-11-01', end: null, day: 21, status: 'in-progress' },
    { start: '2026-10-23', end: null, day: 30, status: 'in-progress' },
    { start: '2026-10-22', end: null, day: 31, status: 'overdue' },
    { start: '2026-12-01', end: '2026-12-20', day: 0, status: 'not-started' },
    { start: '2026-10-01', end: '2026-10-30', day: 30, status: 'met' },
    { start: '2026-10-01', end: '2026-11-02', day: 33, status: 'missed' },
    { start: '2026-11-10', end: '2026-12-31', day: 12, status: 'in-progress' },
  ])('started $start, ended $end: day $day, $status', ({ start, end, day, status }) => {
    expect(impl({ implementation: { start, end, exempt: false } }).kpi).toMatchObject({ day, of: 30, status });
  });

  it('no start date, no KPI', () => expect(impl({}).kpi).toBeNull());
});

describe('dedicated TA for commercial customers with Slack Account Management', () => {
  it.each([
    { segment: 'SMB', packages: ['slack-account-management'], eligible: true },
    { segment: 'MM', packages: ['slack-support'], eligible: true },
    { segment: 'MM', packages: [], eligible: false },
    { segment: 'Enterprise', packages: ['slack-account-management'], eligible: false },
    { segment: null, packages: ['slack-account-management'], eligible: null },
  ] as const)('$segment with $packages → $eligible', ({ segment, packages, eligible }) => {
    expect(impl({ segment, packages: [...packages] }).dedicatedTa!.eligible).toBe(eligible);
  });
});

describe('Managed Services', () => {
  it('a purchased package shows its access, services and the customer resources needed', () => {
    const ms = evaluateAt(account({ segment: 'Enterprise', packages: ['managed-services-infrastructure'] })).managedServices!;
    expect(ms.eligible).toBe(true);
    expect(ms.packages).toHaveLength(1);
    expect(ms.packages[0]!.accessGranted).toHaveLength(2);
    expect(ms.packages[0]!.customerResources).toContain('Champion');
  });
  it.each([
    { segment: 'MM', deployment: 'self-hosted', eligible: false },
    { segment: 'Enterprise', deployment: 'self-hosted', eligible: true },
    { segment: 'Strategic', deployment: 'cloud', eligible: false },
    { segment: null, deployment: 'self-hosted', eligible: null },
  ] as const)('$segment $deployment eligible: $eligible', ({ segment, deployment, eligible }) => {
    expect(evaluateAt(account({ segment, deployment })).managedServices!.eligible).toBe(eligible);
  });
});

describe('support terms', () => {
  it.each([
    { deployment: 'managed', uptime: [99.5] },
    { deployment: 'cloud', uptime: [99.5] },
    { deployment: 'self-hosted', uptime: [] },
  ] as const)('$deployment accounts show uptime $uptime', ({ deployment, uptime }) => {
    expect(evaluateAt(account({ deployment })).support.commitments.map((c) => c.uptimePercent)).toEqual(uptime);
  });
  it('managed instances show the maintenance rules', () => {
    expect(evaluateAt(account({ deployment: 'managed' })).support.commitments[0]!.maintenance[0]).toMatch(/at least 24 hours in advance/);
  });
  it('Enterprise Plus is a custom support agreement', () => {
    expect(evaluateAt(account({ packages: ['enterprise-plus'] })).support.customAgreement?.note).toMatch(/see the contract/);
  });
});
