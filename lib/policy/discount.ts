import type { Account } from '../domain/account';
import { evaluateCondition } from './condition';
import type { Holdings } from './holdings';
import type { Policy } from './schema';
import type { DiscountDecision } from './types';

/**
 * Decides whether a discount may be offered: the first rule whose condition holds decides; a rule that
 * cannot be decided before that (unknown segment, unknown ARR) makes the answer unknown.
 * @example decideDiscount(enterprise250k, policy, holdings) // { status: 'available', approvers: [...], reasons: ['PS Discount Availability: Enterprise above $100k', …] }
 */
export function decideDiscount(account: Account, policy: Policy, holdings: Holdings): DiscountDecision {
  const { section, approvers, approvalNote, rules } = policy.discount;
  for (const rule of rules) {
    const result = evaluateCondition(rule.when, account, holdings);
    if (result.value === null) {
      const what = result.unknown.includes('segment') ? 'segment unknown' : `${account.segment ?? 'account'} with ${result.unknown.join(', ')} unknown`;
      return { status: 'unknown', approvers: [], reasons: [`${section}: ${what}`] };
    }
    if (result.value) {
      const reasons = [`${section}: ${rule.reason}`];
      if (rule.status === 'available' && approvalNote) reasons.push(approvalNote);
      return { status: rule.status, approvers: rule.status === 'available' ? approvers : [], reasons };
    }
  }
  return { status: 'unknown', approvers: [], reasons: [`${section}: no rule covers this account`] };
}
