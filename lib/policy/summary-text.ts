/**
 * "Copy as text" (issue 14): an account's evaluation, and a ticket's SLA targets, as a dozen lines to paste into Slack,
 * an email or an internal note, in plain text or Markdown. The words are the panel's and the badge's own (status-labels.ts,
 * lib/domain/format.ts), so the text says what the screen says; an unknown value is said as unknown, never left out.
 * Pure: the clock and the zone are parameters, and the text is built only when someone copies.
 */
import { deploymentLabel, formatDate, formatInstant, formatMoney, segmentLabel } from '../domain/format';
import type { Severity } from '../domain/ticket';
import { t, tp } from '../i18n/t';
import type { Countdown } from './sla-countdown';
import {
  deprovisionNote,
  discountLabel,
  kpiLabel,
  mandatoryLabel,
  metricLabel,
  noSlackHeadline,
  offeringLabel,
  packageName,
  rightLabel,
  summariseSlack,
  targetStateLabel,
} from './status-labels';
import type { SlaDecision } from './ticket-sla';
import type { Evaluation, OfferingDecision } from './types';

export type SummaryFormat = 'text' | 'markdown';

/** A ticket's SLA targets, as its badge shows them. */
export interface SlaSummary {
  /** How the badge names the ticket: "Ticket 1042", "Case 00001026". */
  ticketLabel: string;
  /** The ticket's severity; left out, the one its contractual targets were chosen for (null: unknown). */
  severity?: Severity | null;
  decisions: readonly SlaDecision[];
  /**
   * The business time left at `now`, as the badge counts it (lib/policy/sla-countdown.ts `countdown` with the policy's
   * calendars); without it, the time left as evaluated. A parameter, not an import: the CRM panel copies an account
   * without a ticket, and its script need not carry the calendar tables and their time-zone library.
   */
  live?: (decision: SlaDecision) => Countdown | null;
}

export interface SummaryOptions {
  format: SummaryFormat;
  /** The instant SLA states and time left are counted at (epoch ms). */
  now: number;
  /** The IANA zone due times are shown in (as the badge's "Due (yours)"); undefined: the viewer's own. */
  zone?: string;
  /** The clock style of due times; null or undefined: the locale's. */
  hour12?: boolean | null;
  /** With a ticket: its SLA targets, after the account's facts. */
  sla?: SlaSummary | null;
}

/**
 * An account's summary: name, segment, ARR and deployment, Slack rights with the granting package, the discount with
 * its approvers, the purchased packages, the offerings by status, implementation, and the policy with the warnings
 * count; with `sla`, the ticket's targets and due times too.
 * @example accountSummary(evaluation, { format: 'text', now }).split('\n')[0] // 'Acme · Enterprise · ARR $250,000 · Self-hosted'
 */
export function accountSummary(evaluation: Evaluation, options: SummaryOptions): string {
  const w = writer(options.format);
  const blocks = [accountBlock(evaluation, w)];
  if (options.sla) blocks.push(slaBlock(options.sla, options, w));
  // The policy line closes the text whatever comes before it: whose rules these answers are.
  blocks[blocks.length - 1]!.facts.push(policyFact(evaluation, w));
  return render(blocks);
}

/**
 * A ticket's summary for its badge: the ticket with its severity and every SLA target (state, time left, due time),
 * then its organization's account summary; without one, `accountNote` says why its entitlements are unknown.
 * @example ticketSummary({ ticketLabel: 'Ticket 1042', decisions }, null, { format: 'markdown', now }).split('\n')[0] // '**Ticket 1042** · Sev 1'
 */
export function ticketSummary(sla: SlaSummary, evaluation: Evaluation | null, options: Omit<SummaryOptions, 'sla'> & { accountNote?: string | null }): string {
  const w = writer(options.format);
  const ticket = slaBlock(sla, options, w);
  if (!evaluation) {
    ticket.facts.push(w.fact(t('copy_account'), w.value(options.accountNote ?? t('copy_accountNotKnown'))));
    return render([ticket]);
  }
  const account = accountBlock(evaluation, w);
  account.facts.push(policyFact(evaluation, w));
  return render([ticket, account]);
}

/** A heading line and its facts (bullets in Markdown). */
interface Block {
  head: string;
  facts: string[];
}

/** How one format writes a value, a fact and a heading. Values from the CRM or the policy go through `value`; this file's own words do not. */
interface Writer {
  value(text: string): string;
  fact(label: string, value: string): string;
  heading(title: string, rest: string[]): string;
}

function writer(format: SummaryFormat): Writer {
  const value = format === 'markdown' ? (text: string) => escapeMarkdown(clean(text)) : clean;
  return {
    value,
    // A label can be the policy's (a Slack right's name, a calendar's id): escaped like any value.
    fact: (label, text) => (format === 'markdown' ? `- **${value(label)}:** ${text}` : `${clean(label)}: ${text}`),
    heading: (title, rest) => [format === 'markdown' ? `**${title}**` : title, ...rest].join(' · '),
  };
}

// Blocks are apart by a blank line: in Markdown a line right after a list item would continue that item.
const render = (blocks: Block[]) => blocks.map((b) => [b.head, ...b.facts].join('\n')).join('\n\n');

/** The panel's header and sections, one line each. */
function accountBlock(e: Evaluation, w: Writer): Block {
  const name = clean(e.account.name ?? '');
  const head = w.heading(name ? w.value(name) : t('copy_accountNameUnknown'), [
    e.segment ? segmentLabel(e.segment)! : t('common_segmentUnknown'),
    t('copy_arr', { amount: formatMoney(e.arr) }),
    e.account.deployment ? deploymentLabel(e.account.deployment)! : t('common_deploymentUnknown'),
  ]);
  return { head, facts: [...slackFacts(e, w), discountFact(e, w), packagesFact(e, w), ...offeringFacts(e, w), ...implementationFacts(e, w)] };
}

/** As the panel's Slack section: the headline when there is no Slack, then each right with the package granting it. */
function slackFacts(e: Evaluation, w: Writer): string[] {
  const { slack, purchased } = e;
  const out: string[] = [];
  if (summariseSlack(slack).kind === 'no') {
    // i18n-exempt: a product name, the same in every language (the fact's words are the panel's, status-labels.ts)
    out.push(w.fact('Slack', `${noSlackHeadline(slack.optedOut)}${slack.optedOut ? `. ${deprovisionNote(slack.deprovisionAt)}` : ''}`));
  }
  for (const right of [slack.support, slack.accountManagement]) {
    const via = packageName(right.via, purchased);
    const until = via && right.until ? ` · ${t('copy_until', { date: formatDate(right.until) })}` : '';
    out.push(w.fact(right.label, `${rightLabel(right.allowed).label}${via ? ` · ${t('copy_via', { package: w.value(via) })}${until}` : ''}`));
  }
  return out;
}

function discountFact(e: Evaluation, w: Writer): string {
  const { status, approvers } = e.discount;
  return w.fact(t('copy_discount'), `${discountLabel(status).label}${approvers.length ? ` · ${t('copy_approval', { approvers: approvers.map(w.value).join(', ') })}` : ''}`);
}

/** The packages the account holds, by name; unreadable is said, and so is none. */
function packagesFact(e: Evaluation, w: Writer): string {
  const { purchased } = e;
  const names = purchased === null ? t('copy_packagesUnreadable') : purchased.length ? purchased.map((p) => w.value(p.name)).join(', ') : t('copy_packagesNone');
  return w.fact(t('copy_packages'), names);
}

/**
 * The offerings by status, in the order a seller asks: what comes with what they hold, what can be sold, what cannot
 * be told, what is not offered. Purchased offerings are left to the Packages line, which names the package bought.
 */
const OFFERING_ORDER: ReadonlyArray<OfferingDecision['status']> = ['included', 'available', 'unknown', 'not-offered'];

function offeringFacts(e: Evaluation, w: Writer): string[] {
  return OFFERING_ORDER.flatMap((status) => {
    const list = e.offerings.filter((o) => o.status === status);
    if (!list.length) return [];
    return [w.fact(offeringLabel(status).label, list.map((o) => offeringName(o, e, w)).join(', '))];
  });
}

/** "Slack Account Management (with Slack Support until 15 Dec 2026)", as the panel's "why" of an inclusion. */
function offeringName(o: OfferingDecision, e: Evaluation, w: Writer): string {
  const via = o.status === 'included' ? packageName(o.via, e.purchased) : null;
  if (!via) return w.value(o.name);
  const named = { name: w.value(o.name), package: w.value(via) };
  return o.until ? t('copy_withPackageUntil', { ...named, date: formatDate(o.until) }) : t('copy_withPackage', named);
}

/** Whether Implementation Services is mandatory, a dedicated TA, and the KPI's day, as the panel's section. */
function implementationFacts(e: Evaluation, w: Writer): string[] {
  const i = e.implementation;
  if (!i) return [];
  const parts = [mandatoryLabel(i).label];
  if (i.dedicatedTa?.eligible) parts.push(t('copy_dedicatedTa'));
  if (i.kpi) parts.push(`${kpiLabel(i.kpi)}${i.kpi.status === 'overdue' ? ` · ${t('copy_overdue')}` : ''}`);
  return [w.fact(t('copy_implementation'), parts.join(' · '))];
}

/** The panel footer's policy, and its header's warnings count (the warnings themselves are in the panel). */
function policyFact(e: Evaluation, w: Writer): string {
  const n = e.warnings.length;
  const warnings = n === 0 ? t('copy_noWarnings') : `⚠ ${tp('copy_warnings', n)}`;
  return w.fact(t('copy_policy'), `${w.value(e.policy.name)} v${w.value(e.policy.version)} · ${warnings}`);
}

/** The ticket and its severity, then each target as the badge's details table has it: state, time left, due time. */
function slaBlock(sla: SlaSummary, options: Omit<SummaryOptions, 'sla'>, w: Writer): Block {
  // The contractual targets are chosen for the ticket's severity (null on each when it is unknown); internal goals have none.
  const severity = sla.severity !== undefined ? sla.severity : (sla.decisions.find((d) => !d.internal)?.severity ?? null);
  const head = w.heading(w.value(sla.ticketLabel), [severity ? t('copy_sev', { severity }) : t('copy_severityUnknown')]);
  if (!sla.decisions.length) return { head, facts: [w.fact('SLA', t('copy_noTargets'))] };
  const facts = sla.decisions.map((d) => {
    const live = d.dueAt ? (sla.live?.(d) ?? null) : null;
    const target = d.targetHours !== null ? ` (${d.targetHours} h${d.calendar ? `, ${d.calendar}` : ''})` : '';
    const due = d.dueAt ? ` · ${t('copy_due', { time: formatInstant(d.dueAt, options.zone, options.hour12 ?? null) })}` : '';
    // Unknown says why (severity or created time unknown, an unknown calendar): the one reason that matters here.
    const why = d.state === 'unknown' && d.reasons[0] ? ` (${w.value(d.reasons[0])})` : '';
    return w.fact(`${metricLabel(d.metric)}${target}`, `${targetStateLabel(d, live)}${due}${why}`);
  });
  return { head, facts };
}

/** Values are clipped to this many characters: a customer's 3,000-character name must not fill the message. */
const MAX_VALUE = 160;

// C0/C1 controls (newlines and tabs included: a value never breaks the layout), line and paragraph separators, and the
// bidirectional overrides that can make a pasted line read differently from what it holds (CVE-2021-42574).
export const CONTROLS = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;

/**
 * A value from the CRM or the policy as one clean line: controls become spaces, runs of spaces one, clipped with "…".
 * @example clean('Acme\n\tCorp\u202e') // 'Acme Corp'
 */
function clean(text: string): string {
  const flat = text.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat); // by code point: a clip never splits an emoji's surrogate pair
  return chars.length > MAX_VALUE ? `${chars.slice(0, MAX_VALUE - 1).join('')}…` : flat;
}

/**
 * Backslash-escapes what Markdown would read as markup in a value: emphasis (`*`, `_`, `~`), code, links and images
 * (`[`, `]`), HTML and autolinks (`<`, `>`), entities (`&`), table cells (`|`), headings (`#`), math (`$`) and the
 * backslash itself. CommonMark lets any ASCII punctuation be escaped, so the reader sees the value as typed.
 * @example escapeMarkdown('*Acme* [promo](x)') // '\\*Acme\\* \\[promo\\](x)'
 */
export const escapeMarkdown = (text: string): string => text.replace(/[\\`*_~[\]<>&|#$]/g, '\\$&');
