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
  // Straight-line checks, no closures: this runs about a dozen times per evaluate(), and two closures per
  // call (allocated, and under tsx's keepNames each renamed with Object.defineProperty) were most of its cost.
  const tally: Tally = { unknown: [], falsified: false };
  if (condition.segment) check(tally, 'segment', among(condition.segment, account.segment));
  if (condition.deployment) check(tally, 'deployment', among(condition.deployment, account.deployment));
  if (condition.tier) check(tally, 'tier', among(condition.tier, account.tier));
  if (condition.kubernetes !== undefined) {
    const k = account.infrastructure.kubernetes;
    check(tally, 'Kubernetes', k === null ? null : k === condition.kubernetes);
  }
  if (condition.externalServices !== undefined) {
    const e = account.infrastructure.externalServices;
    check(tally, 'external services', e === null ? null : e === condition.externalServices);
  }
  if (condition.arr) {
    const { gt, gte, lt, lte } = condition.arr;
    const a = account.arr;
    check(tally, 'ARR', a === null ? null : (gt === undefined || a > gt) && (gte === undefined || a >= gte) && (lt === undefined || a < lt) && (lte === undefined || a <= lte));
  }
  if (condition.holds) {
    if (!holdings.known) check(tally, 'packages', null);
    else if (condition.holds.some((id) => holdings.held.has(id))) check(tally, 'packages', true);
    else check(tally, 'packages', condition.holds.some((id) => holdings.uncertain.has(id)) ? null : false);
  }
  const { unknown, falsified } = tally;
  return { value: falsified ? false : unknown.length ? null : true, unknown: falsified ? [] : unknown };
}

interface Tally {
  unknown: string[];
  falsified: boolean;
}

/** A false key makes the condition false; an unknown one is remembered by its field name. */
function check(tally: Tally, field: string, value: Tri): void {
  if (value === null) tally.unknown.push(field);
  else if (!value) tally.falsified = true;
}

/** Whether `value` is one of `list`; unknown when the value is. */
function among<T>(list: readonly T[], value: T | null): Tri {
  return value === null ? null : list.includes(value);
}
