import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../lib/sla/zone-clock';
import { at } from './fixtures';

const QUARTER = 15 * 60_000;
/** Local wall time as "local ms" (the wall clock read as if it were UTC). */
const local = (wall: string) => Date.parse(`${wall}Z`);

describe('zoneClock: local wall time → instant', () => {
  it.each([
    ['America/Los_Angeles', '2026-02-09T09:00', '2026-02-09T09:00-08:00', 'an ordinary winter morning'], // Mon PST
    ['America/Los_Angeles', '2026-03-08T02:30', '2026-03-08T03:30-07:00', 'a time in the spring-forward gap moves later'], // Sun
    ['America/Los_Angeles', '2026-11-01T01:30', '2026-11-01T01:30-07:00', 'a repeated time in the fall-back overlap takes the earlier'], // Sun
    ['Europe/London', '2026-03-29T01:15', '2026-03-29T02:15+01:00', 'London skips 01:00–02:00 in March'], // Sun
    ['Australia/Sydney', '2026-10-04T02:00', '2026-10-04T03:00+11:00', 'Sydney springs forward in October'], // Sun
    ['Asia/Kolkata', '2026-06-01T09:30', '2026-06-01T04:00Z', 'a half-hour offset'], // Mon IST
  ])('%s %s → %s (%s)', (zone, wall, expected) => {
    expect(zoneClock(zone).toEpochMs(local(wall))).toBe(at(expected));
  });

  it.each(['America/Los_Angeles', 'Europe/London', 'Australia/Sydney', 'America/New_York'])(
    'matches Temporal at every quarter-hour within two days of each 2026–2027 transition in %s',
    (zone) => {
      const clock = zoneClock(zone);
      let transition = Temporal.Instant.fromEpochMilliseconds(at('2026-01-01T00:00Z')).toZonedDateTimeISO(zone);
      let checked = 0;
      while ((transition = transition.getTimeZoneTransition('next')!) && transition.year < 2028) {
        const wallAtTransition = local(transition.toPlainDateTime().toString());
        for (let l = wallAtTransition - 2 * 86_400_000; l <= wallAtTransition + 2 * 86_400_000; l += QUARTER) {
          const wall = Temporal.Instant.fromEpochMilliseconds(l).toZonedDateTimeISO('UTC').toPlainDateTime();
          expect(clock.toEpochMs(l)).toBe(wall.toZonedDateTime(zone).epochMilliseconds);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(4 * 384);
    },
  );

  it('rejects an unknown zone', () => {
    expect(() => zoneClock('Not/A_Zone')).toThrow(RangeError);
  });
});
