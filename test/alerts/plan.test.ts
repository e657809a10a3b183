/**
 * Which notifications fire, and when the one `alerts` alarm rings next (lib/alerts/plan.ts): each level once per
 * ticket and target, in business time, never for a target that is not running, and not in quiet hours. The tickets
 * are evaluated by the real engine with the Sourcegraph preset where the test is about due instants, and written by
 * hand where it is about one rule.
 */
import { describe, expect, it } from 'vitest';
import { planAlerts, quietUntil, type AlertPlan } from '../../lib/alerts/plan';
import { alertSettingsInForce, DEFAULT_ALERT_SETTINGS, type AlertSettings } from '../../lib/alerts/settings';
import { instantWithTimeLeft, targetNow } from '../../lib/alerts/timing';
import type { WatchState } from '../../lib/alerts/watch';
import { CALENDARS, HOUR, MINUTE, allHours, business, lookupOf, organization, rawTicket, stateOf, target, watched, watchedFrom } from './helpers';

const LA = 'America/Los_Angeles';
const KEY = 'https://acme.zendesk.com#1001';
/** lib/background/watch.ts sets the alarm this long after `nextAt`, so the plan then sees the instant crossed. */
const ALARM_LAG = 500;

const plan = (state: WatchState, now: number, settings: AlertSettings = DEFAULT_ALERT_SETTINGS, zone = LA) => planAlerts(state, settings, CALENDARS, now, zone);
/** `metric|level` of each alert fired, most urgent first. */
const fired = (p: AlertPlan) => p.fire.map((a) => `${a.target.metric}|${a.level}`);
/** The state as the background stores it after a plan: the alerts shown recorded as sent. */
const after = (state: WatchState, p: AlertPlan): WatchState => ({ ...state, sent: p.sent });

/** Plans at each instant in turn, carrying what was sent: the alerts fired at each. */
function walk(state: WatchState, instants: number[], settings?: AlertSettings): string[][] {
  return instants.map((now) => {
    const p = plan(state, now, settings);
    state = after(state, p);
    return fired(p);
  });
}

/** The background's loop with nothing else happening: plan, set the alarm at nextAt, plan again when it rings. */
function driveByAlarm(state: WatchState, from: number, until: number, settings?: AlertSettings, zone = LA) {
  const log: Array<{ at: number; alert: string }> = [];
  const wakes: number[] = [];
  let now = from;
  for (let i = 0; i < 100; i++) {
    const p = plan(state, now, settings, zone);
    log.push(...fired(p).map((alert) => ({ at: now, alert })));
    state = after(state, p);
    if (p.nextAt === null || p.nextAt > until) break;
    now = Math.max(p.nextAt, now) + ALARM_LAG;
    wakes.push(now);
  }
  return { log, wakes, state };
}

describe('60 minutes, 15 minutes, then the breach: each once, as time passes', () => {
  it('on the 24x7 calendar (24/7 Support SLAs), time left is wall time', () => {
    const seen = Date.parse('2026-11-23T18:00:00Z'); // Mon 10:00 PST, the ticket opened at 09:30
    const state = watchedFrom(lookupOf([rawTicket()], seen, organization(['support-24x7'], seen)), seen, { openedTicketId: '1001' });
    const due = state.tickets[KEY]!.targets.find((t) => t.metric === 'first-response')!.dueAt;
    expect(new Date(due).toISOString()).toBe('2026-11-24T17:30:00.000Z'); // 24 hours around the clock

    const steps = [seen, due - 61 * MINUTE, due - 59 * MINUTE, due - 30 * MINUTE, due - 14 * MINUTE, due - MINUTE, due + 1000, due + 2 * HOUR];
    expect(walk(state, steps)).toEqual([[], [], ['first-response|60'], [], ['first-response|15'], [], ['first-response|breach'], []]);
  });

  it('remembers each level once (the record in storage does not grow with every crossing)', () => {
    const seen = Date.parse('2026-11-23T18:00:00Z');
    let state = watchedFrom(lookupOf([rawTicket()], seen, organization(['support-24x7'], seen)), seen);
    const due = state.tickets[KEY]!.targets.find((t) => t.metric === 'first-response')!.dueAt;
    for (const now of [due - 59 * MINUTE, due - 14 * MINUTE, due + 1000, due + 2000]) state = after(state, plan(state, now));
    expect(state.sent[KEY]).toEqual(['first-response|60', 'first-response|15', 'first-response|breach']);
  });

  it('on the business calendar, time left is business time: no alert overnight or on a holiday', () => {
    const seen = Date.parse('2026-11-23T18:00:00Z'); // Mon 10:00 PST
    const state = watchedFrom(lookupOf([rawTicket()], seen), seen, { openedTicketId: '1001' });
    const due = state.tickets[KEY]!.targets.find((t) => t.metric === 'first-response')!.dueAt;
    // 24 business hours from Mon 09:30 PST, Thanksgiving off: Fri 09:30 PST.
    expect(new Date(due).toISOString()).toBe('2026-11-27T17:30:00.000Z');

    const at = (iso: string) => Date.parse(iso);
    const steps = [
      at('2026-11-26T00:29:00Z'), // Wed 16:29 PST: 61 business minutes left
      at('2026-11-26T00:31:00Z'), // Wed 16:31 PST: 59
      at('2026-11-26T20:00:00Z'), // Thanksgiving noon: still 30, though 21½ wall hours before due
      at('2026-11-27T17:14:00Z'), // Fri 09:14 PST: 16
      at('2026-11-27T17:16:00Z'), // Fri 09:16 PST: 14
      at('2026-11-27T17:30:01Z'), // Fri 09:30:01 PST: breached
    ];
    expect(walk(state, steps)).toEqual([[], ['first-response|60'], [], [], ['first-response|15'], ['first-response|breach']]);
  });

  it('says the business time left with each alert', () => {
    const seen = Date.parse('2026-11-23T18:00:00Z');
    const state = watchedFrom(lookupOf([rawTicket()], seen), seen);
    const p = plan(state, Date.parse('2026-11-26T20:00:00Z')); // Thanksgiving noon, 30 business minutes left
    expect(p.fire).toHaveLength(1);
    expect(p.fire[0]).toMatchObject({ id: `el|${KEY}|first-response|60`, level: 60, remainingMs: 30 * MINUTE });
    expect(p.fire[0]!.ticket.key).toBe(KEY);
  });

  it.each([
    { calendar: '24x7', org: ['support-24x7'], sixty: '2026-11-24T16:30:00Z', fifteen: '2026-11-24T17:15:00Z' },
    // Fri 09:30 PST less an hour of business time is Wed 16:30 PST (Thanksgiving off); less 15 minutes, Fri 09:15.
    { calendar: 'business', org: [], sixty: '2026-11-26T00:30:00Z', fifteen: '2026-11-27T17:15:00Z' },
  ])('driven by its own alarm alone, the $calendar calendar fires each level once, as it is crossed', ({ org, sixty, fifteen }) => {
    const seen = Date.parse('2026-11-23T18:00:00Z');
    const state = watchedFrom(lookupOf([rawTicket()], seen, org.length ? organization(org, seen) : null), seen);
    const due = state.tickets[KEY]!.targets.find((t) => t.metric === 'first-response')!.dueAt;
    const { log } = driveByAlarm(state, seen, due + HOUR);
    expect(log.filter((l) => l.alert.startsWith('first-response'))).toEqual([
      { at: Date.parse(sixty) + ALARM_LAG, alert: 'first-response|60' },
      { at: Date.parse(fifteen) + ALARM_LAG, alert: 'first-response|15' },
      { at: due + 1 + ALARM_LAG, alert: 'first-response|breach' },
    ]);
  });

  it('the alarm rings when a target turns at risk (the toolbar count changes then), also across nights and weekends', () => {
    // Resolution: 72 business hours from Mon 23 Nov 09:30 PST is Mon 7 Dec 09:30 PST. At risk under a quarter of
    // 72 hours: 18 business hours before, Wed 2 Dec 15:30 PST.
    const seen = Date.parse('2026-11-23T18:00:00Z');
    const state = watchedFrom(lookupOf([rawTicket()], seen), seen);
    const ticket = state.tickets[KEY]!;
    const resolution = ticket.targets.find((t) => t.metric === 'resolution')!;
    expect(new Date(resolution.dueAt).toISOString()).toBe('2026-12-07T17:30:00.000Z');
    const turns = Date.parse('2026-12-02T23:30:00Z');
    expect(instantWithTimeLeft(business, resolution.dueAt, 18 * HOUR)).toBe(turns);

    const { wakes } = driveByAlarm(state, seen, resolution.dueAt);
    const firstAtRisk = wakes.find((at) => targetNow(ticket, resolution, CALENDARS, at).tone === 'at-risk');
    expect(firstAtRisk).toBe(turns + ALARM_LAG);
  });
});

describe('once and only once', () => {
  it('a restart plans again from what was stored: nothing repeats', () => {
    const now = Date.parse('2026-11-25T19:50:00Z'); // 10 minutes before the 24x7 target is due
    const state = stateOf(watched('1001'));
    const first = plan(state, now);
    expect(fired(first)).toEqual(['first-response|15']);
    // The worker restarts: the state comes back from storage (JSON), and the alarm or a tab plans again.
    const stored: WatchState = structuredClone(after(state, first));
    expect(fired(plan(stored, now))).toEqual([]);
    expect(fired(plan(stored, now + 5 * MINUTE))).toEqual([]);
    expect(plan(stored, now).sent).toEqual(first.sent);
  });

  it('first seen with 10 minutes left: only the 15-minute alert, and the 60-minute one counts as sent', () => {
    const seen = Date.parse('2026-11-25T19:50:00Z');
    const state = stateOf(watched('1001', { seenAt: seen }));
    const p = plan(state, seen);
    expect(fired(p)).toEqual(['first-response|15']);
    expect(p.fire[0]!.remainingMs).toBe(10 * MINUTE);
    expect(p.sent[`https://acme.zendesk.com#1001`]).toEqual(expect.arrayContaining(['first-response|60', 'first-response|15']));
    expect(p.sent[`https://acme.zendesk.com#1001`]).not.toContain('first-response|breach');
    // It breaches while watched: that one shows.
    expect(fired(plan(after(state, p), Date.parse('2026-11-25T20:00:01Z')))).toEqual(['first-response|breach']);
  });

  it('first seen already breached: nothing fires, now or later (it is on screen already)', () => {
    const seen = Date.parse('2026-11-25T23:00:00Z'); // three hours past due
    const state = stateOf(watched('1001', { seenAt: seen }));
    const p = plan(state, seen);
    expect(p.fire).toEqual([]);
    expect(p.sent[`https://acme.zendesk.com#1001`]).toEqual(['first-response|60', 'first-response|15', 'first-response|breach']);
    expect(fired(plan(after(state, p), seen + HOUR))).toEqual([]);
  });

  it('first seen already breached, with no alert at breach: no “due in 0 min” either', () => {
    const seen = Date.parse('2026-11-25T23:00:00Z');
    const settings = alertSettingsInForce({ atBreach: false });
    const state = stateOf(watched('1001', { seenAt: seen }));
    const p = plan(state, seen, settings);
    expect(p.fire).toEqual([]);
    expect(fired(plan(after(state, p), seen + HOUR, settings))).toEqual([]);
  });

  it('several levels crossed at once: the most urgent only; two targets of one ticket each alert', () => {
    const now = Date.parse('2026-11-25T19:50:00Z');
    const state = stateOf(
      watched('1001', {
        targets: [target(), target({ metric: 'resolution', label: 'Severity 1 resolution', dueAt: now + 50 * MINUTE, targetHours: 72 })],
      }),
    );
    const p = plan(state, now);
    expect(fired(p)).toEqual(['first-response|15', 'resolution|60']); // least time left first
    expect(p.fire.map((a) => a.id)).toEqual([`el|${KEY}|first-response|15`, `el|${KEY}|resolution|60`]);
  });

  it('most urgent first across tickets: breaches, then the least time left', () => {
    const now = Date.parse('2026-11-25T19:50:00Z');
    const state = stateOf(
      watched('1', { targets: [target({ dueAt: now + 40 * MINUTE })] }),
      watched('2', { firstSeenAt: now - HOUR, targets: [target({ dueAt: now - 30_000 })] }),
      watched('3', { targets: [target({ dueAt: now + 5 * MINUTE })] }),
    );
    expect(plan(state, now).fire.map((a) => `${a.ticket.ticketId}|${a.level}`)).toEqual(['2|breach', '3|15', '1|60']);
  });
});

describe('targets that never alert', () => {
  const now = Date.parse('2026-11-25T19:50:00Z'); // 10 minutes before due
  it.each(['paused', 'met', 'unknown', 'no-deadline', 'see-contract'] as const)('a %s target, however close or past due', (state) => {
    for (const dueAt of [now + 10 * MINUTE, now - HOUR]) {
      const watch = stateOf(watched('1001', { firstSeenAt: now - 2 * HOUR, targets: [target({ state, dueAt, businessRemainingMs: 5 * MINUTE })] }));
      const p = plan(watch, now);
      expect(p.fire, `${state} due ${dueAt - now} ms`).toEqual([]);
      expect(p.sent).toEqual({});
      expect(p.nextAt).toBeNull();
    }
  });

  it('a first response already made: only the resolution counts down', () => {
    const seen = Date.parse('2026-11-23T18:00:00Z');
    const lookup = lookupOf([rawTicket({ firstResponseAt: '2026-11-23T17:45:00Z' })], seen, organization(['support-24x7'], seen));
    const state = watchedFrom(lookup, seen);
    expect(state.tickets[KEY]!.targets.map((t) => `${t.metric}:${t.state}`)).toEqual(['first-response:met', 'resolution:running']);
    // The first response would have been due Tue 17:30 UTC; the resolution is due Thu 17:30 UTC.
    expect(walk(state, [Date.parse('2026-11-24T17:20:00Z'), Date.parse('2026-11-24T17:31:00Z'), Date.parse('2026-11-26T17:20:00Z')])).toEqual([[], [], ['resolution|15']]);
  });
});

describe('the agent’s say', () => {
  it('a snoozed ticket never alerts, but the alarm still rings for the toolbar; un-snoozed, the most urgent crossed level shows', () => {
    const seen = Date.parse('2026-11-25T18:00:00Z');
    const ticket = watched('1001', { seenAt: seen });
    const snoozed: WatchState = { ...stateOf(ticket), snoozed: [ticket.key] };
    const due = ticket.targets[0]!.dueAt;
    for (const now of [seen, due - 59 * MINUTE, due - 14 * MINUTE, due + 1000]) {
      const p = plan(snoozed, now);
      expect(p.fire).toEqual([]);
      expect(p.sent).toEqual({});
    }
    // Two hours before due on a 24-hour target: the toolbar's next change is when it turns at risk (6 hours left: past),
    // so the breach.
    expect(plan(snoozed, seen).nextAt).toBe(due + 1);
    expect(fired(plan({ ...snoozed, snoozed: [] }, due - 14 * MINUTE))).toEqual(['first-response|15']);
  });

  it('alerts switched off: nothing fires or is recorded; the alarm still rings for the toolbar', () => {
    const seen = Date.parse('2026-11-25T18:00:00Z');
    const state = stateOf(watched('1001', { seenAt: seen }));
    const off = alertSettingsInForce({ enabled: false, quietHours: { start: '00:00', end: '23:59' } });
    const due = state.tickets[KEY]!.targets[0]!.dueAt;
    for (const now of [due - 30 * MINUTE, due - 5 * MINUTE, due + 1000]) {
      const p = plan(state, now, off);
      expect(p.fire).toEqual([]);
      expect(p.sent).toEqual({});
      expect(p.nextAt).toBe(now > due ? null : due + 1); // quiet hours (set, but alerts are off) do not wake it
    }
  });

  it.each([
    { name: 'sev1 [30]', severity: 1 as const, steps: [31, 29, 10], expected: [[], ['first-response|30'], []] },
    { name: 'sev2 [120, 60]', severity: 2 as const, steps: [121, 119, 61, 59, 10], expected: [[], ['first-response|120'], [], ['first-response|60'], []] },
    { name: 'other [60, 15]', severity: null, steps: [61, 59, 16, 14], expected: [[], ['first-response|60'], [], ['first-response|15']] },
  ])('thresholds per severity: $name', ({ severity, steps, expected }) => {
    const settings = alertSettingsInForce({ thresholds: { sev1: [30], sev2: [120, 60] } });
    const due = Date.parse('2026-11-25T20:00:00Z');
    const state = stateOf(watched('1001', { severity, firstSeenAt: due - 5 * HOUR, seenAt: due - 5 * HOUR, targets: [target({ dueAt: due, targetHours: 40 })] }));
    expect(walk(state, [...steps.map((m) => due - m * MINUTE), due + 1000], settings)).toEqual([...expected, ['first-response|breach']]);
  });
});

describe('when the alarm rings next', () => {
  it('at the next threshold’s crossing instant, in business time; planning then fires that level, a second before nothing', () => {
    // Due Mon 30 Nov 09:10 PST on the business calendar: an hour before is Fri 27 Nov 16:10 PST, over the weekend.
    const due = Date.parse('2026-11-30T17:10:00Z');
    const seen = Date.parse('2026-11-27T23:00:00Z'); // Fri 15:00 PST: 2 h 10 min left
    const state = stateOf(watched('1001', { seenAt: seen, targets: [target({ calendar: 'business', dueAt: due, targetHours: 4 })] }));
    const p = plan(state, seen);
    expect(p.fire).toEqual([]);
    const sixty = Date.parse('2026-11-28T00:10:00Z'); // Fri 16:10 PST
    expect(instantWithTimeLeft(business, due, 60 * MINUTE)).toBe(sixty);
    expect(p.nextAt).toBe(sixty);
    expect(fired(plan(state, sixty - 1000))).toEqual([]);
    const rang = plan(state, sixty + 1000);
    expect(fired(rang)).toEqual(['first-response|60']);
    // Then the 15-minute crossing: 10 minutes of Monday morning and the last 5 of Friday, Fri 16:55 PST.
    const fifteen = Date.parse('2026-11-28T00:55:00Z');
    expect(instantWithTimeLeft(business, due, 15 * MINUTE)).toBe(fifteen);
    expect(rang.nextAt).toBe(fifteen);
    expect(fired(plan(after(state, rang), fifteen + 1000))).toEqual(['first-response|15']);
  });

  it('none ahead: null (every target breached, met or unknown)', () => {
    const now = Date.parse('2026-11-26T00:00:00Z');
    const state = stateOf(watched('1', { targets: [target({ dueAt: now - HOUR })] }), watched('2', { targets: [target({ state: 'met' })] }));
    expect(plan(state, now).nextAt).toBeNull();
    expect(plan(stateOf(), now).nextAt).toBeNull();
  });
});

describe('quiet hours', () => {
  const BERLIN = 'Europe/Berlin';
  const quiet = alertSettingsInForce({ quietHours: { start: '22:00', end: '07:00' } });

  it.each([
    { at: '2026-11-25T20:59:00Z', until: null }, // Wed 21:59 CET: not yet
    { at: '2026-11-25T21:00:00Z', until: '2026-11-26T06:00:00Z' }, // 22:00 CET: until Thu 07:00 CET
    { at: '2026-11-25T21:59:00Z', until: '2026-11-26T06:00:00Z' }, // 22:59 CET
    { at: '2026-11-25T23:30:00Z', until: '2026-11-26T06:00:00Z' }, // Thu 00:30 CET, past midnight
    { at: '2026-11-26T05:59:30Z', until: '2026-11-26T06:00:00Z' }, // 06:59:30 CET
    { at: '2026-11-26T06:00:00Z', until: null }, // 07:00 CET: over
  ])('22:00–07:00 in Europe/Berlin, at $at: quiet until $until', ({ at, until }) => {
    expect(quietUntil(quiet.quietHours, Date.parse(at), BERLIN)).toBe(until === null ? null : Date.parse(until));
  });

  it('within one day, off, or empty (start = end)', () => {
    const noon = Date.parse('2026-11-25T11:30:00Z'); // 12:30 CET
    expect(quietUntil({ start: '12:00', end: '13:00' }, noon, BERLIN)).toBe(Date.parse('2026-11-25T12:00:00Z'));
    expect(quietUntil({ start: '13:00', end: '14:00' }, noon, BERLIN)).toBeNull();
    expect(quietUntil(null, noon, BERLIN)).toBeNull();
    expect(quietUntil({ start: '12:00', end: '12:00' }, noon, BERLIN)).toBeNull();
  });

  it('end on the night the clocks go forward: 07:00 as the wall clock shows it', () => {
    // Sun 29 Mar 2026, Europe/Berlin: 02:00 CET becomes 03:00 CEST. 01:30 CET is 00:30 UTC; 07:00 CEST is 05:00 UTC.
    expect(quietUntil({ start: '22:00', end: '07:00' }, Date.parse('2026-03-29T00:30:00Z'), BERLIN)).toBe(Date.parse('2026-03-29T05:00:00Z'));
    // And back: Sun 25 Oct 2026, 03:00 CEST becomes 02:00 CET. 01:30 CEST is 23:30 UTC; 07:00 CET is 06:00 UTC.
    expect(quietUntil({ start: '22:00', end: '07:00' }, Date.parse('2026-10-24T23:30:00Z'), BERLIN)).toBe(Date.parse('2026-10-25T06:00:00Z'));
  });

  it('nothing shows in them; the alarm rings when they end, and the most urgent level crossed meanwhile shows then', () => {
    // 24x7 target due Thu 26 Nov 07:10 CET; first seen Wed 21:00 CET, before the quiet hours.
    const due = Date.parse('2026-11-26T06:10:00Z');
    const seen = Date.parse('2026-11-25T20:00:00Z');
    const state = stateOf(watched('1001', { seenAt: seen, targets: [target({ dueAt: due })] }));
    const end = Date.parse('2026-11-26T06:00:00Z'); // 07:00 CET

    const early = plan(state, Date.parse('2026-11-26T05:30:00Z'), quiet, BERLIN); // 06:30 CET: 40 min left, 60 crossed
    expect(early.fire).toEqual([]);
    expect(early.sent).toEqual({});
    expect(early.nextAt).toBe(due - 15 * MINUTE); // 06:55 CET: the 15-minute crossing, still quiet
    const late = plan(state, Date.parse('2026-11-26T05:56:00Z'), quiet, BERLIN); // 06:56 CET: 14 min left
    expect(late.fire).toEqual([]);
    expect(late.nextAt).toBe(end);

    const { log } = driveByAlarm(state, seen, due + HOUR, quiet, BERLIN);
    expect(log).toEqual([
      { at: end + ALARM_LAG, alert: 'first-response|15' },
      { at: due + 1 + ALARM_LAG, alert: 'first-response|breach' },
    ]);
  });
});

describe('calendars', () => {
  it('the 24x7 calendar counts every hour; the business calendar only its open ones', () => {
    const due = Date.parse('2026-11-30T17:10:00Z'); // Mon 09:10 PST
    const now = Date.parse('2026-11-28T20:00:00Z'); // Sat noon PST
    const on = (calendar: string) => targetNow(watched('1'), target({ calendar, dueAt: due }), CALENDARS, now).remainingMs;
    expect(on('24x7')).toBe(due - now);
    expect(on('business')).toBe(10 * MINUTE);
    expect(allHours.hours[0]!.days).toHaveLength(7);
  });
});
