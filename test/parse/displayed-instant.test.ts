import { describe, expect, it } from 'vitest';
import { dateOrderOf, dateOrderShown, parseDisplayedInstant } from '../../lib/parse/date';

const read = (text: unknown, zone = 'America/New_York') => parseDisplayedInstant(text, 'Date/Time Opened', zone);
const iso = (text: unknown, zone?: string) => {
  const { value } = read(text, zone);
  return value === null ? null : new Date(value).toISOString();
};

describe('date-times as a CRM displays them, in the zone they are displayed in', () => {
  it('reads Salesforce’s en-US list-view and record formats (with and without the comma, 12-hour clock)', () => {
    expect(iso('11/28/2026, 9:14 AM')).toBe('2026-11-28T14:14:00.000Z'); // EST: UTC−5
    expect(iso('11/28/2026 9:14 PM')).toBe('2026-11-29T02:14:00.000Z');
    expect(iso('11/28/2026 12:05 AM')).toBe('2026-11-28T05:05:00.000Z'); // midnight hour
    expect(iso('11/28/2026 12:05 PM')).toBe('2026-11-28T17:05:00.000Z'); // noon hour
    expect(iso('7/3/2026, 9:14:30 AM')).toBe('2026-07-03T13:14:30.000Z'); // EDT: UTC−4, seconds
  });

  it('reads German (day first, dots, 24-hour) and Japanese (year first) displays', () => {
    expect(iso('28.11.2026, 09:14', 'Europe/Berlin')).toBe('2026-11-28T08:14:00.000Z');
    expect(iso('2026/11/28 9:14', 'Asia/Tokyo')).toBe('2026-11-28T00:14:00.000Z');
    expect(iso('2026/11/28 午後 9:14', 'Asia/Tokyo')).toBeNull(); // meridiem before the time: not a format we claim
  });

  it('reads month names, and an explicit offset wins over the zone', () => {
    expect(iso('Nov 28, 2026 9:14 AM')).toBe('2026-11-28T14:14:00.000Z');
    expect(iso('28 Nov 2026 09:14')).toBe('2026-11-28T14:14:00.000Z');
    expect(iso('11/28/2026 9:14 AM GMT+1')).toBe('2026-11-28T08:14:00.000Z');
    expect(iso('11/28/2026 9:14 AM UTC')).toBe('2026-11-28T09:14:00.000Z');
    expect(iso('2026-11-28T09:14:00Z')).toBe('2026-11-28T09:14:00.000Z'); // an ISO instant is what it says
  });

  it('refuses what is not a date and a time, with a message naming the field, and reads blanks as unknown', () => {
    expect(read('11/28/2026').warning).toMatch(/Date\/Time Opened.*expected a date and a time/);
    expect(read('2/30/2026 9:14 AM').warning).toMatch(/no such date/);
    expect(read('11/28/2026 13:14 PM').warning).toMatch(/not a time of day/);
    expect(read('11/28/2026 9:75').warning).toMatch(/not a time of day/);
    expect(read('<img src=x onerror=alert(1)>').value).toBeNull();
    expect(read('  ')).toEqual({ value: null, warning: null });
    expect(read(42).value).toBeNull();
    expect(read('11/28/2026 9:14 AM', 'Not/AZone').warning).toMatch(/unknown time zone/);
  });
});

describe('day first or month first', () => {
  it('says which order a locale writes numeric dates in', () => {
    expect(dateOrderOf('en-US')).toBe('MDY');
    expect(dateOrderOf('en-GB')).toBe('DMY');
    expect(dateOrderOf('de-DE')).toBe('DMY');
    expect(dateOrderOf('fr')).toBe('DMY');
    expect(dateOrderOf('not a locale!')).toBeNull();
  });

  it('learns the order from the dates shown where one can only be read one way, and says nothing when none can', () => {
    expect(dateOrderShown(['05/11/2026, 09:14', '28/11/2026, 10:00'])).toBe('DMY');
    expect(dateOrderShown(['11/05/2026, 9:14 AM', '11/28/2026, 10:00 AM'])).toBe('MDY');
    expect(dateOrderShown(['11/05/2026, 9:14 AM', null, '2026-11-28T09:00:00Z'])).toBeNull();
    expect(dateOrderShown(['28/11/2026 09:14', '11/28/2026 09:14'])).toBeNull(); // they disagree: nothing is assumed from them
  });

  it('reads 05/11/2026 as 5 November when day first, 11 May when month first', () => {
    expect(new Date(parseDisplayedInstant('05/11/2026, 09:14', 'Opened', 'UTC', 'DMY').value!).toISOString()).toBe('2026-11-05T09:14:00.000Z');
    expect(new Date(parseDisplayedInstant('05/11/2026, 09:14', 'Opened', 'UTC', 'MDY').value!).toISOString()).toBe('2026-05-11T09:14:00.000Z');
  });
});
