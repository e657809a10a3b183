import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../lib/domain/ticket';
import { evaluateTicketSla } from '../../lib/policy';
import { account, gitlab, sourcegraph } from './helpers';

const ticket = (overrides: Partial<Ticket>): Ticket => ({
  id: '1001',
  subject: 'Search is down',
  severity: 1,
  status: 'open',
  createdAt: '2026-11-16T18:00:00.000Z', // Mon 10:00 PST
  firstResponseAt: null,
  resolvedAt: null,
  pauses: [],
  ...overrides,
});
const at = (iso: string) => Date.parse(iso);
const byMetric = (list: ReturnType<typeof evaluateTicketSla>) => Object.fromEntries(list.map((d) => [d.metric, d]));

describe('Customer Support SLAs (business hours Mon–Fri 9–17 Pacific)', () => {
  it('Severity 1: first response 24 business hours, resolution 72, plus the internal 1-hour goal', () => {
    const d = byMetric(evaluateTicketSla(ticket({}), account(), sourcegraph, { now: at('2026-11-16T19:00:00Z') }));
    expect(d['first-response']).toMatchObject({ dueAt: '2026-11-19T18:00:00.000Z', calendar: 'business', state: 'running', targetHours: 24 }); // Thu 10:00 PST
    expect(d['resolution']).toMatchObject({ dueAt: '2026-11-27T18:00:00.000Z', state: 'running' }); // 7 + 4×8 + 4×8 + 1 h: Fri 27 Nov 10:00 PST
    // Internal goal: Mon 18:00 UTC is open (09:00–24:00 UTC), due one hour later.
    expect(d['internal-first-response']).toMatchObject({ dueAt: '2026-11-16T19:00:00.000Z', calendar: 'internal', internal: true });
  });

  it('Severity 2: first response in one business week (40 h); resolution has no deadline', () => {
    const d = byMetric(evaluateTicketSla(ticket({ severity: 2 }), account(), sourcegraph, { now: at('2026-11-16T19:00:00Z') }));
    expect(d['first-response']).toMatchObject({ dueAt: '2026-11-23T18:00:00.000Z', targetHours: 40 }); // next Mon 10:00 PST
    expect(d['resolution']).toMatchObject({ state: 'no-deadline', dueAt: null });
  });

  it('24/7 Support SLAs run Severity 1 on the 24x7 calendar', () => {
    const d = byMetric(evaluateTicketSla(ticket({}), account({ segment: 'Strategic', packages: ['support-24x7'] }), sourcegraph, { now: at('2026-11-16T19:00:00Z') }));
    expect(d['first-response']).toMatchObject({ calendar: '24x7', dueAt: '2026-11-17T18:00:00.000Z' });
    expect(d['first-response']!.reasons).toContain('24/7 Support SLAs: Severity 1 runs around the clock');
  });

  it('…but Severity 2 stays on the business week', () => {
    const d = byMetric(evaluateTicketSla(ticket({ severity: 2 }), account({ packages: ['support-24x7'] }), sourcegraph, { now: at('2026-11-16T19:00:00Z') }));
    expect(d['first-response']!.calendar).toBe('business');
  });

  it('a first response after the due time is breached; before it, met', () => {
    const late = byMetric(evaluateTicketSla(ticket({ firstResponseAt: '2026-11-19T18:00:01Z' }), account(), sourcegraph, { now: at('2026-11-20T00:00:00Z') }));
    expect(late['first-response']!.state).toBe('breached');
    const onTime = byMetric(evaluateTicketSla(ticket({ firstResponseAt: '2026-11-19T18:00:00Z' }), account(), sourcegraph, { now: at('2026-11-20T00:00:00Z') }));
    expect(onTime['first-response']!.state).toBe('met');
  });

  it('an unanswered ticket past due is breached with negative time left', () => {
    const d = byMetric(evaluateTicketSla(ticket({}), account(), sourcegraph, { now: at('2026-11-19T20:10:00Z') })); // Thu 12:10 PST
    expect(d['first-response']).toMatchObject({ state: 'breached', businessRemainingMs: -(2 * 3600_000 + 10 * 60_000) });
  });

  it('an admin-added holiday moves the due time (Thanksgiving, Thu 26 Nov 2026)', () => {
    const t = ticket({ createdAt: '2026-11-25T18:00:00Z' }); // Wed 10:00 PST
    const plain = byMetric(evaluateTicketSla(t, account(), sourcegraph, { now: at('2026-11-25T18:00:00Z') }));
    const holiday = byMetric(evaluateTicketSla(t, account(), sourcegraph, { now: at('2026-11-25T18:00:00Z'), holidays: { business: ['2026-11-26'] } }));
    expect(plain['first-response']!.dueAt).toBe('2026-11-30T18:00:00.000Z'); // Mon 10:00 PST (Wed 7h + Thu 8h + Fri 8h + Mon 1h)
    expect(holiday['first-response']!.dueAt).toBe('2026-12-01T18:00:00.000Z'); // a business day later
  });

  it('an unknown severity cannot choose a target, but the internal goal still runs', () => {
    const d = evaluateTicketSla(ticket({ severity: null }), account(), sourcegraph, { now: at('2026-11-16T19:30:00Z') });
    expect(d.map((x) => [x.metric, x.state])).toEqual([
      ['first-response', 'unknown'],
      ['resolution', 'unknown'],
      ['internal-first-response', 'breached'],
    ]);
  });

  it('Enterprise Plus and Elite see the contract, unless the account carries its own targets', () => {
    const contract = byMetric(evaluateTicketSla(ticket({}), account({ packages: ['elite'] }), sourcegraph, { now: at('2026-11-16T19:00:00Z') }));
    expect(contract['first-response']).toMatchObject({ state: 'see-contract', dueAt: null });
    const own = byMetric(
      evaluateTicketSla(ticket({}), account({ packages: ['elite'], slaTargets: [{ metric: 'first-response', severity: 1, hours: 4 }] }), sourcegraph, {
        now: at('2026-11-16T19:00:00Z'),
      }),
    );
    expect(own['first-response']).toMatchObject({ dueAt: '2026-11-16T22:00:00.000Z', targetHours: 4 });
  });

  it('the GitLab policy sets no SLAs', () => {
    expect(evaluateTicketSla(ticket({}), account(), gitlab, { now: 0 })).toEqual([]);
  });
});
