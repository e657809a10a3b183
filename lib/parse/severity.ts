import type { Severity } from '../domain/ticket';
import { blank, isBlank, ok, squash, unreadable, type Parsed } from './result';

/** Tool priorities → handbook severity; the default follows Zendesk's four priorities. Policies may replace it. */
export const DEFAULT_PRIORITY_MAP: Record<string, Severity> = { urgent: 1, high: 1, normal: 2, low: 2 };

/**
 * Reads a severity: `1`, `Sev1`, `Sev 1`, `S1`, `P1`, `Severity 1`, or a tool priority through `priorityMap`.
 * Severities the handbook does not define (3, 4) are unknown rather than rounded to 2.
 * @example parseSeverity('Sev 1') // { value: 1, warning: null }
 */
export function parseSeverity(raw: unknown, priorityMap: Readonly<Record<string, Severity>> = DEFAULT_PRIORITY_MAP): Parsed<Severity> {
  if (isBlank(raw)) return blank();
  if (typeof raw === 'number') return raw === 1 || raw === 2 ? ok(raw) : unreadable('Severity', raw);
  if (typeof raw !== 'string') return unreadable('Severity', raw);
  const key = squash(raw);
  const numbered = /^(?:severity|sev|s|p)?([0-9]+)$/.exec(key);
  if (numbered) {
    const n = Number(numbered[1]);
    return n === 1 || n === 2 ? ok(n) : unreadable('Severity', raw, 'the policy defines severities 1 and 2');
  }
  for (const [priority, severity] of Object.entries(priorityMap)) {
    if (squash(priority) === key) return ok(severity);
  }
  return unreadable('Severity', raw);
}
