/** What a tolerant reader returns: a value, or `null` (unknown) with a warning naming the field and the raw value. */
export interface Parsed<T> {
  value: T | null;
  warning: string | null;
}

export const ok = <T>(value: T): Parsed<T> => ({ value, warning: null });

/** An absent or blank field: unknown, and the caller decides whether that deserves a warning. */
export const blank = <T>(): Parsed<T> => ({ value: null, warning: null });

/** An unreadable field: unknown, with a warning such as `Segment: cannot read "Enterprize"`. */
export const unreadable = <T>(field: string, raw: unknown, why?: string): Parsed<T> => ({
  value: null,
  warning: `${field}: cannot read ${quote(raw)}${why ? ` (${why})` : ''}`,
});

/** Shows a raw value in a warning: short, quoted, never an object dump. */
export function quote(raw: unknown): string {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (typeof raw === 'number' || typeof raw === 'boolean' || raw === null) text = String(raw);
  else {
    try {
      text = JSON.stringify(raw) ?? String(raw);
    } catch {
      text = Object.prototype.toString.call(raw);
    }
  }
  if (text.length > 60) text = `${text.slice(0, 57)}…`;
  return `"${text}"`;
}

/** True for values that carry no information: undefined, null, '' or whitespace. */
export const isBlank = (raw: unknown): boolean => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/** Lower-cases and drops everything but letters and digits, so `Mid-Market` and `mid market` compare equal. */
export const squash = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
