import type { Account } from '../domain/account';
import { evaluateCondition } from './condition';
import type { Holdings } from './holdings';
import type { OfferingDecision, ManagedServicesDecision, SupportTerms } from './types';
import type { Policy } from './schema';

/**
 * Managed Services: eligibility (the offering's status) and, for purchased packages, what access is granted,
 * what services are performed and what the customer must provide.
 * @example decideManagedServices(account, policy, offerings).packages[0].accessGranted
 */
export function decideManagedServices(account: Account, policy: Policy, offerings: OfferingDecision[]): ManagedServicesDecision | null {
  const rule = policy.managedServices;
  if (!rule) return null;
  const decision = offerings.find((o) => o.id === rule.offering)!;
  const eligible = decision.status === 'unknown' ? null : decision.status !== 'not-offered';
  const packages = policy.packages
    .filter((p) => p.offering === rule.offering && p.details && account.packages?.includes(p.id))
    .map((p) => ({ id: p.id, name: p.name, ...p.details! }));
  return { eligible, reasons: decision.reasons, packages };
}

/**
 * Support terms beyond the SLA table: a custom support agreement (see the contract), and the uptime
 * commitment and maintenance rules for managed and cloud deployments.
 * @example decideSupportTerms(managedAccount, policy, holdings).commitments[0].uptimePercent // 99.5
 */
export function decideSupportTerms(account: Account, policy: Policy, holdings: Holdings): SupportTerms {
  const sla = policy.sla;
  const custom = policy.packages.find((p) => p.customSupportAgreement && account.packages?.includes(p.id));
  const commitments = (sla?.commitments ?? [])
    .filter((c) => evaluateCondition({ deployment: c.deployments }, account, holdings).value === true)
    .map(({ uptimePercent, maintenance, section }) => ({ uptimePercent, maintenance, section }));
  return {
    customAgreement: custom && sla ? { package: custom.id, note: sla.customAgreementNote } : null,
    commitments,
  };
}
