import { blank, isBlank, ok, squash, unreadable, type Parsed } from './result';

const TRUE = new Set(['true', 'yes', 'y', '1', 'checked', 'on', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0', 'unchecked', 'off']);

/**
 * Reads a checkbox-like value (Salesforce shows `true`/`false` or a tick; HubSpot `Yes`/`No`).
 * @example parseBoolean('Yes', 'Kubernetes') // { value: true, warning: null }
 */
export function parseBoolean(raw: unknown, field: string): Parsed<boolean> {
  if (isBlank(raw)) return blank();
  if (typeof raw === 'boolean') return ok(raw);
  if (raw === '✓' || raw === '✔' || raw === '✔️') return ok(true);
  if (typeof raw !== 'string' && typeof raw !== 'number') return unreadable(field, raw);
  const key = squash(String(raw));
  if (TRUE.has(key)) return ok(true);
  if (FALSE.has(key)) return ok(false);
  return unreadable(field, raw);
}
