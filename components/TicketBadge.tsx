import { countdown, nextTarget, type CountdownTone } from '@/lib/overlay/countdown';
import type { SlaDecision } from '@/lib/policy';
import { formatDuration } from '@/lib/sla/format-duration';
import type { Calendar } from '@/lib/sla/types';
import type { AccountView, FetchProblem, TicketView } from '@/lib/views';
import { formatAge, formatInstant } from './format';

export interface TicketBadgeProps {
  ticketId: string;
  view: TicketView | null;
  organization: AccountView | null;
  calendars: Calendar[];
  now: number;
  expanded: boolean;
  onToggle: () => void;
  /** The agent's own zone (undefined: the browser's). */
  localZone?: string;
  hour12: boolean | null;
  problem: FetchProblem | null;
  /** When the data shown was fetched, if it is stale (a problem kept us from refreshing). */
  staleSince: number | null;
  onRetry?: () => void;
  loading?: boolean;
}

const TONE_LABEL: Record<CountdownTone, string> = { ok: 'On track', 'at-risk': 'At risk', breached: 'Breached', paused: 'Paused', met: 'Met', none: '' };
const METRIC_LABEL: Record<string, string> = { 'first-response': 'First response', resolution: 'Resolution', 'internal-first-response': 'Internal 1-hour goal' };

/** Severity, a live countdown to the next SLA due, and the organization's Slack chip; expands to every target. */
export function TicketBadge(props: TicketBadgeProps) {
  const { ticketId, view, organization, calendars, now, expanded, onToggle, problem, staleSince } = props;
  if (!view) {
    return (
      <span className="el-badge el-badge--empty" data-ticket={ticketId}>
        <span className="el-badge__sev el-badge__sev--unknown">{props.loading ? '…' : 'SLA ?'}</span>
        {problem && (
          <span className="el-badge__problem" title={problem.message}>
            {props.loading ? '' : problem.message}
            {props.onRetry && (
              <button type="button" className="el-link" onClick={props.onRetry}>Retry</button>
            )}
          </span>
        )}
      </span>
    );
  }
  const severity = view.ticket.severity;
  const next = nextTarget(view.sla);
  const live = next ? countdown(next, calendars, now) : null;
  const slack = organization?.evaluation.slack;
  const slackAllowed = slack ? (slack.support.allowed === true ? 'yes' : slack.support.allowed === false && slack.accountManagement.allowed === false ? 'no' : slack.accountManagement.allowed === true ? 'am' : 'unknown') : null;
  return (
    <span className={`el-badge el-badge--${live?.tone ?? 'none'}`} data-ticket={ticketId} data-tone={live?.tone ?? 'none'}>
      <button type="button" className="el-badge__main" onClick={onToggle} aria-expanded={expanded} title="SLA details">
        <span className={`el-badge__sev el-badge__sev--${severity ?? 'unknown'}`}>{severity ? `Sev ${severity}` : 'Sev ?'}</span>
        {live ? (
          <>
            <span className="el-badge__metric">{METRIC_LABEL[live.decision.metric] ?? live.decision.metric}</span>
            <Countdown text={formatDuration(live.remainingMs)} />
            <span className="el-badge__state">{TONE_LABEL[live.tone]}</span>
          </>
        ) : (
          <span className="el-badge__metric">{summary(view.sla)}</span>
        )}
      </button>
      {slackAllowed && (
        <span className={`el-chip el-chip--${slackAllowed}`} title={slack!.support.reasons.concat(slack!.accountManagement.reasons).join('\n')}>
          <span aria-hidden="true">{slackAllowed === 'yes' ? '✓' : slackAllowed === 'no' ? '✕' : slackAllowed === 'am' ? '½' : '?'}</span>{' '}
          {slackAllowed === 'yes' ? 'Slack' : slackAllowed === 'no' ? 'No Slack' : slackAllowed === 'am' ? 'Slack: account team only' : 'Slack?'}
        </span>
      )}
      {staleSince !== null && (
        <span className="el-badge__stale" title={problem?.message}>
          stale · {formatAge(now - staleSince)}
          {props.onRetry && <button type="button" className="el-link" onClick={props.onRetry}>Retry</button>}
        </span>
      )}
      {expanded && (
        <span className="el-badge__details" role="group" aria-label={`SLA targets for ticket ${ticketId}`}>
          {organization && (
            <span className="el-badge__org">
              {organization.evaluation.account.name ?? 'Organization'} · {organization.evaluation.segment ?? 'segment unknown'}
            </span>
          )}
          <table className="el-targets">
            <thead>
              <tr><th scope="col">Target</th><th scope="col">State</th><th scope="col">Due (yours)</th><th scope="col">Due (calendar)</th></tr>
            </thead>
            <tbody>
              {view.sla.map((d) => (
                <TargetRow key={`${d.metric}-${d.severity}`} decision={d} calendars={calendars} now={now} localZone={props.localZone} hour12={props.hour12} />
              ))}
            </tbody>
          </table>
          {view.warnings.length > 0 && <span className="el-badge__warn">⚠ {view.warnings.join(' · ')}</span>}
        </span>
      )}
    </span>
  );
}

/**
 * The live countdown. Its text changes every second under an hour, and text changing in flow inside a table
 * cell makes the browser lay out the whole host table again (measured ~15 ms on a 1,000-row view, each
 * second). So the box is sized by its text's SHAPE (digits as 0 — the same width, the digits being tabular),
 * drawn hidden by a ::before, and the text itself is positioned over it: a new second re-lays out only that
 * positioned span (<1 ms). It looks and reads the same (the timer's text is exactly the countdown).
 */
function Countdown({ text }: { text: string }) {
  return (
    <span className="el-badge__time" role="timer" aria-live="off" data-shape={text.replace(/[0-9]/g, '0')}>
      <span>{text}</span>
    </span>
  );
}

/** The rules Countdown needs, added to the badges' stylesheet by the content script that renders them. */
export const COUNTDOWN_CSS = `
.el-badge__time { position: relative; display: inline-block; }
.el-badge__time::before { content: attr(data-shape); visibility: hidden; }
.el-badge__time > span { position: absolute; inset: 0; white-space: nowrap; contain: size layout style; }
`;

function TargetRow({ decision: d, calendars, now, localZone, hour12 }: { decision: SlaDecision; calendars: Calendar[]; now: number; localZone?: string; hour12: boolean | null }) {
  const live = d.dueAt ? countdown(d, calendars, now) : null;
  const state = d.state === 'no-deadline' ? 'No deadline' : d.state === 'see-contract' ? 'See contract' : d.state === 'unknown' ? 'Unknown' : live ? `${TONE_LABEL[live.tone]} · ${formatDuration(live.remainingMs)}` : d.state;
  return (
    <tr className={live ? `el-target--${live.tone}` : undefined}>
      <th scope="row">
        {METRIC_LABEL[d.metric] ?? d.metric}
        {d.targetHours !== null && <span className="el-note"> ({d.targetHours} h, {d.calendar})</span>}
      </th>
      <td>{state}</td>
      <td>{d.dueAt ? formatInstant(d.dueAt, localZone, hour12) : '—'}</td>
      <td>{d.dueAt && d.calendarZone ? formatInstant(d.dueAt, d.calendarZone, hour12) : '—'}</td>
    </tr>
  );
}

function summary(sla: SlaDecision[]): string {
  const contractual = sla.filter((d) => !d.internal);
  if (contractual.some((d) => d.state === 'see-contract')) return 'SLA: see contract';
  if (contractual.some((d) => d.state === 'unknown')) return 'SLA unknown';
  if (contractual.length && contractual.every((d) => d.state === 'met' || d.state === 'no-deadline')) return 'SLAs met';
  return 'No SLA';
}
