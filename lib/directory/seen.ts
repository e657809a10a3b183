import type { RawAccountFields } from '../parse/account';
import type { Account } from '../domain/account';
import type { EvaluatedAccount } from '../messaging/answers';
import { entryKey, type DirectoryEntry } from './entry';

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

/**
 * An account read off a page (or a Zendesk organization) becomes a directory entry, so the popup finds it later, even
 * offline, and evaluates it with whatever policy is then in force.
 * @example seenEntry(evaluated).source // 'seen'
 */
export function seenEntry(evaluated: EvaluatedAccount): DirectoryEntry {
  const account = evaluated.evaluation.account;
  const name = account.name ?? evaluated.recordId;
  const crm = { tool: evaluated.tool, recordId: evaluated.recordId, url: evaluated.url };
  return { key: entryKey({ name, domain: account.domain, crm }), name, domain: account.domain, crm, fields: accountToFields(account), source: 'seen', updatedAt: evaluated.readAt };
}
