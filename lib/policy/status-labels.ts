/**
 * How each decision is named wherever it is shown (panel, popup, badges): one function per kind of status, so a
 * status reads the same on every surface. A status is a tone (its colour and icon) and a label (its words).
 */
import { formatDate } from '../domain/format';
import { formatDuration } from '../sla/format-duration';
import type { Countdown, CountdownTone } from './sla-countdown';
import type { SlaDecision } from './ticket-sla';
import type { DiscountDecision, Evaluation, ImplementationDecision, OfferingDecision } from './types';

export type Tone = 'good' | 'bad' | 'warn' | 'info' | 'unknown' | 'muted';
export interface StatusLabel {
  tone: Tone;
  label: string;
}

const DISCOUNT: Record<DiscountDecision['status'], StatusLabel> = {
  available: { tone: 'good', label: 'Discount available' },
  unavailable: { tone: 'bad', label: 'No discount' },
  'not-applicable': { tone: 'muted', label: 'Not applicable' },
  unknown: { tone: 'unknown', label: 'Cannot tell' },
};

/** @example discountLabel('available') // { tone: 'good', label: 'Discount available' } */
export const discountLabel = (status: DiscountDecision['status']): StatusLabel => DISCOUNT[status];

const OFFERING: Record<OfferingDecision['status'], StatusLabel> = {
  purchased: { tone: 'good', label: 'Purchased' },
  included: { tone: 'good', label: 'Included' },
  available: { tone: 'info', label: 'Can be sold' },
  'not-offered': { tone: 'muted', label: 'Not offered' },
  unknown: { tone: 'unknown', label: 'Cannot tell' },
};

/**
 * A package as the panel names it: its display name when the account holds it, else its id (a package the catalogue
 * does not list is shown as the CRM wrote it, never dropped).
 * @example packageName('slack-support', evaluation.purchased) // 'Slack Support'
 */
export const packageName = (id: string | null, purchased: Evaluation['purchased']): string | null => (id ? (purchased?.find((p) => p.id === id)?.name ?? id) : null);

/** @example offeringLabel('not-offered') // { tone: 'muted', label: 'Not offered' } */
export const offeringLabel = (status: OfferingDecision['status']): StatusLabel => OFFERING[status];

/** A yes/no/unknown right (support in Slack, the account team in Slack). @example rightLabel(null) // { tone: 'unknown', label: 'Cannot tell' } */
export const rightLabel = (allowed: boolean | null): StatusLabel =>
  allowed === true ? { tone: 'good', label: 'Allowed' } : allowed === false ? { tone: 'bad', label: 'Not allowed' } : { tone: 'unknown', label: 'Cannot tell' };

/** Whether Implementation Services is mandatory, and whether it was bought. @example mandatoryLabel({ mandatory: null } as ImplementationDecision).label // 'Mandatory? Cannot tell' */
export function mandatoryLabel(i: Pick<ImplementationDecision, 'mandatory' | 'purchased' | 'exempt'>): StatusLabel {
  if (i.mandatory === true) return i.purchased === false ? { tone: 'bad', label: 'Mandatory, not purchased' } : { tone: 'warn', label: 'Mandatory' };
  if (i.mandatory === false) return { tone: 'muted', label: i.exempt ? 'Exempt' : 'Not mandatory' };
  return { tone: 'unknown', label: 'Mandatory? Cannot tell' };
}

const KPI: Record<NonNullable<ImplementationDecision['kpi']>['status'], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  overdue: 'Overdue',
  met: 'Met',
  missed: 'Missed',
};

/**
 * The implementation KPI in words: the day while it runs (or runs over), else its outcome. Overdue is said apart (the
 * panel bolds it).
 * @example kpiLabel({ day: 21, of: 30, status: 'in-progress' }) // 'Day 21 of 30'
 */
export function kpiLabel(kpi: Pick<NonNullable<ImplementationDecision['kpi']>, 'day' | 'of' | 'status'>): string {
  return kpi.status === 'in-progress' || kpi.status === 'overdue' ? `Day ${kpi.day} of ${kpi.of}` : KPI[kpi.status];
}

const METRIC: Record<string, string> = { 'first-response': 'First response', resolution: 'Resolution', 'internal-first-response': 'Internal 1-hour goal' };

/** An SLA target's metric as people say it; a policy's own metric is shown by its id. @example metricLabel('resolution') // 'Resolution' */
export const metricLabel = (metric: string): string => METRIC[metric] ?? metric;

const SLA_TONE: Record<CountdownTone, string> = { ok: 'On track', 'at-risk': 'At risk', breached: 'Breached', paused: 'Paused', met: 'Met', none: '' };

/** A countdown's state in words (empty without a countdown). @example slaToneLabel('at-risk') // 'At risk' */
export const slaToneLabel = (tone: CountdownTone): string => SLA_TONE[tone];

/**
 * An SLA target's state as its row in the badge's details says it: no deadline, see contract, unknown, or the live
 * state with the business time left (`live`: its countdown at the moment shown; null without a due instant).
 * @example targetStateLabel(d, countdown(d, calendars, now)) // 'At risk · 45m 03s'
 */
export function targetStateLabel(d: Pick<SlaDecision, 'state'>, live: Countdown | null): string {
  if (d.state === 'no-deadline') return 'No deadline';
  if (d.state === 'see-contract') return 'See contract';
  if (d.state === 'unknown') return 'Unknown';
  return live ? `${SLA_TONE[live.tone]} · ${formatDuration(live.remainingMs)}` : d.state;
}

export type SlackKind = 'yes' | 'account-team' | 'no' | 'unknown';
export interface SlackSummary extends StatusLabel {
  kind: SlackKind;
  /** The same in fewer letters, for a chip in a row. */
  short: string;
  icon: string;
}

const SLACK: Record<SlackKind, Omit<SlackSummary, 'kind'>> = {
  yes: { tone: 'good', label: 'Slack', short: 'Slack', icon: '✓' },
  'account-team': { tone: 'info', label: 'Slack: account team only', short: 'AM only', icon: '½' },
  no: { tone: 'bad', label: 'No Slack', short: 'No Slack', icon: '✕' },
  unknown: { tone: 'unknown', label: 'Slack?', short: 'Slack?', icon: '?' },
};

/**
 * The customer's Slack right in one word: support engineering in Slack (yes), only the account team (account-team),
 * neither (no), or cannot tell (unknown).
 * @example summariseSlack(evaluation.slack).label // 'Slack: account team only'
 */
export function summariseSlack(slack: Evaluation['slack']): SlackSummary {
  const { support, accountManagement } = slack;
  const kind: SlackKind =
    support.allowed === true ? 'yes' : accountManagement.allowed === true ? 'account-team' : support.allowed === false && accountManagement.allowed === false ? 'no' : 'unknown';
  return { kind, ...SLACK[kind] };
}

/** The headline when neither right is allowed. @example noSlackHeadline(true) // 'No Slack: the customer opted out' */
export const noSlackHeadline = (optedOut: boolean | null): string => `No Slack${optedOut ? ': the customer opted out' : ' with this customer'}`;

/** What an opt-out does, and when. @example deprovisionNote('2026-12-15') // 'Channel deprovisioned at renewal (15 Dec 2026).' */
export const deprovisionNote = (at: string | null): string => `Channel deprovisioned at renewal${at ? ` (${formatDate(at)})` : ' (date unknown)'}.`;
