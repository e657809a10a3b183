import { describe, expect, it } from 'vitest';
import { epochDayOf, isoWeekdayOfEpochDay, parseClockTime, parseIsoDate, yearOfEpochDay } from '../../lib/sla/civil-time';

describe('civil-time arithmetic', () => {
  it('numbers days like Date.UTC for every day from 1900 to 2100', () => {
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2100, 0, 1); ms += 86_400_000) {
      const d = new Date(ms);
      const day = ms / 86_400_000;
      expect(epochDayOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(day);
      expect(yearOfEpochDay(day)).toBe(d.getUTCFullYear());
      expect(isoWeekdayOfEpochDay(day)).toBe(d.getUTCDay() === 0 ? 7 : d.getUTCDay());
    }
  });

  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('reads clock time %s as %i minutes', (text, minutes) => {
    expect(parseClockTime(text)).toBe(minutes);
  });

  it.each(['24:01', '9:00', '12:60', '25:00', '', '12-00'])('rejects clock time "%s"', (text) => {
    expect(() => parseClockTime(text)).toThrow(RangeError);
  });

  it.each([
    ['2026-11-26', epochDayOf(2026, 11, 26)],
    ['2028-02-29', epochDayOf(2028, 2, 29)], // leap year
  ])('reads holiday %s', (text, day) => {
    expect(parseIsoDate(text)).toBe(day);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '26-11-26', '2026-11-26T00:00'])('rejects holiday "%s"', (text) => {
    expect(() => parseIsoDate(text)).toThrow(RangeError);
  });
});
