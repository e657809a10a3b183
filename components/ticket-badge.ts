import { countdown, nextTarget, type Countdown, type CountdownTone } from '@/lib/overlay/countdown';
import type { SlaDecision } from '@/lib/policy';
import { formatDuration } from '@/lib/sla/format-duration';
import type { Calendar } from '@/lib/sla/types';
import type { AccountView, FetchProblem, TicketView } from '@/lib/views';
import { append, h, setText } from './dom';
import { formatAge, formatInstant } from './format';

/** Everything a badge shows of its ticket. */
export interface BadgeData {
  view: TicketView | null;
  organization: AccountView | null;
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

const TONE_LABEL: Record<CountdownTone, string> = { ok: 'On track', 'at-risk': 'At risk', breached: 'Breached', paused: 'Paused', met: 'Met', none: '' };
const METRIC_LABEL: Record<string, string> = { 'first-response': 'First response', resolution: 'Resolution', 'internal-first-response': 'Internal 1-hour goal' };

/**
 * One ticket's badge, rendered with the DOM (no React: the Zendesk content script must cost the host page next
 * to nothing, test/bench/PERFORMANCE.md). Severity, a live countdown to the next SLA due, the organization's
 * Slack chip; the button opens every target in a popover (the top layer, so the row's own box never grows).
 * `render` draws it from data; `tick` moves the countdown in place (text and tone only), so keyboard focus
 * and an open popover survive the clock.
 */
export class TicketBadgeView {
  private data: BadgeData | null = null;
  /** The target the countdown follows, chosen once per drawing (first response until met, then resolution). */
  private target: SlaDecision | null = null;
  private display: BadgeDisplay = { localZone: undefined, hour12: null };
  private badge: HTMLElement | null = null;
  private live: { tone: CountdownTone; text: string; timer: HTMLElement; state: HTMLElement } | null = null;
  private details: HTMLElement | null = null;
  private now = 0;

  /**
   * @param compact a badge in a table row: drawn to fill a fixed box (the host's, see ticket-badges.content/host.css) — the metric named for screen
   *   readers and in the details only, a problem's Retry before its (truncated) message — so that nothing it draws
   *   can change its row's layout. The ticket page's badge is not compact.
   */
  constructor(
    readonly ticketId: string,
    private readonly container: ShadowRoot,
    private readonly compact = false,
  ) {}

  render(data: BadgeData, display: BadgeDisplay, now: number): void {
    this.data = data;
    this.display = display;
    this.now = now;
    this.target = data.view ? nextTarget(data.view.sla) : null;
    const open = this.details?.matches(':popover-open') ?? false;
    if (open) this.details!.hidePopover();
    this.live = null;
    this.details = null;
    // A refresh redraws the badge: keyboard focus on its button (or Retry) moves to the new one.
    const focused = this.container.activeElement?.className ?? null;
    this.badge = data.view ? this.full(data, data.view, now) : this.empty(data);
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
    const text = formatDuration(c.remainingMs);
    if (this.details?.matches(':popover-open')) this.fillDetails();
    if (text !== this.live.text) {
      this.live.text = text;
      this.live.timer.dataset.shape = shape(text);
      setText(this.live.timer.firstElementChild!, text);
    }
    if (c.tone === this.live.tone) return null;
    this.badge.classList.replace(`el-badge--${this.live.tone}`, `el-badge--${c.tone}`);
    this.badge.dataset.tone = c.tone;
    setText(this.live.state, TONE_LABEL[c.tone]);
    this.live.tone = c.tone;
    return c.tone;
  }

  /** The target the countdown follows (for the ticker's choice of seconds or minutes). */
  get next(): SlaDecision | null {
    return this.target;
  }

  private empty(data: BadgeData): HTMLElement {
    const retry = data.onRetry && h('button', { class: 'el-link', attrs: { type: 'button' }, onClick: data.onRetry }, 'Retry');
    const message = data.loading ? '' : (data.problem?.message ?? '');
    return h(
      'span',
      { class: `el-badge el-badge--empty${this.compact ? ' el-badge--compact' : ''}`, attrs: { 'data-ticket': this.ticketId } },
      h('span', { class: 'el-badge__sev el-badge__sev--unknown' }, data.loading ? '…' : 'SLA ?'),
      data.problem && h('span', { class: 'el-badge__problem', attrs: { title: data.problem.message } }, ...(this.compact ? [retry, message] : [message, retry])),
    );
  }

  private full(data: BadgeData, view: TicketView, now: number): HTMLElement {
    const severity = view.ticket.severity;
    const c: Countdown | null = this.target ? countdown(this.target, data.calendars, now) : null;
    const tone = c?.tone ?? 'none';
    const main = h(
      'button',
      { class: 'el-badge__main', attrs: { type: 'button', title: 'SLA details', 'aria-expanded': 'false', 'aria-haspopup': 'dialog' }, onClick: () => this.toggleDetails() },
      h('span', { class: `el-badge__sev el-badge__sev--${severity ?? 'unknown'}` }, severity ? `Sev ${severity}` : 'Sev ?'),
    );
    if (c) {
      const text = formatDuration(c.remainingMs);
      // The countdown's box is sized by its text's SHAPE (digits as 0, tabular figures) drawn hidden by a ::before,
      // and the text is positioned over it: a new second re-lays out that span only, never the host's table.
      const timer = h('span', { class: 'el-badge__time', attrs: { role: 'timer', 'aria-live': 'off', 'data-shape': shape(text) } }, h('span', null, text));
      const state = h('span', { class: 'el-badge__state' }, TONE_LABEL[c.tone]);
      const metric = METRIC_LABEL[c.decision.metric] ?? c.decision.metric;
      main.append(h('span', { class: this.compact ? 'el-sr' : 'el-badge__metric' }, metric), timer, state);
      this.live = { tone: c.tone, text, timer, state };
    } else {
      main.append(h('span', { class: 'el-badge__metric' }, summary(view.sla)));
    }
    const slack = slackChip(data.organization, this.compact);
    const retry = data.onRetry && h('button', { class: 'el-link', attrs: { type: 'button' }, onClick: data.onRetry }, 'Retry');
    const stale = data.staleSince !== null && h('span', { class: 'el-badge__stale', attrs: { title: data.problem?.message } }, `stale · ${formatAge(now - data.staleSince)}`, retry);
    this.details = h('div', {
      class: 'el-badge__details',
      attrs: { role: 'dialog', 'aria-label': `SLA targets for ticket ${this.ticketId}`, popover: 'auto' },
    });
    // The popover is placed from the badge's position when it opens; a scroll of the page would leave it behind, so it closes.
    const closeOnScroll = () => this.details?.hidePopover();
    this.details.addEventListener('toggle', (event) => {
      const opened = (event as ToggleEvent).newState === 'open';
      main.setAttribute('aria-expanded', String(opened));
      if (opened) addEventListener('scroll', closeOnScroll, { capture: true, passive: true });
      else removeEventListener('scroll', closeOnScroll, { capture: true });
    });
    // In a row, staleness (and its Retry) comes before the Slack chip: if the box is too narrow, the chip is cut, not the warning.
    const parts = this.compact ? [main, stale, slack] : [main, slack, stale];
    return h('span', { class: `el-badge el-badge--${tone}${this.compact ? ' el-badge--compact' : ''}`, attrs: { 'data-ticket': this.ticketId, 'data-tone': tone } }, ...parts, this.details);
  }

  private toggleDetails(): void {
    if (this.details?.matches(':popover-open')) this.details.hidePopover();
    else this.openDetails();
  }

  private openDetails(): void {
    const details = this.details;
    const anchor = this.badge;
    if (!details || !anchor) return;
    this.fillDetails();
    details.showPopover();
    // Below the badge, kept inside the viewport (the popover is fixed; a scroll closes it).
    const at = anchor.getBoundingClientRect();
    const width = details.offsetWidth;
    details.style.left = `${Math.max(8, Math.min(at.left, innerWidth - width - 8))}px`;
    details.style.top = `${Math.min(at.bottom + 4, Math.max(8, innerHeight - details.offsetHeight - 8))}px`;
  }

  private fillDetails(): void {
    const { data, details, now } = this;
    if (!data?.view || !details) return;
    const { localZone, hour12 } = this.display;
    const organization = data.organization;
    details.replaceChildren();
    append(details, [
        organization && h('span', { class: 'el-badge__org' }, `${organization.evaluation.account.name ?? 'Organization'} · ${organization.evaluation.segment ?? 'segment unknown'}`),
        h(
          'table',
          { class: 'el-targets' },
          h('thead', null, h('tr', null, ...['Target', 'State', 'Due (yours)', 'Due (calendar)'].map((label) => h('th', { attrs: { scope: 'col' } }, label)))),
          h('tbody', null, ...data.view.sla.map((d) => targetRow(d, data.calendars, now, localZone, hour12))),
        ),
        data.view.warnings.length > 0 && h('span', { class: 'el-badge__warn' }, `⚠ ${data.view.warnings.join(' · ')}`),
    ]);
  }
}

function targetRow(d: SlaDecision, calendars: readonly Calendar[], now: number, localZone: string | undefined, hour12: boolean | null): HTMLElement {
  const live = d.dueAt ? countdown(d, calendars, now) : null;
  const state = d.state === 'no-deadline' ? 'No deadline' : d.state === 'see-contract' ? 'See contract' : d.state === 'unknown' ? 'Unknown' : live ? `${TONE_LABEL[live.tone]} · ${formatDuration(live.remainingMs)}` : d.state;
  return h(
    'tr',
    { class: live ? `el-target--${live.tone}` : undefined },
    h('th', { attrs: { scope: 'row' } }, METRIC_LABEL[d.metric] ?? d.metric, d.targetHours !== null && h('span', { class: 'el-note' }, ` (${d.targetHours} h, ${d.calendar})`)),
    h('td', null, state),
    h('td', null, d.dueAt ? formatInstant(d.dueAt, localZone, hour12) : '—'),
    h('td', null, d.dueAt && d.calendarZone ? formatInstant(d.dueAt, d.calendarZone, hour12) : '—'),
  );
}

const SLACK_LABEL = { yes: 'Slack', no: 'No Slack', am: 'Slack: account team only', unknown: 'Slack?' } as const;
/** In a row's fixed box: the same words, shorter; the chip's title gives the whole label and the reasons. */
const SLACK_LABEL_SHORT = { yes: 'Slack', no: 'No Slack', am: 'AM only', unknown: 'Slack?' } as const;

/** The organization's Slack right for support, as a chip: ✓ Slack, ✕ No Slack, ½ account team only, ? unknown. */
function slackChip(organization: AccountView | null, compact: boolean): HTMLElement | null {
  const slack = organization?.evaluation.slack;
  if (!slack) return null;
  const kind = slack.support.allowed === true ? 'yes' : slack.support.allowed === false && slack.accountManagement.allowed === false ? 'no' : slack.accountManagement.allowed === true ? 'am' : 'unknown';
  const icon = { yes: '✓', no: '✕', am: '½', unknown: '?' }[kind];
  const reasons = slack.support.reasons.concat(slack.accountManagement.reasons);
  const title = (compact && kind === 'am' ? [SLACK_LABEL.am, ...reasons] : reasons).join('\n');
  return h('span', { class: `el-chip el-chip--${kind}`, attrs: { title } }, h('span', { attrs: { 'aria-hidden': 'true' } }, icon), ` ${(compact ? SLACK_LABEL_SHORT : SLACK_LABEL)[kind]}`);
}

function summary(sla: SlaDecision[]): string {
  const contractual = sla.filter((d) => !d.internal);
  if (contractual.some((d) => d.state === 'see-contract')) return 'SLA: see contract';
  if (contractual.some((d) => d.state === 'unknown')) return 'SLA unknown';
  if (contractual.length && contractual.every((d) => d.state === 'met' || d.state === 'no-deadline')) return 'SLAs met';
  return 'No SLA';
}

const shape = (text: string) => text.replace(/[0-9]/g, '0');

/** The rules the badges need beyond components/styles.css: the countdown's fixed box, the compact row badge, the details popover. */
export const BADGE_CSS = `
.el-badge__time { position: relative; display: inline-block; }
.el-badge__time::before { content: attr(data-shape); visibility: hidden; }
.el-badge__time > span { position: absolute; inset: 0; white-space: nowrap; contain: size layout style; }
.el-badge { flex-wrap: nowrap; white-space: nowrap; }
.el-badge--compact { display: flex; width: 100%; height: 100%; overflow: hidden; gap: 4px; line-height: 1.25; }
.el-badge--compact .el-badge__main { flex: none; gap: 5px; padding: 1px 7px 1px 1px; }
.el-badge--compact .el-badge__sev { padding: 0 6px; }
.el-badge--compact .el-chip { flex: none; padding: 0 6px; }
.el-badge--compact .el-badge__problem, .el-badge--compact .el-badge__stale { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.el-badge--compact .el-badge__problem .el-link { margin: 0 4px 0 0; }
.el-badge__details[popover]:not(:popover-open) { display: none; }
.el-badge__details[popover] { position: fixed; inset: auto; margin: 0; width: max-content; max-width: calc(100vw - 16px); white-space: normal; }
`;
