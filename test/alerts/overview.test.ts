/**
 * The watch list without a notification (lib/alerts/overview.ts): the popup's Due-soon list, the toolbar's count and
 * tooltip, and the wording of how old the data is. All from the stored due instants, at an explicit `now`.
 */
import { describe, expect, it } from 'vitest';
import { dataAge, dueSoon, STALE_AFTER_MS, toolbarSummary } from '../../lib/alerts/overview';
import type { WatchState } from '../../lib/alerts/watch';
import { CALENDARS, HOUR, MINUTE, stateOf, target, watched } from './helpers';

/** Wed 25 Nov 2026 11:00 PST. */
const NOW = Date.parse('2026-11-25T19:00:00Z');
const KEY = (id: string) => `https://acme.zendesk.com#${id}`;
const dueIn = (ms: number, overrides = {}) => [target({ dueAt: NOW + ms, ...overrides })];

describe('the Due-soon list', () => {
  const state: WatchState = {
    ...stateOf(
      watched('ok', { targets: dueIn(9 * HOUR), seenAt: NOW - 3 * HOUR }),
      watched('none-old', { targets: [target({ state: 'met' })], seenAt: NOW - 2 * HOUR }),
      watched('breached', { targets: dueIn(-20 * MINUTE), seenAt: NOW - 4 * HOUR }),
      watched('none-new', { targets: [], seenAt: NOW - HOUR }),
      watched('risk', { targets: dueIn(40 * MINUTE), customer: null, stale: true, readAt: NOW - 30 * MINUTE }),
      watched('paused', { targets: [target({ state: 'paused', dueAt: NOW + HOUR, businessRemainingMs: 3 * HOUR })] }),
    ),
    snoozed: [KEY('risk')],
  };

  it('puts the ticket due first at the top, then the breached ones; tickets with nothing running last, the most recently seen first', () => {
    expect(dueSoon(state, CALENDARS, NOW).map((r) => r.label)).toEqual(['#risk', '#paused', '#ok', '#breached', '#none-new', '#none-old']);
  });

  it('breached tickets after those still to come, the most recent breach first (an old breach does not bury one that can be saved)', () => {
    const breaches = stateOf(
      watched('days-ago', { targets: dueIn(-3 * 24 * HOUR) }),
      watched('soon', { targets: dueIn(20 * MINUTE) }),
      watched('just-now', { targets: dueIn(-MINUTE) }),
      watched('hours-ago', { targets: dueIn(-5 * HOUR) }),
    );
    expect(dueSoon(breaches, CALENDARS, NOW).map((r) => r.label)).toEqual(['#soon', '#just-now', '#hours-ago', '#days-ago']);
  });

  it('says each one’s tone and time left as the badge would', () => {
    const rows = Object.fromEntries(dueSoon(state, CALENDARS, NOW).map((r) => [r.label, r]));
    expect(Object.fromEntries(Object.entries(rows).map(([label, r]) => [label, [r.tone, r.remainingMs]]))).toEqual({
      '#breached': ['breached', -20 * MINUTE],
      '#risk': ['at-risk', 40 * MINUTE],
      '#paused': ['paused', 3 * HOUR],
      '#ok': ['ok', 9 * HOUR],
      '#none-new': ['none', null],
      '#none-old': ['none', null],
    });
  });

  it('carries what the row shows and opens: the lead target, the customer, how old the data is, the snooze', () => {
    const [risk] = dueSoon(state, CALENDARS, NOW);
    expect(risk).toEqual({
      key: KEY('risk'),
      tool: 'zendesk',
      label: '#risk',
      subject: 'Search is down',
      customer: null,
      severity: 1,
      url: 'https://acme.zendesk.com/agent/tickets/risk',
      why: 'opened',
      metric: 'first-response',
      targetLabel: 'Severity 1 first response (24 business hours)',
      dueAt: NOW + 40 * MINUTE,
      remainingMs: 40 * MINUTE,
      tone: 'at-risk',
      readAt: NOW - 30 * MINUTE,
      stale: true,
      snoozed: true,
    });
    const none = dueSoon(state, CALENDARS, NOW).find((r) => r.label === '#none-old')!;
    expect(none).toMatchObject({ metric: null, targetLabel: null, dueAt: null, remainingMs: null, snoozed: false });
  });

  it('counts in business time: a target due Monday morning is at risk on Saturday', () => {
    const due = Date.parse('2026-11-30T17:30:00Z'); // Mon 09:30 PST
    const weekend = stateOf(watched('1', { targets: [target({ calendar: 'business', dueAt: due })] }));
    const [row] = dueSoon(weekend, CALENDARS, Date.parse('2026-11-28T20:00:00Z')); // Sat noon
    expect(row).toMatchObject({ remainingMs: 30 * MINUTE, tone: 'at-risk' });
  });

  it('is empty with nothing watched', () => {
    expect(dueSoon(stateOf(), CALENDARS, NOW)).toEqual([]);
  });
});

describe('the toolbar', () => {
  it('counts the tickets at risk or breached; red when one is breached; names them in the Due-soon order, with the customer', () => {
    const state = stateOf(
      watched('1', { targets: dueIn(9 * HOUR) }),
      watched('2', { targets: dueIn(30 * MINUTE), customer: 'Globex' }),
      watched('3', { targets: dueIn(-5 * MINUTE), customer: null }),
    );
    expect(toolbarSummary(state, CALENDARS, NOW)).toEqual({
      count: 2,
      worst: 'breached',
      title: ['Entitlement Lens: 2 tickets at risk or breached', 'At risk: #2 (Globex)', 'Breached: #3'].join('\n'),
    });
  });

  it('names each ticket with its tool where told how: two tools may both have a #1', () => {
    const state = stateOf(watched('1', { targets: dueIn(30 * MINUTE) }), {
      ...watched('1', { targets: dueIn(20 * MINUTE) }),
      key: 'https://acme.freshdesk.com#1',
      tool: 'freshdesk',
    });
    const names = { zendesk: 'Zendesk', freshdesk: 'Freshdesk' } as Record<string, string>;
    expect(
      toolbarSummary(state, CALENDARS, NOW, (tool) => names[tool]!)
        .title.split('\n')
        .slice(1),
    ).toEqual(['At risk: Freshdesk #1 (Acme)', 'At risk: Zendesk #1 (Acme)']);
  });

  it('one at risk: singular, amber', () => {
    const state = stateOf(watched('1', { targets: dueIn(30 * MINUTE) }), watched('2', { targets: dueIn(9 * HOUR) }));
    expect(toolbarSummary(state, CALENDARS, NOW)).toEqual({ count: 1, worst: 'at-risk', title: 'Entitlement Lens: 1 ticket at risk or breached\nAt risk: #1 (Acme)' });
  });

  it('more than four: the first four by due time, and how many more', () => {
    const state = stateOf(...[50, 10, 40, 20, 30, 5].map((m) => watched(String(m), { targets: dueIn(m * MINUTE) })));
    const summary = toolbarSummary(state, CALENDARS, NOW);
    expect(summary.count).toBe(6);
    expect(summary.title.split('\n')).toEqual([
      'Entitlement Lens: 6 tickets at risk or breached',
      'At risk: #5 (Acme)',
      'At risk: #10 (Acme)',
      'At risk: #20 (Acme)',
      'At risk: #30 (Acme)',
      'and 2 more',
    ]);
  });

  it('none at risk: no count, and how many are watched', () => {
    const state = stateOf(watched('1', { targets: dueIn(9 * HOUR) }), watched('2', { targets: [target({ state: 'paused', dueAt: NOW - HOUR })] }));
    expect(toolbarSummary(state, CALENDARS, NOW)).toEqual({ count: 0, worst: null, title: 'Entitlement Lens: no watched ticket at risk (2 watched)' });
  });
});

describe('how old the data is', () => {
  it.each([
    { age: 0, stale: false, minutes: null },
    { age: STALE_AFTER_MS, stale: false, minutes: null },
    { age: STALE_AFTER_MS + 1, stale: false, minutes: 10 },
    { age: 42 * MINUTE + 59_000, stale: false, minutes: 42 },
    { age: 3 * MINUTE, stale: true, minutes: 3 }, // the last read failed: said even when recent
    { age: -MINUTE, stale: true, minutes: 0 }, // a clock set back: never a negative age
  ])('read $age ms ago (stale: $stale): $minutes', ({ age, stale, minutes }) => {
    expect(dataAge({ readAt: NOW - age, stale }, NOW)).toBe(minutes);
  });
});
