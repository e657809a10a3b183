import { afterEach, describe, expect, it, vi } from 'vitest';
import { countdown, needsSeconds, nextTarget } from '../../lib/overlay/countdown';
import { createTicker } from '../../lib/overlay/ticker';
import type { SlaDecision } from '../../lib/policy';
import { PRESETS } from '../../lib/policy';
import { formatDuration, formatDurationShort } from '../../lib/sla/format-duration';

const calendars = PRESETS.sourcegraph.sla!.calendars;
const decision = (over: Partial<SlaDecision>): SlaDecision => ({
  metric: 'first-response',
  severity: 1,
  label: '',
  internal: false,
  calendar: 'business',
  calendarZone: 'America/Los_Angeles',
  targetHours: 24,
  dueAt: '2026-11-19T18:00:00.000Z',
  state: 'running',
  businessRemainingMs: 0,
  wallRemainingMs: 0,
  reasons: [],
  ...over,
});

describe('the badge countdown', () => {
  it('counts business time left from the due instant, not wall time', () => {
    // Wed 18 Nov 17:00 PST → Thu 19 Nov 10:00 PST is one business hour, though 17 wall hours.
    const c = countdown(decision({}), calendars, Date.parse('2026-11-19T01:00:00Z'));
    expect(c.remainingMs).toBe(3_600_000);
    expect(c.tone).toBe('at-risk'); // exactly one hour is not "under an hour" but is under a quarter of 24 h
  });

  it.each([
    { now: '2026-11-17T18:00:00Z', tone: 'ok', text: '16h 00m' }, // Tue 10:00 PST: 16 business hours left of 24
    { now: '2026-11-19T01:00:00Z', tone: 'at-risk', text: '1h 00m' },
    { now: '2026-11-19T17:30:00Z', tone: 'at-risk', text: '30m 00s' },
    { now: '2026-11-19T20:10:00Z', tone: 'breached', text: '−2h 10m' }, // Thu 12:10 PST
  ])('at $now it is $tone with $text left', ({ now, tone, text }) => {
    const c = countdown(decision({}), calendars, Date.parse(now));
    expect(c.tone).toBe(tone);
    expect(formatDuration(c.remainingMs)).toBe(text);
  });

  it('past the due time while the business clock is closed, it is breached (not "0m 00s ok")', () => {
    expect(countdown(decision({}), calendars, Date.parse('2026-11-20T03:00:00Z')).tone).toBe('breached'); // Thu 19:00 PST
  });

  it('leads with first response until it is met, then resolution; never the internal goal', () => {
    const sla = [decision({ internal: true, metric: 'internal-first-response' }), decision({ state: 'met' }), decision({ metric: 'resolution' })];
    expect(nextTarget(sla)?.metric).toBe('resolution');
    expect(nextTarget([decision({ state: 'met' })])).toBeNull();
  });

  it('needs seconds only within an hour of the due instant', () => {
    expect(needsSeconds(decision({}), Date.parse('2026-11-19T17:30:00Z'))).toBe(true);
    expect(needsSeconds(decision({}), Date.parse('2026-11-19T16:00:00Z'))).toBe(false);
  });
});

describe('the shared ticker (faked clock)', () => {
  afterEach(() => vi.useRealTimers());
  const schedule = (fn: () => void, ms: number) => {
    const id = setTimeout(fn, ms);
    return () => clearTimeout(id);
  };

  it('ticks each minute, and each second while a badge needs seconds', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-19T17:00:00Z') });
    const ticker = createTicker(schedule);
    const ticks: number[] = [];
    const unsubscribe = ticker.subscribe(() => ticks.push(ticker.now()));
    vi.advanceTimersByTime(121_000); // ticks land just after each minute boundary
    expect(ticks).toHaveLength(2);
    let urgent = true;
    ticker.demandSeconds(() => urgent);
    vi.advanceTimersByTime(10_000);
    expect(ticks.length).toBeGreaterThanOrEqual(11);
    urgent = false;
    const before = ticks.length;
    vi.advanceTimersByTime(30_000);
    expect(ticks.length - before).toBeLessThanOrEqual(2);
    unsubscribe();
    vi.advanceTimersByTime(600_000);
    expect(ticks.length - before).toBeLessThanOrEqual(2);
  });

  it('reconsider(): a demand that starts needing seconds between minute ticks gets them now, not at the next minute', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-19T17:00:10Z') });
    const ticker = createTicker(schedule);
    const ticks: number[] = [];
    ticker.subscribe(() => ticks.push(ticker.now()));
    let urgent = false;
    ticker.demandSeconds(() => urgent);
    vi.advanceTimersByTime(5_000);
    urgent = true; // e.g. a badge due within the hour came back into view
    vi.advanceTimersByTime(5_000);
    expect(ticks).toHaveLength(0); // without being told, the ticker still waits for the minute
    ticker.reconsider();
    vi.advanceTimersByTime(3_000);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
  });

  it('a badge turns breached when the faked clock passes its due instant, recomputed (not decremented) after a jump', () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-19T17:59:58Z') }); // Thu 09:59:58 PST, due 10:00 PST
    const ticker = createTicker(schedule);
    const d = decision({});
    const tones: string[] = [];
    ticker.subscribe(() => tones.push(countdown(d, calendars, ticker.now()).tone));
    ticker.demandSeconds(() => needsSeconds(d, ticker.now()));
    vi.advanceTimersByTime(5_000);
    expect(tones[0]).toBe('at-risk');
    expect(tones.at(-1)).toBe('breached');
    // The laptop sleeps for three hours: the next tick shows the true time left, not a few seconds less.
    vi.setSystemTime(Date.parse('2026-11-19T21:00:00Z'));
    vi.advanceTimersByTime(61_000);
    expect(formatDuration(countdown(d, calendars, ticker.now()).remainingMs)).toBe('−3h 01m');
  });
});

describe('the one-unit countdown of a narrow row badge', () => {
  it.each([
    [2_703_000, '45m'],
    [59_999, '0m'],
    [3_600_000, '1h'],
    [7_800_000, '2h'], // 2h 10m: whole hours, never rounded up
    [40 * 3_600_000, '40h'], // business hours run past 24: no days
    [-300_000, '−5m'],
    [-30_000, '0m'], // under a minute overdue: no sign on nothing
    [-7_800_000, '−2h'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDurationShort(ms)).toBe(text);
  });
});
