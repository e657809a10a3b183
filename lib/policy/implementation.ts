import type { Account } from '../domain/account';
import { evaluateCondition } from './condition';
import type { Holdings } from './holdings';
import { daysBetween } from './local-date';
import type { Policy } from './schema';
import type { ImplementationDecision, KpiStatus } from './types';

/**
 * Decides whether Implementation Services is mandatory, where the implementation stands against the KPI
 * (a production instance within N days of the start), and whether a commercial customer gets a dedicated TA.
 * @example decideImplementation(k8sSelfHosted, policy, holdings, '2026-11-21', warnings).mandatory // true
 */
export function decideImplementation(account: Account, policy: Policy, holdings: Holdings, today: string, warnings: string[]): ImplementationDecision | null {
  const rules = policy.implementation;
  if (!rules) return null;
  const { section } = rules;
  const exempt = account.implementation.exempt;
  const purchased = holdings.known ? (holdings.held.get(rules.offering)?.some((h) => h.kind === 'purchased') ?? false) : null;

  // Never mandatory where it is not offered. The handbook's Implementation Services Overview makes the service
  // "for Sourcegraph self-hosted production deployments", so its customer profiles (Kubernetes; external, not
  // built-in, infrastructure/services) are read within that: a cloud or managed account is not mandated it,
  // whatever its infrastructure fields say or leave unknown. The offering's own profile answers both "offered?"
  // and this, so "not offered" never stands beside "mandatory" or "cannot tell". With the profile unknown
  // (deployment unknown) the conditions below decide, as before.
  const profile = policy.offerings.find((o) => o.id === rules.offering)?.profile;
  if (profile && evaluateCondition(profile.when, account, holdings).value === false) {
    const where = profile.when.deployment ? `a ${account.deployment} deployment` : 'this account';
    const cited = profile.section === section ? '' : `; ${profile.section}`;
    const reasons = [`${section}: not mandatory for ${where} (the service is ${profile.reason}${cited})`];
    return { mandatory: false, exempt, purchased, reasons, kpi: kpi(account, rules.kpi, today), dedicatedTa: dedicatedTa(account, rules, holdings) };
  }

  let mandatory: boolean | null = false;
  const reasons: string[] = [];
  const unknown = new Set<string>();
  for (const rule of rules.mandatoryWhen) {
    const result = evaluateCondition(rule.when, account, holdings);
    if (result.value) {
      mandatory = true;
      reasons.push(`${section}: mandatory for a ${rule.reason}`);
    } else if (result.value === null) result.unknown.forEach((u) => unknown.add(u));
  }
  if (mandatory && exempt) {
    mandatory = false;
    reasons.push(`${section}: exempt by ${rules.exemptBy}`);
  } else if (!mandatory && unknown.size) {
    mandatory = null;
    reasons.push(`${section}: ${[...unknown].join(', ')} unknown, so whether it is mandatory cannot be told`);
  } else if (!mandatory) {
    reasons.push(`${section}: not mandatory (no Kubernetes self-hosted deployment, no external services)`);
  }
  if (mandatory && purchased === false) warnings.push('Implementation Services is mandatory for this account but not purchased');

  return { mandatory, exempt, purchased, reasons, kpi: kpi(account, rules.kpi, today), dedicatedTa: dedicatedTa(account, rules, holdings) };
}

/** The dedicated-TA rule for commercial customers, decided the same way whether or not the service is mandatory. */
function dedicatedTa(account: Account, rules: NonNullable<Policy['implementation']>, holdings: Holdings): ImplementationDecision['dedicatedTa'] {
  if (!rules.dedicatedTa) return null;
  const ta = evaluateCondition(rules.dedicatedTa.when, account, holdings);
  return {
    eligible: ta.value,
    reasons: [
      ta.value === null
        ? `${rules.dedicatedTa.section}: ${ta.unknown.join(', ')} unknown`
        : `${rules.dedicatedTa.section}: ${ta.value ? rules.dedicatedTa.reason : 'no dedicated TA through Slack Account Management'}`,
    ],
  };
}

function kpi(account: Account, rule: { days: number; section: string }, today: string): ImplementationDecision['kpi'] {
  const { start, end } = account.implementation;
  if (!start) return null;
  const of = rule.days;
  let status: KpiStatus;
  let day: number;
  let reason: string;
  if (end && end <= today) {
    day = daysBetween(start, end) + 1;
    status = day <= of ? 'met' : 'missed';
    reason = `finished on ${end}, day ${day} of ${of}`;
  } else if (start > today) {
    day = 0;
    status = 'not-started';
    reason = `starts on ${start}`;
  } else {
    day = daysBetween(start, today) + 1;
    status = day > of ? 'overdue' : 'in-progress';
    reason = status === 'overdue' ? `day ${day}: ${day - of} days past the ${of}-day goal` : `day ${day} of ${of} since ${start}`;
  }
  return { day, of, status, reasons: [`${rule.section}: ${reason}`] };
}
