import type { Account } from '../domain/account';
import { decideDiscount } from './discount';
import { computeHoldings } from './holdings';
import { decideImplementation } from './implementation';
import { localDate } from './local-date';
import { decideOfferings } from './offerings';
import type { Policy } from './schema';
import { decideSlack } from './slack';
import { decideManagedServices, decideSupportTerms } from './support-terms';
import type { Evaluation } from './types';

export interface EvaluateOptions {
  /** The instant to decide at (epoch ms): implementation windows and the KPI depend on it. */
  now: number;
  /** The zone whose calendar date counts as "today"; defaults to the policy's first support calendar, else UTC. */
  zone?: string;
  /** Warnings from reading the account (unreadable fields), carried into the evaluation. */
  warnings?: string[];
  /** How many of the policy's texts stayed English for want of a translation in the UI's language (ActivePolicy's). */
  untranslated?: number;
}

/**
 * Evaluates an account against a policy: offerings, discount, Slack rights, implementation, Managed Services
 * and support terms, each with the reasons that cite the rule it came from.
 * @example evaluate(account, sourcegraph, { now: Date.now() }).discount.status // 'available'
 */
export function evaluate(account: Account, policy: Policy, options: EvaluateOptions): Evaluation {
  const zone = options.zone ?? policy.sla?.calendars[0]?.zone ?? 'UTC';
  const today = localDate(options.now, zone);
  const warnings = [...(options.warnings ?? [])];
  const holdings = computeHoldings(account, policy, today);
  const offerings = decideOfferings(account, policy, holdings, warnings);
  return {
    policy: { id: policy.id, name: policy.name, version: policy.version, untranslated: options.untranslated ?? 0 },
    account,
    segment: account.segment,
    arr: account.arr,
    purchased: account.packages?.map((id) => ({ id, name: policy.packages.find((p) => p.id === id)?.name ?? id })) ?? null,
    offerings,
    discount: decideDiscount(account, policy, holdings),
    slack: decideSlack(account, policy, holdings),
    implementation: decideImplementation(account, policy, holdings, today, warnings),
    managedServices: decideManagedServices(account, policy, offerings),
    support: decideSupportTerms(account, policy, holdings),
    warnings,
  };
}
