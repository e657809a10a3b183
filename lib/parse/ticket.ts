import type { Severity, Ticket } from '../domain/ticket';
import { parseInstant } from './date';
import { isBlank, quote, type Parsed } from './result';
import { DEFAULT_PRIORITY_MAP, parseSeverity } from './severity';

export interface ParsedTicket {
  ticket: Ticket;
  warnings: string[];
}

/**
 * Reads a ticket: severity from `severity` (Sev1, S1, P1, 1…) or else from the tool's `priority` through
 * `priorityMap`; times as ISO instants with a zone. Never throws; unreadable fields are unknown, with a warning.
 * @example parseTicket({ id: 7, priority: 'urgent', createdAt: '2026-11-20T17:00:00Z' }).ticket.severity // 1
 */
export function parseTicket(raw: unknown, priorityMap: Readonly<Record<string, Severity>> = DEFAULT_PRIORITY_MAP): ParsedTicket {
  const warnings: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push(`Ticket: expected an object, got ${quote(raw)}`);
    raw = {};
  }
  const r = raw as Record<string, unknown>;
  const take = <T>(parsed: Parsed<T>): T | null => {
    if (parsed.warning) warnings.push(parsed.warning);
    return parsed.value;
  };
  const iso = (value: unknown, field: string): string | null => {
    const ms = take(parseInstant(value, field));
    return ms === null ? null : new Date(ms).toISOString();
  };
  const severity = !isBlank(r.severity) ? take(parseSeverity(r.severity, priorityMap)) : take(parseSeverity(r.priority, priorityMap));
  const pauses: Ticket['pauses'] = [];
  if (Array.isArray(r.pauses)) {
    r.pauses.forEach((p, i) => {
      const pause = (p ?? {}) as Record<string, unknown>;
      const start = iso(pause.start, `Pause ${i + 1} start`);
      const end = isBlank(pause.end) ? null : iso(pause.end, `Pause ${i + 1} end`);
      if (start && (end === null || end >= start)) pauses.push({ start, end });
      else if (start) warnings.push(`Pause ${i + 1}: ends before it starts`);
    });
  } else if (!isBlank(r.pauses)) warnings.push(`Pauses: cannot read ${quote(r.pauses)}`);
  const ticket: Ticket = {
    id: typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : null,
    subject: typeof r.subject === 'string' ? r.subject : null,
    severity,
    status: typeof r.status === 'string' ? r.status.toLowerCase() : null,
    createdAt: iso(r.createdAt, 'Created'),
    firstResponseAt: iso(r.firstResponseAt, 'First response'),
    resolvedAt: iso(r.resolvedAt, 'Resolved'),
    pauses,
  };
  if (isBlank(r.severity) && isBlank(r.priority)) warnings.push('Severity: missing');
  if (isBlank(r.createdAt)) warnings.push('Created: missing');
  return { ticket, warnings };
}
