/**
 * Jira Service Management's own SLAs, as its API gives them: the second opinion beside the handbook's due times, and
 * when the first response was made. Pure; never throws.
 *
 * `SlaInformation` (../shared/research/next-tools-and-anchors.md §2d "SLA API", High; mrrefactoring.github.io/jira.js
 * serviceDesk `getSlaInformation`): `{ id, name, completedCycles: [{ startTime, stopTime, breachTime, breached,
 * goalDuration, elapsedTime, remainingTime }], ongoingCycle: { startTime, breachTime, breached, paused,
 * withinCalendarHours, goalDuration, elapsedTime, remainingTime } }`; dates `{ iso8601, jira, friendly, epochMillis }`,
 * durations `{ millis, friendly }`. The same cycles are the value of each SLA custom field of an issue (§2d
 * "Alternative", Medium).
 */
import { MAX_EPOCH_MS } from '../../parse/date';
import { isObject, type Json } from '../api-json';
import type { RawTicket, ToolDueMetric } from '../page-data';

/** What JSM's SLAs say of one issue. */
export interface JsmSlaSummary {
  /** Each running SLA's breach time: ISO instants. */
  toolDue: NonNullable<RawTicket['toolDue']>;
  /** When the first response was made (the first-response SLA's first completed cycle stopped), or null. */
  firstResponseAt: string | null;
}

export const NO_SLA: JsmSlaSummary = { toolDue: [], firstResponseAt: null };

/**
 * The handbook's target an SLA stands for, by its name: JSM's default SLAs are "Time to first response" and "Time to
 * resolution" (§1.2 "Jira Service Management": goals per JQL, any number of SLAs). Others a project has ("Time to
 * close after resolution", which runs AFTER the resolution; "Time to approve normal change"; "Time waiting for
 * support") have no handbook counterpart and are left out. A renamed SLA is matched while its name still says what it
 * measures in English; a project that named its SLAs in another language gets no second opinion (no due time is
 * guessed).
 * @example slaMetric('Time to first response') // 'first-response'
 */
export function slaMetric(name: string): ToolDueMetric | null {
  if (/first response/i.test(name)) return 'first-response';
  if (/resolution/i.test(name) && !/after resolution/i.test(name)) return 'resolution';
  return null;
}

/**
 * Jira's date-time as the rest of Lens reads it: Jira writes the zone offset without a colon
 * (`2026-11-28T09:14:03.000+0100`), which ISO 8601's extended form and lib/parse/date.ts `parseInstant` require.
 * Null for anything that is not a date-time with a zone.
 * @example jiraInstant('2026-11-28T09:14:03.000+0100') // '2026-11-28T09:14:03.000+01:00'
 */
export function jiraInstant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})$/i.exec(value.trim());
  if (!m) return null;
  const zone = m[2]!.toUpperCase() === 'Z' ? 'Z' : `${m[2]!.slice(0, 3)}:${m[2]!.slice(-2)}`;
  const text = `${m[1]!}${zone}`;
  return Number.isNaN(Date.parse(text)) ? null : text;
}

/** A JSM date value: its `iso8601`, else its `epochMillis`, as an ISO instant; null when it has neither. */
function dateOf(value: unknown): string | null {
  if (!isObject(value)) return null;
  const iso = jiraInstant(value.iso8601);
  if (iso) return iso;
  const ms = value.epochMillis;
  return typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= MAX_EPOCH_MS ? new Date(ms).toISOString() : null;
}

/**
 * The running cycle's state as the badge says it: paused first (a paused SLA may also be breached, and its clock is
 * what stopped), then breached, then outside the SLA's calendar (the clock waits for working hours), else running.
 */
function cycleStatus(cycle: Json): string {
  if (cycle.paused === true) return 'paused';
  if (cycle.breached === true) return 'breached';
  if (cycle.withinCalendarHours === false) return 'outside calendar hours';
  return 'running';
}

/**
 * What a list of SlaInformation says: each running cycle of a first-response or resolution SLA as a due time, and
 * when the first response was made. Entries not shaped as documented, or without a name, are skipped.
 * @example summariseSlas(reply.values).toolDue // [{ metric: 'resolution', due: '2026-11-30T09:14:00.000+01:00', status: 'running' }]
 */
export function summariseSlas(entries: readonly unknown[]): JsmSlaSummary {
  const toolDue: JsmSlaSummary['toolDue'] = [];
  let firstResponseAt: string | null = null;
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    const metric = typeof entry.name === 'string' ? slaMetric(entry.name) : null;
    if (!metric) continue;
    if (isObject(entry.ongoingCycle)) {
      const due = dateOf(entry.ongoingCycle.breachTime);
      if (due) toolDue.push({ metric, due, status: cycleStatus(entry.ongoingCycle) });
    }
    if (metric === 'first-response' && firstResponseAt === null && Array.isArray(entry.completedCycles)) {
      const first: unknown = entry.completedCycles[0];
      firstResponseAt = isObject(first) ? dateOf(first.stopTime) : null;
    }
  }
  return { toolDue, firstResponseAt };
}

/**
 * `GET /rest/servicedeskapi/request/{key}/sla` → what its SLAs say; null when the reply is not the documented paging
 * envelope `{ size, start, limit, isLastPage, values }` (§2d). An issue has a handful of SLAs, within the first page.
 */
export function parseSlaReply(json: unknown): JsmSlaSummary | null {
  if (!isObject(json) || !Array.isArray(json.values)) return null;
  return summariseSlas(json.values);
}
