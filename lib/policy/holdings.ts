import type { Account } from '../domain/account';
import type { Policy } from './schema';

/** An offering the account has, and how: bought outright, or included with another package. */
export interface Holding {
  offering: string;
  kind: 'purchased' | 'included';
  /** The package id that brings it. */
  via: string;
  /** Last day it lasts (inclusive), for inclusions limited to the implementation. */
  until: string | null;
  reason: string;
}

export interface Holdings {
  /** `null` when the packages could not be read: nothing can be said about what is held. */
  known: boolean;
  /** Offering id → every way it is held, permanent ones first. */
  held: Map<string, Holding[]>;
  /** Offering id → why it may or may not be held (an implementation window with unknown dates). */
  uncertain: Map<string, string>;
}

/**
 * Works out which offerings an account holds on `today`: purchased packages, and what they include
 * (Slack with Managed Services, 24/7 SLAs, Dedicated Support; Slack only during the implementation).
 * @example computeHoldings(account, policy, '2026-11-21').held.get('slack-support')
 */
export function computeHoldings(account: Account, policy: Policy, today: string): Holdings {
  const held = new Map<string, Holding[]>();
  const uncertain = new Map<string, string>();
  if (account.packages === null) return { known: false, held, uncertain };

  const packages = byId(policy.packages);
  const offerings = byId(policy.offerings);

  for (const id of account.packages) {
    const pkg = packages.get(id);
    if (!pkg?.offering) continue;
    addHolding(held, { offering: pkg.offering, kind: 'purchased', via: id, until: null, reason: `Purchased: ${pkg.name}` });
  }
  for (const id of account.packages) {
    const pkg = packages.get(id);
    const offering = pkg?.offering ? offerings.get(pkg.offering) : undefined;
    for (const inc of offering?.includes ?? []) {
      if (inc.during !== 'implementation') {
        addHolding(held, { offering: inc.offering, kind: 'included', via: id, until: null, reason: `Included with ${pkg!.name} (${inc.section})` });
        continue;
      }
      const { start, end } = account.implementation;
      if (start && end) {
        if (start <= today && today <= end) {
          addHolding(held, {
            offering: inc.offering,
            kind: 'included',
            via: id,
            until: end,
            reason: `Included with ${pkg!.name} during the implementation, until ${end} (${inc.section})`,
          });
        }
      } else if (!start || start <= today) {
        uncertain.set(inc.offering, `Included with ${pkg!.name} only during the implementation, whose ${start ? 'end' : 'start'} date is unknown (${inc.section})`);
      }
    }
  }
  // Permanent holdings first, so "via" names the package that keeps granting it.
  for (const list of held.values()) list.sort((a, b) => rank(a) - rank(b));
  return { known: true, held, uncertain };
}

/**
 * The catalogue by id, built once per array rather than on every evaluation (policies are immutable values,
 * like the SLA engine's calendars: a changed policy is a new object). Was two Maps per evaluate().
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, unknown>>();
function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  let map = indexes.get(list) as Map<string, T> | undefined;
  if (!map) {
    map = new Map(list.map((item) => [item.id, item]));
    indexes.set(list, map);
  }
  return map;
}

function addHolding(held: Map<string, Holding[]>, h: Holding): void {
  const list = held.get(h.offering);
  if (list) list.push(h);
  else held.set(h.offering, [h]);
}

const rank = (h: Holding) => (h.kind === 'purchased' ? 0 : 1) + (h.until ? 2 : 0);
