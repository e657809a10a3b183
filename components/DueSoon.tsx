import { useRef, useState } from 'react';
import type { DueSoonRow } from '@/lib/alerts/overview';
import { dataAge } from '@/lib/alerts/overview';
import { formatAge } from '@/lib/domain/format';
import type { CountdownTone } from '@/lib/policy/sla-countdown';
import { formatDuration } from '@/lib/sla/format-duration';
import { metricLabel, slaToneLabel } from '@/lib/policy/status-labels';

/** The state's icon beside its word (the badge's own words, `slaToneLabel`), so it never reads by colour alone. */
const ICON: Record<CountdownTone, string> = { breached: '!', 'at-risk': '▲', ok: '●', paused: '‖', met: '✓', none: '–' };
const WHY: Record<DueSoonRow['why'], string> = { opened: 'opened', list: 'seen in a list', mine: 'yours' };
/** Rows shown before "Show all": the popup is a small window, and the ones due first are what it is for. */
const FIRST = 5;

let dueFormat: Intl.DateTimeFormat | null = null;
/**
 * The due instant, short ("Mon 09:21 AM"): beside business time left, it says why a ticket with more time left can be
 * above one with less (a 24x7 target due tonight, before a business-hours one due Monday morning).
 */
const dueShort = (ms: number) => (dueFormat ??= new Intl.DateTimeFormat('en-US', { weekday: 'short', hour: '2-digit', minute: '2-digit' })).format(ms);

/** A bell, struck through when muted: drawn, not an emoji, which many systems' fonts lack. */
function Bell({ muted }: { muted: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" data-el-icon="bell">
      <path
        d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5v3L2 11.5h12L12.5 9V6A4.5 4.5 0 0 0 8 1.5Zm-1.8 11.5a1.8 1.8 0 0 0 3.6 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
      {muted && <path d="M2 2l12 12" stroke="currentColor" strokeWidth="1.6" />}
    </svg>
  );
}

export interface DueSoonProps {
  rows: DueSoonRow[];
  /** When the background computed the rows (the countdowns are as of then). */
  now: number;
  toolName: (tool: string) => string;
  onOpen: (key: string) => void;
  onSnooze: (key: string, on: boolean) => void;
}

/**
 * The popup's Due-soon list: watched tickets, the one due first on top, with state, time left, customer and tool. A
 * list of buttons: Tab or the arrow keys move, Enter opens the ticket (its tab, else its page). Works offline from
 * the watch list, and says how old each ticket's data is when it is not fresh.
 */
export function DueSoon({ rows, now, toolName, onOpen, onSnooze }: DueSoonProps) {
  const [all, setAll] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  if (rows.length === 0) return null;
  const shown = all ? rows : rows.slice(0, FIRST);
  const newest = Math.max(...rows.map((r) => r.readAt));

  const onKeyDown = (event: React.KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('.el-due__open') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))];
    next?.focus();
    event.preventDefault();
  };

  return (
    <section className="el-due" aria-labelledby="el-due-title" data-testid="due-soon">
      <h2 id="el-due-title" className="el-due__title">
        Due soon{' '}
        <span className="el-due__meta">
          · {rows.length} watched · updated {formatAge(now - newest)}
        </span>
      </h2>
      <ul className="el-due__list" ref={list} onKeyDown={onKeyDown}>
        {shown.map((row, i) => {
          const tone = { label: slaToneLabel(row.tone) || 'No running target', icon: ICON[row.tone] };
          // The breached ones follow the upcoming ones (lib/alerts/overview.ts): a heading where they start.
          const firstBreached = row.tone === 'breached' && (i === 0 || shown[i - 1]!.tone !== 'breached');
          const target = row.metric ? metricLabel(row.metric) : 'no target';
          const age = dataAge(row, now);
          const left =
            row.remainingMs === null ? 'no running target' : row.tone === 'breached' ? `${formatDuration(row.remainingMs)} overdue` : `${formatDuration(row.remainingMs)} left`;
          return (
            <li
              key={row.key}
              className={`el-due__row el-due__row--${row.tone}${firstBreached && i > 0 ? ' el-due__row--first-breached' : ''}`}
              data-ticket={row.key}
              data-tone={row.tone}
            >
              <button
                type="button"
                className="el-due__open"
                onClick={() => onOpen(row.key)}
                aria-label={`${row.label}, ${row.customer ?? 'customer unknown'}, ${tone.label}, ${target} ${left}, ${toolName(row.tool)}: open`}
                title={row.targetLabel ? `${row.subject ?? row.label}\n${row.targetLabel}` : (row.subject ?? row.label)}
              >
                <span className={`el-due__state el-due__state--${row.tone}`}>
                  <span aria-hidden="true">{tone.icon}</span> {tone.label}
                </span>
                <span className="el-due__label">
                  {row.severity ? <span className={`el-due__sev el-due__sev--${row.severity}`}>S{row.severity}</span> : null}
                  {row.label} <span className="el-due__customer">{row.customer ?? 'customer unknown'}</span>
                </span>
                <span className="el-due__left">{left}</span>
                <span className="el-due__sub">
                  {/* The tool first, never cut: Zendesk's #1001 and Freshdesk's #1001 are two tickets. */}
                  <span className="el-due__tool">{toolName(row.tool)}</span> · {target}
                  {row.dueAt !== null && ` due ${dueShort(row.dueAt)}`} · {WHY[row.why]}
                  {row.snoozed && ' · muted'}
                  {age !== null && <span className="el-due__stale"> · data {age} min old</span>}
                </span>
              </button>
              <button
                type="button"
                className="el-due__mute"
                onClick={() => onSnooze(row.key, !row.snoozed)}
                aria-pressed={row.snoozed}
                title={row.snoozed ? 'Notify for this ticket again' : 'Not for this ticket: no more notifications'}
              >
                <Bell muted={row.snoozed} />
                <span className="el-sr">{row.snoozed ? `Unmute ${row.label}` : `Mute ${row.label}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {rows.length > FIRST && (
        <button type="button" className="el-due__more" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer' : `Show all ${rows.length}`}
        </button>
      )}
    </section>
  );
}
