import type { Account } from '../domain/account';
import { evaluateCondition } from './condition';
import type { Holdings } from './holdings';
import type { Condition, Offering, Policy } from './schema';
import type { OfferingDecision } from './types';

const TICK = '✅';
const CROSS = '❌';

/**
 * Decides each offering's status. Precedence: purchased or included, then the customer profile (deployment,
 * edition), then an unknown segment, then the segment table. A purchased offering the segment table does not
 * allow stays purchased (the contract wins) and the conflict goes to `warnings`.
 * @example decideOfferings(account, policy, holdings, warnings)[0] // { id: 'slack-support', status: 'available', … }
 */
export function decideOfferings(account: Account, policy: Policy, holdings: Holdings, warnings: string[]): OfferingDecision[] {
  return policy.offerings.map((offering) => decide(offering, account, holdings, warnings));
}

function decide(offering: Offering, account: Account, holdings: Holdings, warnings: string[]): OfferingDecision {
  const held = holdings.held.get(offering.id);
  if (held) {
    warnConflicts(offering, account, holdings, warnings);
    const best = held[0]!;
    return decision(
      offering,
      best.kind,
      best.via,
      best.until,
      held.map((h) => h.reason),
    );
  }
  const caveat = holdings.known ? [] : ['Purchased packages could not be read: it may already be purchased'];
  const uncertain = holdings.uncertain.get(offering.id);
  if (uncertain) caveat.push(uncertain);

  const notes: string[] = [];
  if (offering.profile) {
    const fit = evaluateCondition(offering.profile.when, account, holdings);
    if (fit.value === false) {
      return decision(offering, 'not-offered', null, null, [
        `${offering.profile.section}: ${offering.profile.reason}; this account is ${describe(offering.profile.when, account)}`,
      ]);
    }
    if (fit.value === null) {
      if (offering.profile.ifUnknown === 'unknown') {
        return decision(offering, 'unknown', null, null, [`${offering.profile.section}: ${offering.profile.reason}; ${fit.unknown.join(', ')} unknown`, ...caveat]);
      }
      notes.push(`${offering.profile.section}: ${offering.profile.reason}; ${fit.unknown.join(', ')} unknown, so the segment table alone decides`);
    }
  }
  if (!offering.segments) {
    return decision(offering, 'available', null, null, [`${offering.section}: offered to every segment`, ...notes, ...caveat]);
  }
  if (account.segment === null) {
    return decision(offering, 'unknown', null, null, [`${offering.section}: segment unknown`, ...notes, ...caveat]);
  }
  const allowed = offering.segments.includes(account.segment);
  const reasons = [`${offering.section}: ${account.segment} ${allowed ? TICK : CROSS}`];
  for (const note of notes) reasons.push(note);
  if (allowed) for (const c of caveat) reasons.push(c);
  return decision(offering, allowed ? 'available' : 'not-offered', null, null, reasons);
}

/**
 * One decision object, always built by this literal so every decision has the same shape (and key order:
 * the CLI prints them). Was `{ ...base, status, … }`: spreading a shared base and then overwriting its keys
 * sent V8 down its slow generic object-spread path, which was the largest single cost of evaluate().
 */
function decision(offering: Offering, status: OfferingDecision['status'], via: string | null, until: string | null, reasons: string[]): OfferingDecision {
  return { id: offering.id, name: offering.name, via, until, status, reasons };
}

/** The contract wins, but a purchase the rules would not allow is worth a second look. */
function warnConflicts(offering: Offering, account: Account, holdings: Holdings, warnings: string[]): void {
  const purchased = holdings.held.get(offering.id)?.find((h) => h.kind === 'purchased');
  if (!purchased) return;
  if (offering.segments && account.segment && !offering.segments.includes(account.segment)) {
    warnings.push(`${offering.name} is purchased, but ${offering.section} does not offer it to ${account.segment} (${offering.segments.join(', ')} only)`);
  }
  if (offering.profile && evaluateCondition(offering.profile.when, account, holdings).value === false) {
    warnings.push(
      `${offering.name} is purchased, but ${offering.profile.section} says it is ${offering.profile.reason}; this account is ${describe(offering.profile.when, account)}`,
    );
  }
}

function describe(when: Condition, account: Account): string {
  if (when.deployment) return `${account.deployment ?? 'of unknown deployment'}`;
  if (when.tier) return `${account.tier ?? 'of unknown edition'}`;
  if (when.segment) return `${account.segment ?? 'of unknown segment'}`;
  return 'outside that profile';
}
