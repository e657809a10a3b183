import type { RawAccountFields } from '../parse/account';
import type { Account } from '../domain/account';

/**
 * Turns a canonical account back into flat attributes, so an account seen while browsing can be stored in
 * the directory and re-evaluated later with whatever policy is then active (every value reads back as itself).
 * @example accountToFields(account).segment // 'MM'
 */
export function accountToFields(account: Account): RawAccountFields {
  const fields: RawAccountFields = {
    id: account.id ?? undefined,
    name: account.name ?? undefined,
    domain: account.domain ?? undefined,
    segment: account.segment ?? undefined,
    arr: account.arr ?? undefined,
    deployment: account.deployment ?? undefined,
    kubernetes: account.infrastructure.kubernetes ?? undefined,
    externalServices: account.infrastructure.externalServices ?? undefined,
    packages: account.packages ?? undefined,
    implementationStart: account.implementation.start ?? undefined,
    implementationEnd: account.implementation.end ?? undefined,
    implementationExempt: account.implementation.exempt,
    slackOptOut: account.slackOptOut ?? undefined,
    renewalDate: account.renewalDate ?? undefined,
    tier: account.tier ?? undefined,
    slaTargets: account.slaTargets ?? undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}
