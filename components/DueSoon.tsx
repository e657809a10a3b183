import { useRef, useState } from 'react';
import type { DueSoonRow } from '@/lib/alerts/overview';
import { dataAge } from '@/lib/alerts/overview';
import { formatAge } from '@/lib/domain/format';
import type { CountdownTone } from '@/lib/policy/sla-countdown';
import { formatDuration } from '@/lib/sla/format-duration';
import { metricLabel, slaToneLabel } from '@/lib/policy/status-labels';
import { formatLocale, t, tp, type MessageKey } from '../lib/i18n/t';

/** The state's icon beside its word (the badge's own words, `slaToneLabel`), so it never reads by colour alone. */
const ICON: Record<CountdownTone, string> = { breached: '!', 'at-risk': '▲', ok: '●', paused: '‖', met: '✓', none: '–' };
/** Why a ticket is watched, as the key of its words (said at render, in the UI's language). */
const WHY: Record<DueSoonRow['why'], MessageKey> = { opened: 'popup_dueWhyOpened', list: 'popup_dueWhyList', mine: 'popup_dueWhyMine' };
/** Rows shown before "Show all": the popup is a small window, and the ones due first are what it is for. */
const FIRST = 5;

let dueFormat: { locale: string; format: Intl.DateTimeFormat } | null = null;
/**
 * The due instant, short ("Mon 09:21 AM"; "Mo., 09:21" in German): beside business time left, it says why a ticket
 * with more time left can be above one with less (a 24x7 target due tonight, before a business-hours one due Monday
 * morning). Made once per UI language.
 */
function dueShort(ms: number): string {
  const locale = formatLocale('en-US');
  if (dueFormat?.locale !== locale) dueFormat = { locale, format: new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit' }) };
  return dueFormat.format.format(ms);
}

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
        {t('popup_dueTitle')}{' '}
        <span className="el-due__meta">
          · {tp('popup_dueWatched', rows.length)} · {t('popup_dueUpdated', { age: formatAge(now - newest) })}
        </span>
      </h2>
      <ul className="el-due__list" ref={list} onKeyDown={onKeyDown}>
        {shown.map((row, i) => {
          const tone = { label: slaToneLabel(row.tone) || t('popup_dueNoRunningTarget'), icon: ICON[row.tone] };
          // The breached ones follow the upcoming ones (lib/alerts/overview.ts): a heading where they start.
          const firstBreached = row.tone === 'breached' && (i === 0 || shown[i - 1]!.tone !== 'breached');
          const target = row.metric ? metricLabel(row.metric) : t('popup_dueNoTarget');
          const age = dataAge(row, now);
          const left =
            row.remainingMs === null
              ? t('popup_dueNoRunningTargetInline')
              : row.tone === 'breached'
                ? t('popup_dueOverdue', { time: formatDuration(row.remainingMs) })
                : t('popup_dueLeft', { time: formatDuration(row.remainingMs) });
          const customer = row.customer ?? t('popup_dueCustomerUnknown');
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
                // No aria-label: the name is what the row shows, in its order (WCAG 2.5.3, Label in Name; axe checks it).
                title={row.targetLabel ? `${row.subject ?? row.label}\n${row.targetLabel}` : (row.subject ?? row.label)}
              >
                <span className={`el-due__state el-due__state--${row.tone}`}>
                  <span aria-hidden="true">{tone.icon}</span> {tone.label}
                </span>
                <span className="el-due__label">
                  {row.severity ? <span className={`el-due__sev el-due__sev--${row.severity}`}>S{row.severity}</span> : null}
                  {row.label} <span className="el-due__customer">{customer}</span>
                </span>
                <span className="el-due__left">{left}</span>
                <span className="el-due__sub">
                  {/* The tool first, never cut: Zendesk's #1001 and Freshdesk's #1001 are two tickets. */}
                  <span className="el-due__tool">{toolName(row.tool)}</span> · {target}
                  {row.dueAt !== null && ` ${t('popup_dueAt', { time: dueShort(row.dueAt) })}`} · {t(WHY[row.why])}
                  {row.snoozed && ` · ${t('popup_dueMuted')}`}
                  {age !== null && <span className="el-due__stale"> · {t('popup_dueDataAge', { minutes: age })}</span>}
                </span>
              </button>
              <button
                type="button"
                className="el-due__mute"
                onClick={() => onSnooze(row.key, !row.snoozed)}
                aria-pressed={row.snoozed}
                title={row.snoozed ? t('popup_dueNotifyAgain') : t('popup_dueStopNotifying')}
              >
                <Bell muted={row.snoozed} />
                <span className="el-sr">{row.snoozed ? t('popup_dueUnmute', { ticket: row.label }) : t('popup_dueMute', { ticket: row.label })}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {rows.length > FIRST && (
        <button type="button" className="el-due__more" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('popup_showFewer') : tp('popup_showAll', rows.length)}
        </button>
      )}
    </section>
  );
}
