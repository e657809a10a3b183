import { countdown, nextTarget, type Countdown, type CountdownTone } from '../countdown';
import type { SlaDecision } from '../../policy';
import { metricLabel, slaToneLabel, summariseSlack, targetStateLabel, type SlackSummary } from '../../policy/status-labels';
import { formatDuration, formatDurationShort } from '../../sla/format-duration';
import type { Calendar } from '../../sla/types';
import type { EvaluatedAccount, FetchProblem, EvaluatedTicket, ToolDue } from '../../messaging/answers';
import { append, h, setText } from './dom';
import { copyRow } from './copy-row';
import { ticketSummary, type SummaryFormat } from '../../policy/summary-text';
import { formatAge, formatInstant, segmentLabel, ticketNoun } from '../../domain/format';
import { t, tp, uiLanguage, type MessageKey } from '../../i18n/t';

/** Everything a badge shows of its ticket. */
export interface BadgeData {
  evaluated: EvaluatedTicket | null;
  organization: EvaluatedAccount | null;
  calendars: readonly Calendar[];
  problem: FetchProblem | null;
  /** When the data shown was fetched, if it is stale (a problem kept us from refreshing). */
  staleSince: number | null;
  loading: boolean;
  onRetry: (() => void) | null;
}

/** The agent's display choices (options page): zone for due times (undefined: the browser's) and clock style. */
export interface BadgeDisplay {
  localZone: string | undefined;
  hour12: boolean | null;
}

/** The state as an icon in a wide row badge (its word is in the accessible name). */
const TONE_ICON: Record<CountdownTone, string> = { ok: '●', 'at-risk': '▲', breached: '!', paused: '‖', met: '✓', none: '' };

/** The badges' fixed words in one language (see `badgeWords`). */
const readWords = (language: string) => ({
  language,
  retry: t('badges_retry'),
  slaUnknownShort: t('badges_slaUnknownShort'),
  slaDetails: t('badges_slaDetails'),
  sevUnknown: t('badges_sevUnknown'),
  severityUnknown: t('badges_severityUnknown'),
  stale: t('badges_stale'),
  late: t('badges_late'),
  addColumn: t('badges_addColumnShort'),
  loading: t('badges_loading'),
  noSlaData: t('badges_noSlaData'),
  loadingSla: t('badges_loadingSla'),
  noSlaDataShort: t('badges_noSlaDataShort'),
  noTarget: t('badges_noTarget'),
  met: t('badges_met'),
  summary: { contract: t('badges_slaSeeContract'), unknown: t('badges_slaUnknown'), met: t('badges_slasMet'), none: t('badges_noSla') } satisfies Record<TargetsSummary, string>,
  unmatchedLabel: t('badges_unmatchedLabel'),
  unknownAccountLabel: t('badges_unknownAccountLabel'),
});
let words: ReturnType<typeof readWords> | null = null;

/**
 * The badges' fixed words, read once per UI language and shared by every badge: a view draws many, and a row is
 * redrawn at each refresh. (A badge's own values, its name, severity and times, are worded as it is drawn.) Read at
 * the first drawing, never at module load.
 */
function badgeWords(): ReturnType<typeof readWords> {
  const language = uiLanguage();
  if (words?.language !== language) words = readWords(language);
  return words;
}

/** How a row badge is drawn: a chip, or severity + time + state + Slack. */
export type RowFit = 'narrow' | 'wide';
/** host.css makes a row's host 86 px wide in a wide column, 26–36 px otherwise: the fit follows the host's width. */
export const rowFit = (hostWidth: number): RowFit => (hostWidth >= 80 ? 'wide' : 'narrow');

/**
 * One ticket's badge, rendered with the DOM (no React: the Zendesk content script must cost the host page next
 * to nothing, test/bench/PERFORMANCE.md). Severity, a live countdown to the next SLA due, the organization's
 * Slack chip; the button opens every target in a popover (the top layer, so the row's own box never grows).
 * `render` draws it from data; `tick` moves the countdown in place (text and tone only), so keyboard focus
 * and an open popover survive the clock.
 */
export class TicketBadge {
  private data: BadgeData | null = null;
  /** The target the countdown follows, chosen once per drawing (first response until met, then resolution). */
  private target: SlaDecision | null = null;
  private display: BadgeDisplay = { localZone: undefined, hour12: null };
  private badge: HTMLElement | null = null;
  private live: { tone: CountdownTone; text: string; timer: HTMLElement; state: HTMLElement; main: HTMLElement } | null = null;
  private details: HTMLElement | null = null;
  /** The popover's part drawn when it opens (below a row's notices, which are drawn with the badge). */
  private detailsBody: HTMLElement | null = null;
  /** The targets' rows, the only part a tick redraws: text only, so focus in the popover (Retry) survives the clock. */
  private targetsBody: HTMLElement | null = null;
  private now = 0;

  /** How a row badge is drawn: chosen from its host's width (host.css sizes the host from its column). */
  private fit: RowFit = 'narrow';

  /** What the tool calls a ticket ("Case"), in the UI's language. */
  private readonly noun: string;

  /**
   * @param compact a badge in a table row, drawn to fill a fixed box (the host's, see ticket-badges.content/host.css)
   *   that host.css sizes from the subject column: a narrow chip (severity colour and time left) or, in a wide
   *   column, severity, time left, a state icon and a Slack icon. Every word is in the button's accessible name and
   *   in the details popover; nothing it draws can change its row's layout. The ticket page's badge is not compact.
   */
  constructor(
    readonly ticketId: string,
    private readonly container: ShadowRoot,
    private readonly compact = false,
    /** What the tool calls a ticket ("Case"; its adapter's noun, lib/sites/<tool>/); absent: a ticket. */
    noun?: string,
  ) {
    this.noun = ticketNoun(noun).name;
  }

  /** How the badge names its ticket: "Case 00001026", "Ticket 1042". */
  get name(): string {
    return `${this.noun} ${this.data?.evaluated?.label ?? this.ticketId}`;
  }

  /** Draws the badge; `fit` (rows only) says how much room its host has. */
  render(data: BadgeData, display: BadgeDisplay, now: number, fit: RowFit = this.fit): void {
    this.data = data;
    this.display = display;
    this.now = now;
    this.fit = fit;
    this.target = data.evaluated ? nextTarget(data.evaluated.sla) : null;
    const open = this.details?.matches(':popover-open') ?? false;
    if (open) this.details!.hidePopover();
    this.live = null;
    this.details = null;
    // A refresh redraws the badge: keyboard focus on its button (or Retry) moves to the new one.
    const focused = this.container.activeElement?.className ?? null;
    this.badge = this.compact ? this.row(data, now) : data.evaluated ? this.full(data, data.evaluated, now) : this.empty(data);
    this.container.replaceChildren(this.badge);
    if (focused) this.badge.querySelector<HTMLElement>(`.${focused.split(' ')[0]}`)?.focus();
    if (open) this.openDetails();
  }

  /** Moves the countdown to `now`; returns the tone when it changed (else null). */
  tick(now: number): CountdownTone | null {
    this.now = now;
    const { data, target: next } = this;
    if (!data || !next || !this.live || !this.badge) return null;
    const c = countdown(next, data.calendars, now);
    if (this.details?.matches(':popover-open')) this.refreshTargets();
    const live = this.live;
    const text = this.compact ? rowTime(c, this.fit) : formatDuration(c.remainingMs);
    const toneChanged = c.tone !== live.tone;
    if (text !== live.text || toneChanged) {
      live.text = text;
      if (this.compact) {
        setText(live.timer, text);
        // The accessible name follows the displayed time (a minute at a time), not every second.
        const label = rowLabel(this.name, data, c, now);
        live.main.setAttribute('aria-label', shownFirst(this.fit, data.evaluated?.ticket.severity ?? null, text, label));
        live.main.title = label;
      } else {
        live.timer.dataset.shape = shape(text);
        setText(live.timer.firstElementChild!, text);
      }
    }
    if (!toneChanged) return null;
    this.badge.classList.replace(`el-badge--${live.tone}`, `el-badge--${c.tone}`);
    this.badge.dataset.tone = c.tone;
    setText(live.state, this.compact ? TONE_ICON[c.tone] : slaToneLabel(c.tone));
    live.tone = c.tone;
    return c.tone;
  }

  /** The target the countdown follows (for the ticker's choice of seconds or minutes). */
  get next(): SlaDecision | null {
    return this.target;
  }

  private empty(data: BadgeData): HTMLElement {
    const w = badgeWords();
    const retry = data.onRetry && h('button', { class: 'el-link', attrs: { type: 'button' }, onClick: data.onRetry }, w.retry);
    const message = data.loading ? '' : (data.problem?.message ?? '');
    return h(
      'span',
      { class: 'el-badge el-badge--empty', attrs: { 'data-ticket': this.ticketId } },
      h('span', { class: 'el-badge__sev el-badge__sev--unknown' }, data.loading ? '…' : w.slaUnknownShort),
      data.problem && h('span', { class: 'el-badge__problem', attrs: { title: data.problem.message } }, message, retry),
    );
  }

  private full(data: BadgeData, evaluated: EvaluatedTicket, now: number): HTMLElement {
    const severity = evaluated.ticket.severity;
    const c: Countdown | null = this.target ? countdown(this.target, data.calendars, now) : null;
    const tone = c?.tone ?? 'none';
    const w = badgeWords();
    const main = h(
      'button',
      { class: 'el-badge__main', attrs: { type: 'button', title: w.slaDetails, 'aria-expanded': 'false', 'aria-haspopup': 'dialog' }, onClick: () => this.toggleDetails() },
      h('span', { class: `el-badge__sev el-badge__sev--${severity ?? 'unknown'}` }, severity ? t('badges_sev', { severity }) : w.sevUnknown),
    );
    if (c) {
      const text = formatDuration(c.remainingMs);
      // The countdown's box is sized by its text's SHAPE (digits as 0, tabular figures) drawn hidden by a ::before,
      // and the text is positioned over it: a new second re-lays out that span only, never the host's table.
      const timer = h('span', { class: 'el-badge__time', attrs: { role: 'timer', 'aria-live': 'off', 'data-shape': shape(text) } }, h('span', null, text));
      const state = h('span', { class: 'el-badge__state' }, slaToneLabel(c.tone));
      const metric = metricLabel(c.decision.metric);
      main.append(h('span', { class: 'el-badge__metric' }, metric), timer, state);
      this.live = { tone: c.tone, text, timer, state, main };
    } else {
      main.append(h('span', { class: 'el-badge__metric' }, w.summary[summary(evaluated.sla)]));
    }
    const slack = slackChip(data.organization) ?? unknownAccountChip(evaluated);
    const differs = differsMark(evaluated);
    const retry = data.onRetry && h('button', { class: 'el-link', attrs: { type: 'button' }, onClick: data.onRetry }, w.retry);
    const stale =
      data.staleSince !== null && h('span', { class: 'el-badge__stale', attrs: { title: data.problem?.message } }, `${w.stale} · ${formatAge(now - data.staleSince)}`, retry);
    this.details = this.popover(main);
    return h('span', { class: `el-badge el-badge--${tone}`, attrs: { 'data-ticket': this.ticketId, 'data-tone': tone } }, main, slack, differs, stale, this.details);
  }

  /**
   * A row's badge: one button (opening the details) in the host's fixed box. Narrow: a chip in the severity's colour
   * with the time left. Wide: severity, time left and the state's icon, then the Slack right as an icon. What does
   * not fit in the row (the metric, a problem, staleness and their Retry) is in the popover; every word is in the
   * button's accessible name and tooltip.
   */
  private row(data: BadgeData, now: number): HTMLElement {
    const evaluated = data.evaluated;
    const c: Countdown | null = evaluated && this.target ? countdown(this.target, data.calendars, now) : null;
    const tone = c?.tone ?? 'none';
    const severity = evaluated?.ticket.severity ?? null;
    const sev = severity === null ? 'unknown' : String(severity);
    const label = c ? rowLabel(this.name, data, c, now) : rowLabelWithout(this.name, data);
    // A list view without a column the SLA needs says so (the column's name is in the label and the popover).
    const text = c
      ? rowTime(c, this.fit)
      : data.loading && !data.problem
        ? '…'
        : evaluated?.missing?.length
          ? badgeWords().addColumn
          : evaluated
            ? WITHOUT_COUNTDOWN[summary(evaluated.sla)]
            : '?';
    const main = h('button', {
      class: 'el-badge__main',
      attrs: { type: 'button', 'aria-label': shownFirst(this.fit, severity, text, label), title: label, 'aria-expanded': 'false', 'aria-haspopup': 'dialog' },
      onClick: () => this.toggleDetails(),
    });
    const timer = h('span', { class: 'el-badge__time', attrs: c ? { role: 'timer' } : {} }, text);
    const state = h('span', { class: 'el-badge__icon', attrs: { 'aria-hidden': 'true' } }, TONE_ICON[tone]);
    if (this.fit === 'narrow') main.append(h('span', { class: `el-badge__chip el-badge__chip--${sev}` }, timer));
    else main.append(h('span', { class: `el-badge__sev el-badge__sev--${sev}` }, severity === null ? 'S?' : `S${severity}`), timer, state);
    if (c) this.live = { tone: c.tone, text, timer, state, main };
    const slack = this.fit === 'wide' ? (slackIcon(data.organization) ?? unknownAccountIcon(evaluated)) : null;
    this.details = this.popover(main);
    const classes = `el-badge el-badge--row el-badge--${this.fit} el-badge--${tone}${data.staleSince !== null ? ' el-badge--stale' : ''}${!evaluated ? ' el-badge--empty' : ''}`;
    return h('span', { class: classes, attrs: { 'data-ticket': this.ticketId, 'data-tone': evaluated ? tone : null } }, main, slack, this.details);
  }

  /** The details popover of `main`, in the top layer (the row's own box never grows); closed by a scroll of the page. */
  private popover(main: HTMLElement): HTMLElement {
    const details = h('div', {
      class: 'el-badge__details',
      attrs: { role: 'dialog', 'aria-label': t('badges_detailsLabel', { name: this.name }), popover: 'auto' },
    });
    // The popover is placed from the badge's position when it opens; a scroll of the page would leave it behind, so it closes.
    // A popover removed with its row (Zendesk re-renders rows on sort and refresh) is hidden without a `toggle`
    // event: the listener then removes itself at the next scroll instead of staying for the page's life.
    const closeOnScroll = () => {
      if (details.isConnected) details.hidePopover();
      else removeEventListener('scroll', closeOnScroll, { capture: true });
    };
    details.addEventListener('toggle', (event) => {
      const opened = (event as ToggleEvent).newState === 'open';
      main.setAttribute('aria-expanded', String(opened));
      if (opened) addEventListener('scroll', closeOnScroll, { capture: true, passive: true });
      else removeEventListener('scroll', closeOnScroll, { capture: true });
    });
    // A row's problem and staleness (with their Retry) live in its popover, filled now so they can be read at once.
    if (this.compact && this.data) append(details, this.rowNotices(this.data));
    this.detailsBody = h('div', { class: 'el-badge__body' });
    this.targetsBody = null;
    details.append(this.detailsBody);
    return details;
  }

  /** What happened to a row's data, in words, with Retry: the last good data is stale, or there is none. */
  private rowNotices(data: BadgeData): Node[] {
    const now = this.now;
    const w = badgeWords();
    const retry = () => data.onRetry && h('button', { class: 'el-link', attrs: { type: 'button' }, onClick: data.onRetry }, w.retry);
    const out: Node[] = [];
    if (data.staleSince !== null)
      out.push(h('span', { class: 'el-badge__stale', attrs: { title: data.problem?.message } }, `${w.stale} · ${formatAge(now - data.staleSince)}`, retry()));
    else if (data.problem) out.push(h('span', { class: 'el-badge__problem', attrs: { title: data.problem.message } }, data.problem.message, retry()));
    else if (!data.evaluated) out.push(h('span', { class: 'el-note' }, data.loading ? w.loading : w.noSlaData));
    return out;
  }

  private toggleDetails(): void {
    if (this.details?.matches(':popover-open')) this.details.hidePopover();
    else this.openDetails();
  }

  private openDetails(): void {
    const details = this.details;
    const anchor = this.badge;
    if (!details || !anchor) return;
    if (this.data?.evaluated) this.fillDetails();
    details.showPopover();
    // Below the badge, kept inside the viewport (the popover is fixed; a scroll closes it).
    const at = anchor.getBoundingClientRect();
    const width = details.offsetWidth;
    details.style.left = `${Math.max(8, Math.min(at.left, innerWidth - width - 8))}px`;
    details.style.top = `${Math.min(at.bottom + 4, Math.max(8, innerHeight - details.offsetHeight - 8))}px`;
  }

  private fillDetails(): void {
    const { data, detailsBody } = this;
    if (!data?.evaluated || !detailsBody) return;
    const evaluated = data.evaluated;
    const slack = this.compact ? slackLine(data.organization) : null;
    const organization = data.organization;
    const { localZone, hour12 } = this.display;
    this.targetsBody = h('tbody', null);
    detailsBody.replaceChildren();
    append(detailsBody, [
      ...missingLines(evaluated, this.compact),
      organization &&
        h(
          'span',
          { class: 'el-badge__org' },
          `${organization.evaluation.account.name ?? t('badges_organization')} · ${organization.evaluation.segment ? segmentLabel(organization.evaluation.segment) : t('badges_segmentUnknown')}`,
        ),
      organization && matchedLine(evaluated),
      !organization && accountLine(evaluated),
      evaluated.entitlement && h('span', { class: 'el-badge__org el-badge__entitlement' }, t('badges_entitlement', { name: evaluated.entitlement })),
      slack,
      h('table', { class: 'el-targets' }, h('thead', null, h('tr', null, ...COLUMNS.map((key) => h('th', { attrs: { scope: 'col' } }, t(key))))), this.targetsBody),
      ...(evaluated.toolDue ?? []).map((due) => toolDueLine(due, localZone, hour12)),
      evaluated.warnings.length > 0 && h('span', { class: 'el-badge__warn' }, `⚠ ${evaluated.warnings.join(' · ')}`),
      // Copy as text (issue 14): drawn with the details, the text built only on a click.
      copyRow(t('badges_copyWhat', { name: this.name }), (format) => this.summary(format)),
    ]);
    this.refreshTargets();
  }

  /** What the Copy buttons copy: the ticket, its targets and its organization, at the click, in the agent's zone and clock style. */
  private summary(format: SummaryFormat): string {
    const { data } = this;
    const evaluated = data?.evaluated;
    if (!data || !evaluated) return this.name;
    const { localZone, hour12 } = this.display;
    const now = Date.now();
    return ticketSummary(
      { ticketLabel: this.name, severity: evaluated.ticket.severity, decisions: evaluated.sla, live: (d) => countdown(d, data.calendars, now) },
      data.organization?.evaluation ?? null,
      { format, now, zone: localZone, hour12, accountNote: accountNote(evaluated) },
    );
  }

  private refreshTargets(): void {
    const { data, targetsBody, now } = this;
    if (!data?.evaluated || !targetsBody) return;
    const { localZone, hour12 } = this.display;
    targetsBody.replaceChildren(...data.evaluated.sla.map((d) => targetRow(d, data.calendars, now, localZone, hour12)));
  }
}

/** The details table's columns. */
const COLUMNS: readonly MessageKey[] = ['badges_colTarget', 'badges_colState', 'badges_colDueYours', 'badges_colDueCalendar'];

function targetRow(d: SlaDecision, calendars: readonly Calendar[], now: number, localZone: string | undefined, hour12: boolean | null): HTMLElement {
  const live = d.dueAt ? countdown(d, calendars, now) : null;
  // The same words as the copied summary (status-labels.ts): one name per state on every surface.
  const state = targetStateLabel(d, live);
  return h(
    'tr',
    { class: live ? `el-target--${live.tone}` : undefined },
    h('th', { attrs: { scope: 'row' } }, metricLabel(d.metric), d.targetHours !== null && h('span', { class: 'el-note' }, ` (${d.targetHours} h, ${d.calendar})`)),
    h('td', null, state),
    h('td', null, d.dueAt ? formatInstant(d.dueAt, localZone, hour12) : '—'),
    h('td', null, d.dueAt && d.calendarZone ? formatInstant(d.dueAt, d.calendarZone, hour12) : '—'),
  );
}

/** The organization's Slack right in one word (summariseSlack), or null without an organization. */
function slackOf(organization: EvaluatedAccount | null): (SlackSummary & { reasons: string[] }) | null {
  const slack = organization?.evaluation.slack;
  if (!slack) return null;
  return { ...summariseSlack(slack), reasons: slack.support.reasons.concat(slack.accountManagement.reasons) };
}

/** As a chip: ✓ Slack, ✕ No Slack, ½ account team only, ? unknown (the ticket page's badge). */
function slackChip(organization: EvaluatedAccount | null): HTMLElement | null {
  const slack = slackOf(organization);
  if (!slack) return null;
  return h(
    'span',
    { class: `el-chip el-chip--${slack.kind}`, attrs: { title: slack.reasons.join('\n') } },
    h('span', { attrs: { 'aria-hidden': 'true' } }, slack.icon),
    ` ${slack.label}`,
  );
}

/** As an icon in a wide row badge (its words are in the badge's accessible name and the chip's tooltip). */
function slackIcon(organization: EvaluatedAccount | null): HTMLElement | null {
  const slack = slackOf(organization);
  if (!slack) return null;
  return h('span', { class: `el-chip el-chip--${slack.kind} el-chip--icon`, attrs: { title: [slack.label, ...slack.reasons].join('\n'), 'aria-hidden': 'true' } }, slack.icon);
}

/** As a line of a row's popover. */
function slackLine(organization: EvaluatedAccount | null): HTMLElement | null {
  const slack = slackOf(organization);
  if (!slack) return null;
  return h('span', { class: `el-badge__slack` }, slackChip(organization), ' ', slack.reasons[0] ?? '');
}

/** The row badge's accessible name and tooltip: every word the chip leaves out. */
/**
 * A row button's accessible name begins with what it shows ("S1 24m"), then says it in words: a speech-input user
 * says what they see to press it (WCAG 2.5.3, Label in Name), and a screen reader hears the rest.
 */
function shownFirst(fit: string, severity: number | null, text: string, label: string): string {
  const shown = fit === 'narrow' ? text : `${severity === null ? 'S?' : `S${severity}`} ${text}`;
  return `${shown} · ${label}`;
}

function rowLabel(name: string, data: BadgeData, c: Countdown, now: number): string {
  const severity = data.evaluated?.ticket.severity;
  const metric = metricLabel(c.decision.metric);
  // To the minute: the name is rewritten when the row's time changes (each minute), not each second.
  const minutes = (ms: number) => formatDuration(ms).replace(/ \d\ds$/, '');
  const w = badgeWords();
  const time = c.tone === 'breached' ? t('badges_overdue', { time: minutes(-c.remainingMs) }) : c.tone === 'met' ? w.met : t('badges_left', { time: minutes(c.remainingMs) });
  const slack = slackOf(data.organization);
  return [
    name,
    severity ? t('badges_sev', { severity }) : w.severityUnknown,
    t('badges_rowTarget', { metric, state: slaToneLabel(c.tone) || w.noTarget, time }),
    slack?.label ?? unknownAccountLabel(data.evaluated),
    differsLabel(data.evaluated),
    data.staleSince !== null && `${w.stale} · ${formatAge(now - data.staleSince)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function rowLabelWithout(name: string, data: BadgeData): string {
  const evaluated = data.evaluated;
  const w = badgeWords();
  if (!evaluated) return `${name} · ${data.problem ? data.problem.message : data.loading ? w.loadingSla : w.noSlaDataShort}`;
  const slack = slackOf(data.organization);
  const severity = evaluated.ticket.severity;
  const missing = evaluated.missing?.length ? missingText(evaluated.missing) : null;
  return [name, severity ? t('badges_sev', { severity }) : w.severityUnknown, missing ?? w.summary[summary(evaluated.sla)], slack?.label ?? unknownAccountLabel(evaluated)]
    .filter(Boolean)
    .join(' · ');
}

/**
 * What the page lacks, as the thing to do: a list view's column ("Add Date/Time Opened to this list view for SLAs"),
 * or a record page's field ("Add Date/Time Opened to this page's layout for SLAs").
 */
const missingText = (missing: readonly string[], row = true) => t(row ? 'badges_missingList' : 'badges_missingLayout', { fields: missing.join(t('badges_fieldsAnd')) });

function missingLines(evaluated: EvaluatedTicket, row: boolean): HTMLElement[] {
  return evaluated.missing?.length ? [h('span', { class: 'el-badge__warn el-badge__missing' }, missingText(evaluated.missing, row))] : [];
}

/** The ticket links an account Lens does not know: what is unknown is said, never "not allowed". */
const unknownAccount = (evaluated: EvaluatedTicket | null) => (evaluated?.account && !evaluated.account.known ? evaluated.account : null);
/** A named organization (JSM) no directory account matched, rather than an account link Lens has not seen. */
const unmatched = (evaluated: EvaluatedTicket | null) => unknownAccount(evaluated)?.matchedBy !== undefined;
const unknownAccountLabel = (evaluated: EvaluatedTicket | null) =>
  unknownAccount(evaluated) ? (unmatched(evaluated) ? badgeWords().unmatchedLabel : badgeWords().unknownAccountLabel) : null;

function unknownAccountChip(evaluated: EvaluatedTicket): HTMLElement | null {
  if (!unknownAccount(evaluated)) return null;
  const title = unmatched(evaluated) ? t('badges_unmatchedTitle') : t('badges_unknownAccountTitle');
  return h(
    'span',
    { class: 'el-chip el-chip--unknown', attrs: { title } },
    h('span', { attrs: { 'aria-hidden': 'true' } }, '?'),
    ` ${unmatched(evaluated) ? t('badges_noMatch') : t('badges_accountUnknown')}`,
  );
}

function unknownAccountIcon(evaluated: EvaluatedTicket | null): HTMLElement | null {
  if (!unknownAccount(evaluated)) return null;
  return h('span', { class: 'el-chip el-chip--unknown el-chip--icon', attrs: { title: t('badges_accountUnknownTitle'), 'aria-hidden': 'true' } }, '?');
}

/** The account line of the details when Lens has no evaluation: the link to open it, or why there is none. */
function accountLine(evaluated: EvaluatedTicket): HTMLElement | null {
  const account = evaluated.account;
  if (account === undefined) return null;
  if (account === null) return h('span', { class: 'el-badge__org' }, t('badges_noAccount'));
  const name = account.name ?? t('badges_thisAccount');
  // An organization the tool names only by name (JSM): matched in the directory, or said not to be; never guessed.
  if (account.matchedBy !== undefined)
    return h(
      'span',
      { class: 'el-badge__org el-badge__unknown-account' },
      account.candidates ? tp('badges_orgCandidates', account.candidates, { name }) : t('badges_orgNoMatch', { name }),
    );
  const open = t('badges_openAccountOnce');
  return h(
    'span',
    { class: 'el-badge__org el-badge__unknown-account' },
    t('badges_notKnownYet', { name }),
    account.url ? h('a', { class: 'el-link', attrs: { href: account.url, target: '_top' } }, open) : open,
    t('badges_orSyncDirectory'),
  );
}

/** What the copied summary says of the account when Lens has no evaluation of it: the account line's facts, in a line. */
function accountNote(evaluated: EvaluatedTicket): string | null {
  const account = evaluated.account;
  if (account === null || (account === undefined && evaluated.organizationKey === null)) return t('copy_noteNone');
  if (!account || account.known) return null;
  const name = account.name ? t('copy_quoted', { name: account.name }) : t('badges_thisAccount');
  if (account.matchedBy !== undefined) return account.candidates ? tp('copy_noteCandidates', account.candidates, { name }) : t('copy_noteNoMatch', { name });
  return t('copy_noteNotKnown', { name });
}

/** How a named organization (JSM) was matched to the directory's account: said, so a wrong match can be seen. */
function matchedLine(evaluated: EvaluatedTicket): HTMLElement | null {
  const account = evaluated.account;
  if (!account?.matchedBy) return null;
  const name = account.name ?? '';
  return h('span', { class: 'el-badge__org el-badge__matched' }, account.matchedBy === 'domain' ? t('badges_matchedByDomain', { name }) : t('badges_matchedByName', { name }));
}

const METRIC_WORDS: Record<string, MessageKey> = {
  'first-response': 'badges_metricFirstResponse',
  'next-response': 'badges_metricNextResponse',
  resolution: 'badges_metricResolution',
  'internal-first-response': 'badges_metricInternalFirstResponse',
};

/** A target's metric as a word inside a sentence ("first response"); null for a policy's own metric (shown by its id). */
export const metricWord = (metric: string): string | null => (Object.hasOwn(METRIC_WORDS, metric) ? t(METRIC_WORDS[metric]!) : null);

/** "HubSpot's SLA: first response due 14:00; the handbook's: due 12:30 (1h 30m earlier)". */
function toolDueLine(due: ToolDue, localZone: string | undefined, hour12: boolean | null): HTMLElement {
  const metric = metricWord(due.metric) ?? due.metric;
  const toolDue = `${t('badges_toolDue', { tool: due.toolName, metric, time: formatInstant(due.dueAt, localZone, hour12) })}${due.status ? ` (${due.status})` : ''}`;
  if (!due.handbookDueAt || !due.comparison) return h('span', { class: 'el-badge__tool-due' }, t('badges_toolDueNoHandbook', { toolDue, metric }));
  const handbook = t('badges_handbookDue', { time: formatInstant(due.handbookDueAt, localZone, hour12) });
  const { comparison } = due;
  const time = formatDuration(Math.abs(comparison.differenceMs)).replace(/ \d\ds$/, '');
  const by = comparison.handbookIs === 'same' ? t('badges_handbookSame') : t(comparison.handbookIs === 'earlier' ? 'badges_handbookEarlier' : 'badges_handbookLater', { time });
  return h('span', { class: `el-badge__tool-due${comparison.differs ? ' el-badge__tool-due--differs' : ''}` }, t('badges_toolDueCompared', { toolDue, handbook, by }));
}

/** A tool's own due time parts from the handbook's beyond the policy's tolerance. */
const differing = (evaluated: EvaluatedTicket | null) => (evaluated?.toolDue ?? []).filter((d) => d.comparison?.differs);
const differsLabel = (evaluated: EvaluatedTicket | null) => {
  const d = differing(evaluated)[0];
  return d ? t('badges_differsLabel', { tool: d.toolName }) : null;
};

function differsMark(evaluated: EvaluatedTicket): HTMLElement | null {
  const d = differing(evaluated)[0];
  if (!d) return null;
  return h(
    'span',
    { class: 'el-chip el-chip--differs', attrs: { title: t('badges_differsTitle', { tool: d.toolName }) } },
    '≠ ',
    t('badges_differsChip', { tool: d.toolShortName ?? d.toolName }),
  );
}

/** Business hours a row shows at most, either way: more is shown as this (never more time than is left). */
const ROW_MAX_MS = 99 * 3_600_000;

/**
 * The time a row shows: one unit (minutes under an hour, else hours, at most 99 either way, so it fits its box).
 * A narrow chip has room for about three digits and a unit: overdue reads "late" there (the amount is in its name and
 * popover).
 */
function rowTime(c: Countdown, fit: RowFit): string {
  if (c.tone === 'met') return TONE_ICON.met;
  if (fit === 'narrow' && c.tone === 'breached') return badgeWords().late;
  return formatDurationShort(Math.max(-ROW_MAX_MS, Math.min(c.remainingMs, ROW_MAX_MS)));
}

/** What a row shows where there is no countdown: the targets are met, unknown, or not ours to count (contract, none). */
const WITHOUT_COUNTDOWN: Record<TargetsSummary, string> = { met: '✓', unknown: '?', contract: '–', none: '–' };

/** The ticket's targets in one word where there is no countdown (its words: `badgeWords().summary`). */
type TargetsSummary = 'contract' | 'unknown' | 'met' | 'none';

function summary(sla: SlaDecision[]): TargetsSummary {
  const contractual = sla.filter((d) => !d.internal);
  if (contractual.some((d) => d.state === 'see-contract')) return 'contract';
  if (contractual.some((d) => d.state === 'unknown')) return 'unknown';
  if (contractual.length && contractual.every((d) => d.state === 'met' || d.state === 'no-deadline')) return 'met';
  return 'none';
}

const shape = (text: string) => text.replace(/[0-9]/g, '0');
