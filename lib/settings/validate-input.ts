import { parseDate } from '../parse/date';

/** A holiday must be a real ISO date, not already listed. Returns the problem, or null. */
export function holidayProblem(date: string, existing: readonly string[]): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return `"${date}" is not a date in the form YYYY-MM-DD`;
  if (parseDate(date, 'Holiday').value === null) return `${date} is not a real date`;
  if (existing.includes(date)) return `${date} is already a holiday on this calendar`;
  return null;
}

/** A zone must be one the browser knows (IANA name). Returns the problem, or null. */
export function zoneProblem(zone: string | null): string | null {
  if (zone === null) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return null;
  } catch {
    return `"${zone}" is not a time zone name (such as Europe/Berlin)`;
  }
}

/** A directory URL must be https (or http on this machine, for testing). Returns the problem, or null. */
export function directoryUrlProblem(url: string | null, minutes: number): string | null {
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 10_080) return 'The refresh interval is a whole number of minutes from 5 to 10080';
  if (url === null) return null;
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' || (u.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(u.hostname))) return null;
    return 'The directory URL must use https';
  } catch {
    return `"${url}" is not a URL`;
  }
}
