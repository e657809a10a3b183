import type { Account } from '../domain/account';
import type { Holdings } from './holdings';
import type { Condition } from './schema';
import type { Tri } from './types';

export interface ConditionResult {
  value: Tri;
  /** Names of the account fields that were unknown and left the answer open. */
  unknown: string[];
}

/**
 * Evaluates a policy condition with three-valued logic: every key must hold; a false key makes it false,
 * otherwise an unknown key makes it unknown.
 * @example evaluateCondition({ segment: ['SMB'] }, account, holdings) // { value: true, unknown: [] }
 */
export function evaluateCondition(condition: Condition, account: Account, holdings: Holdings): ConditionResult {
  const unknown: string[] = [];
  let falsified = false;
  const check = (field: string, value: Tri) => {
    if (value === null) unknown.push(field);
    else if (!value) falsified = true;
  };
  const among = <T>(list: readonly T[] | undefined, value: T | null, field: string) => {
    if (list) check(field, value === null ? null : list.includes(value));
  };
  among(condition.segment, account.segment, 'segment');
  among(condition.deployment, account.deployment, 'deployment');
  among(condition.tier, account.tier, 'tier');
  if (condition.kubernetes !== undefined) {
    const k = account.infrastructure.kubernetes;
    check('Kubernetes', k === null ? null : k === condition.kubernetes);
  }
  if (condition.externalServices !== undefined) {
    const e = account.infrastructure.externalServices;
    check('external services', e === null ? null : e === condition.externalServices);
  }
  if (condition.arr) {
    const { gt, gte, lt, lte } = condition.arr;
    const a = account.arr;
    check('ARR', a === null ? null : (gt === undefined || a > gt) && (gte === undefined || a >= gte) && (lt === undefined || a < lt) && (lte === undefined || a <= lte));
  }
  if (condition.holds) {
    if (!holdings.known) check('packages', null);
    else if (condition.holds.some((id) => holdings.held.has(id))) check('packages', true);
    else check('packages', condition.holds.some((id) => holdings.uncertain.has(id)) ? null : false);
  }
  return { value: falsified ? false : unknown.length ? null : true, unknown: falsified ? [] : unknown };
}
