import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween } from '../../lib/sla/business-time';
import { oracleAddBusinessTime, oracleBusinessTimeBetween } from './oracle';
import type { Calendar } from '../../lib/sla/types';
import { HOUR, MINUTE, at, businessLA, calendar, internalUTC, twentyFourSevenUTC } from './fixtures';

// The handbook examples run against both engines: the fast one, and the day-walking oracle the property
// tests trust, so the oracle itself is pinned to hand-checked answers.
const engines = [
  { engine: 'fast engine', add: addBusinessTime, between: businessTimeBetween },
  { engine: 'oracle', add: oracleAddBusinessTime, between: oracleBusinessTimeBetween },
];

const everyDay = [1, 2, 3, 4, 5, 6, 7];
const london = calendar('Europe/London', '09:00', '17:00');
const londonAllDay = calendar('Europe/London', '00:00', '24:00', everyDay);
const kolkata = calendar('Asia/Kolkata', '09:30', '18:00');
const laAllDay = calendar('America/Los_Angeles', '00:00', '24:00', everyDay);

describe.each(engines)('Business time per the handbook ($engine)', ({ add, between }) => {
  describe('on the business calendar, Mon–Fri 09:00–17:00 America/Los_Angeles', () => {
    it.each([
      // created                        target  due
      ['2026-02-09T10:00-08:00', 24, '2026-02-12T10:00-08:00', 'a 24 h target created Monday 10:00 is due Thursday 10:00'], // Mon → Thu PST
      ['2026-02-06T16:30-08:00', 1, '2026-02-09T09:30-08:00', 'a 1 h target created Friday 16:30 is due Monday 09:30'], // Fri → Mon PST
      ['2026-02-07T11:00-08:00', 1, '2026-02-09T10:00-08:00', 'a ticket created on Saturday starts its clock Monday 09:00'], // Sat → Mon PST
      ['2026-02-07T11:00-08:00', 8, '2026-02-09T17:00-08:00', 'a full day created on Saturday ends Monday at closing'], // Sat → Mon PST
      ['2026-02-09T06:00-08:00', 2, '2026-02-09T11:00-08:00', 'a ticket created before opening starts at 09:00 that day'], // Mon PST
      ['2026-02-09T09:00-08:00', 8, '2026-02-09T17:00-08:00', 'a target completing exactly at closing is due at 17:00, not next morning'], // Mon PST
      ['2026-02-10T16:00-08:00', 1, '2026-02-10T17:00-08:00', 'one hour before closing plus one hour is 17:00 the same day'], // Tue PST
    ])('created %s, %i h → due %s: %s', (created, hours, due) => {
      expect(add(businessLA, at(created), hours * HOUR)).toBe(at(due));
    });

    it('one millisecond past a full day rolls over to the next opening', () => {
      // Mon 09:00 PST + 8 h 0.001 s → Tue 09:00:00.001 PST
      expect(add(businessLA, at('2026-02-09T09:00-08:00'), 8 * HOUR + 1)).toBe(at('2026-02-10T09:00:00.001-08:00'));
    });

    it('a zero-length target is due the moment the clock starts, even at the weekend', () => {
      expect(add(businessLA, at('2026-02-07T11:00-08:00'), 0)).toBe(at('2026-02-07T11:00-08:00')); // Sat PST
    });

    it('counts no business time over a weekend', () => {
      // Fri 17:00 PST → Mon 09:00 PST
      expect(between(businessLA, at('2026-02-06T17:00-08:00'), at('2026-02-09T09:00-08:00'))).toBe(0);
    });

    it.each([
      // created                 target due (UTC)                    what happens
      ['2026-03-06T16:00-08:00', 2, '2026-03-09T17:00Z', 'Fri 16:00 PST + 2 h over spring-forward is Mon 10:00 PDT'],
      ['2026-03-05T09:00-08:00', 24, '2026-03-10T00:00Z', 'Thu 09:00 PST + 24 h over spring-forward is Mon 17:00 PDT'],
      ['2026-03-06T16:30-08:00', 1, '2026-03-09T16:30Z', 'Fri 16:30 PST + 1 h over spring-forward is Mon 09:30 PDT'],
      ['2026-10-30T16:00-07:00', 2, '2026-11-02T18:00Z', 'Fri 16:00 PDT + 2 h over fall-back is Mon 10:00 PST'],
      ['2026-10-30T09:00-07:00', 16, '2026-11-03T01:00Z', 'Fri 09:00 PDT + 16 h over fall-back is Mon 17:00 PST'],
    ])('across the US DST weekends: created %s + %i h is due %s (%s)', (created, hours, dueUtc) => {
      expect(add(businessLA, at(created), hours * HOUR)).toBe(at(dueUtc));
    });

    it('skips a holiday: Wednesday before Thanksgiving 2026 + 2 h is due Friday 10:00', () => {
      // Wed 2026-11-25 16:00 PST → (Thu 2026-11-26 Thanksgiving is closed) → Fri 2026-11-27 10:00 PST
      expect(add(businessLA, at('2026-11-25T16:00-08:00'), 2 * HOUR)).toBe(at('2026-11-27T10:00-08:00'));
      expect(add({ ...businessLA, holidays: [] }, at('2026-11-25T16:00-08:00'), 2 * HOUR)).toBe(at('2026-11-26T10:00-08:00'));
    });

    it('counts no business time on a holiday', () => {
      // Thu 2026-11-26 00:00 → Fri 2026-11-27 00:00 PST
      expect(between(businessLA, at('2026-11-26T00:00-08:00'), at('2026-11-27T00:00-08:00'))).toBe(0);
    });
  });

  describe('on a 24x7 calendar, business time is wall time', () => {
    it('72 h on 24x7 UTC is 72 wall hours later', () => {
      // Fri 2026-03-06 13:37 UTC → Mon 2026-03-09 13:37 UTC
      expect(add(twentyFourSevenUTC, at('2026-03-06T13:37Z'), 72 * HOUR)).toBe(at('2026-03-09T13:37Z'));
    });

    it('24 open hours across spring-forward in Los Angeles are 24 elapsed hours (wall clock shows 25)', () => {
      // Sat 2026-03-07 12:00 PST → Sun 2026-03-08 13:00 PDT
      expect(add(laAllDay, at('2026-03-07T12:00-08:00'), 24 * HOUR)).toBe(at('2026-03-08T13:00-07:00'));
    });

    it('the spring-forward Sunday has 23 open hours', () => {
      // Sun 2026-03-08 00:00 PST → Mon 2026-03-09 00:00 PDT
      expect(between(laAllDay, at('2026-03-08T00:00-08:00'), at('2026-03-09T00:00-07:00'))).toBe(23 * HOUR);
    });
  });

  describe('on the internal calendar, Mon–Fri 09:00–24:00 UTC', () => {
    it.each([
      ['2026-02-06T20:00Z', 8, '2026-02-09T13:00Z', 'Friday evening + 8 h finishes Monday 13:00'], // Fri → Mon
      ['2026-02-10T23:30Z', 1, '2026-02-11T09:30Z', 'half an hour before midnight + 1 h is 09:30 next day'], // Tue → Wed
      ['2026-02-10T22:00Z', 2, '2026-02-11T00:00Z', 'a target completing exactly at midnight is due at midnight'], // Tue → Wed 00:00
      ['2026-02-09T09:00Z', 15, '2026-02-10T00:00Z', 'one full internal day is 15 h'], // Mon → Tue 00:00
    ])('created %s + %i h is due %s (%s)', (created, hours, due) => {
      expect(add(internalUTC, at(created), hours * HOUR)).toBe(at(due));
    });
  });

  describe('pauses shift the due time by the open time they cover', () => {
    const created = at('2026-02-09T10:00-08:00'); // Mon 10:00 PST, 4 h target, normally due 14:00
    it.each([
      ['no pause', [], '2026-02-09T14:00-08:00'],
      ['a pause 11:00–12:30 (1.5 h open)', [['2026-02-09T11:00-08:00', '2026-02-09T12:30-08:00']], '2026-02-09T15:30-08:00'],
      ['a pause overnight 18:00–08:00 (no open time)', [['2026-02-09T18:00-08:00', '2026-02-10T08:00-08:00']], '2026-02-09T14:00-08:00'],
      ['a pause that began before creation, 09:00–11:00 (1 h after creation)', [['2026-02-09T09:00-08:00', '2026-02-09T11:00-08:00']], '2026-02-09T15:00-08:00'],
      [
        'overlapping, unsorted pauses 12:00–13:00 and 11:00–12:30 (2 h together)',
        [
          ['2026-02-09T12:00-08:00', '2026-02-09T13:00-08:00'],
          ['2026-02-09T11:00-08:00', '2026-02-09T12:30-08:00'],
        ],
        '2026-02-09T16:00-08:00',
      ],
    ] as [string, [string, string][], string][])('with %s the 4 h target is due %s', (_label, pauses, due) => {
      const intervals = pauses.map(([start, end]) => ({ start: at(start), end: at(end) }));
      expect(add(businessLA, created, 4 * HOUR, intervals)).toBe(at(due));
    });

    it('an 8 h target paused Monday 16:00 → Tuesday 10:00 loses 2 open hours and is due Tuesday 12:00', () => {
      const pause = { start: at('2026-02-09T16:00-08:00'), end: at('2026-02-10T10:00-08:00') }; // Mon → Tue PST
      expect(add(businessLA, created, 8 * HOUR, [pause])).toBe(at('2026-02-10T12:00-08:00'));
      expect(between(businessLA, created, at('2026-02-10T12:00-08:00'), [pause])).toBe(8 * HOUR);
    });

    it('a pause that never ends means the target is never due', () => {
      expect(add(businessLA, created, 4 * HOUR, [{ start: at('2026-02-09T11:00-08:00'), end: null }])).toBe(Infinity);
    });
  });

  describe('in Europe/London across its own DST changes (Mon–Fri 09:00–17:00)', () => {
    it('Fri 16:00 GMT + 2 h over the March change is Mon 10:00 BST', () => {
      // Fri 2026-03-27 16:00 GMT → Mon 2026-03-30 10:00 BST (09:00 UTC)
      expect(add(london, at('2026-03-27T16:00Z'), 2 * HOUR)).toBe(at('2026-03-30T09:00Z'));
    });

    it('Fri 16:00 BST + 2 h over the October change is Mon 10:00 GMT', () => {
      // Fri 2026-10-23 16:00 BST → Mon 2026-10-26 10:00 GMT
      expect(add(london, at('2026-10-23T16:00+01:00'), 2 * HOUR)).toBe(at('2026-10-26T10:00Z'));
    });

    it.each([
      ['2026-03-29T00:00Z', '2026-03-30T00:00+01:00', 23], // Sun 2026-03-29, clocks go forward
      ['2026-10-25T00:00+01:00', '2026-10-26T00:00Z', 25], // Sun 2026-10-25, clocks go back
    ])('a 24x7 London calendar counts the Sunday from %s to %s as %i h', (from, to, hours) => {
      expect(between(londonAllDay, at(from), at(to))).toBe(hours * HOUR);
    });
  });

  describe('in Asia/Kolkata, a zone with a half-hour offset (Mon–Fri 09:30–18:00 IST)', () => {
    it('Mon 17:00 IST + 2 h is Tue 10:30 IST', () => {
      // Mon 2026-03-02 17:00 IST (11:30 UTC) → Tue 2026-03-03 10:30 IST (05:00 UTC)
      expect(add(kolkata, at('2026-03-02T17:00+05:30'), 2 * HOUR)).toBe(at('2026-03-03T05:00Z'));
    });

    it('two 8.5 h days from Mon 09:30 end Tue 18:00 IST', () => {
      expect(add(kolkata, at('2026-03-02T09:30+05:30'), 17 * HOUR)).toBe(at('2026-03-03T12:30Z')); // Tue 18:00 IST
    });
  });

  describe("opening hours that fall in a DST gap or overlap use Temporal's 'compatible' rule", () => {
    const sundayNights: Calendar = calendar('America/Los_Angeles', '01:00', '02:00', [7]);
    const sundaySmallHours: Calendar = calendar('America/Los_Angeles', '02:30', '04:00', [7]);

    it('an opening at 02:30 on spring-forward Sunday (not a real time) opens at 03:30 PDT: 30 min that day', () => {
      // Sun 2026-03-08: 02:30 → 03:30 PDT, close 04:00 PDT
      expect(between(sundaySmallHours, at('2026-03-08T00:00-08:00'), at('2026-03-09T00:00-07:00'))).toBe(30 * MINUTE);
      expect(between(sundaySmallHours, at('2026-03-01T00:00-08:00'), at('2026-03-02T00:00-08:00'))).toBe(90 * MINUTE); // Sun, normal
    });

    it('01:00–02:00 on fall-back Sunday opens at the first 01:00 (PDT) and lasts 2 real hours', () => {
      // Sun 2026-11-01: 01:00 PDT (08:00 UTC) → 02:00 PST (10:00 UTC)
      expect(between(sundayNights, at('2026-11-01T00:00-07:00'), at('2026-11-02T00:00-08:00'))).toBe(2 * HOUR);
      expect(add(sundayNights, at('2026-10-31T12:00-07:00'), 90 * MINUTE)).toBe(at('2026-11-01T09:30Z')); // Sat → Sun 01:30 PST
    });
  });
});
