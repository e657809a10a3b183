/**
 * How each decision is named wherever it is shown (panel, popup, badges): one function per kind of status, so a
 * status reads the same on every surface. A status is a tone (its colour and icon) and a label (its words).
 */
import { formatDate } from '../domain/format';
import { t, type MessageKey } from '../i18n/t';
import { formatDuration } from '../sla/format-duration';
import type { Countdown, CountdownTone } from './sla-countdown';
import type { SlaDecision } from './ticket-sla';
import type { DiscountDecision, Evaluation, ImplementationDecision, OfferingDecision } from './types';

export type Tone = 'good' | 'bad' | 'warn' | 'info' | 'unknown' | 'muted';
export interface StatusLabel {
  tone: Tone;
  label: string;
}

/** A status as a tone and the key of its words: the words are looked up when a label is asked for, never at load. */
interface StatusKey {
  tone: Tone;
  key: MessageKey;
}
const labelOf = ({ tone, key }: StatusKey): StatusLabel => ({ tone, label: t(key) });

const DISCOUNT: Record<DiscountDecision['status'], StatusKey> = {
  available: { tone: 'good', key: 'common_discountAvailable' },
  unavailable: { tone: 'bad', key: 'common_discountUnavailable' },
  'not-applicable': { tone: 'muted', key: 'common_notApplicable' },
  unknown: { tone: 'unknown', key: 'common_cannotTell' },
};

/** @example discountLabel('available') // { tone: 'good', label: 'Discount available' } */
export const discountLabel = (status: DiscountDecision['status']): StatusLabel => labelOf(DISCOUNT[status]);

const OFFERING: Record<OfferingDecision['status'], StatusKey> = {
  purchased: { tone: 'good', key: 'common_offeringPurchased' },
  included: { tone: 'good', key: 'common_offeringIncluded' },
  available: { tone: 'info', key: 'common_offeringAvailable' },
  'not-offered': { tone: 'muted', key: 'common_offeringNotOffered' },
  unknown: { tone: 'unknown', key: 'common_cannotTell' },
};

/**
 * A package as the panel names it: its display name when the account holds it, else its id (a package the catalogue
 * does not list is shown as the CRM wrote it, never dropped).
 * @example packageName('slack-support', evaluation.purchased) // 'Slack Support'
 */
export const packageName = (id: string | null, purchased: Evaluation['purchased']): string | null => (id ? (purchased?.find((p) => p.id === id)?.name ?? id) : null);

/** @example offeringLabel('not-offered') // { tone: 'muted', label: 'Not offered' } */
export const offeringLabel = (status: OfferingDecision['status']): StatusLabel => labelOf(OFFERING[status]);

/** A yes/no/unknown right (support in Slack, the account team in Slack). @example rightLabel(null) // { tone: 'unknown', label: 'Cannot tell' } */
export const rightLabel = (allowed: boolean | null): StatusLabel =>
  labelOf(
    allowed === true ? { tone: 'good', key: 'common_allowed' } : allowed === false ? { tone: 'bad', key: 'common_notAllowed' } : { tone: 'unknown', key: 'common_cannotTell' },
  );

/** Whether Implementation Services is mandatory, and whether it was bought. @example mandatoryLabel({ mandatory: null } as ImplementationDecision).label // 'Mandatory? Cannot tell' */
export function mandatoryLabel(i: Pick<ImplementationDecision, 'mandatory' | 'purchased' | 'exempt'>): StatusLabel {
  if (i.mandatory === true) return labelOf(i.purchased === false ? { tone: 'bad', key: 'common_mandatoryNotPurchased' } : { tone: 'warn', key: 'common_mandatory' });
  if (i.mandatory === false) return labelOf({ tone: 'muted', key: i.exempt ? 'common_exempt' : 'common_notMandatory' });
  return labelOf({ tone: 'unknown', key: 'common_mandatoryUnknown' });
}

const KPI: Record<NonNullable<ImplementationDecision['kpi']>['status'], MessageKey> = {
  'not-started': 'common_kpiNotStarted',
  'in-progress': 'common_kpiInProgress',
  overdue: 'common_kpiOverdue',
  met: 'common_kpiMet',
  missed: 'common_kpiMissed',
};

/**
 * The implementation KPI in words: the day while it runs (or runs over), else its outcome. Overdue is said apart (the
 * panel bolds it).
 * @example kpiLabel({ day: 21, of: 30, status: 'in-progress' }) // 'Day 21 of 30'
 */
export function kpiLabel(kpi: Pick<NonNullable<ImplementationDecision['kpi']>, 'day' | 'of' | 'status'>): string {
  return kpi.status === 'in-progress' || kpi.status === 'overdue' ? t('common_kpiDay', { day: kpi.day, of: kpi.of }) : t(KPI[kpi.status]);
}

const METRIC: Record<string, MessageKey> = {
  'first-response': 'common_metricFirstResponse',
  resolution: 'common_metricResolution',
  'internal-first-response': 'common_metricInternalFirstResponse',
};

/** An SLA target's metric as people say it; a policy's own metric is shown by its id. @example metricLabel('resolution') // 'Resolution' */
export const metricLabel = (metric: string): string => (Object.hasOwn(METRIC, metric) ? t(METRIC[metric]!) : metric);

/** Null: no countdown, no words. */
const SLA_TONE: Record<CountdownTone, MessageKey | null> = {
  ok: 'common_slaOnTrack',
  'at-risk': 'common_slaAtRisk',
  breached: 'common_slaBreached',
  paused: 'common_slaPaused',
  met: 'common_slaMet',
  none: null,
};

/** A countdown's state in words (empty without a countdown). @example slaToneLabel('at-risk') // 'At risk' */
export const slaToneLabel = (tone: CountdownTone): string => {
  const key = SLA_TONE[tone];
  return key ? t(key) : '';
};

/**
 * An SLA target's state as its row in the badge's details says it: no deadline, see contract, unknown, or the live
 * state with the business time left (`live`: its countdown at the moment shown; null without a due instant).
 * @example targetStateLabel(d, countdown(d, calendars, now)) // 'At risk · 45m 03s'
 */
export function targetStateLabel(d: Pick<SlaDecision, 'state'>, live: Countdown | null): string {
  if (d.state === 'no-deadline') return t('common_noDeadline');
  if (d.state === 'see-contract') return t('common_seeContract');
  if (d.state === 'unknown') return t('common_unknown');
  return live ? `${slaToneLabel(live.tone)} · ${formatDuration(live.remainingMs)}` : d.state;
}

export type SlackKind = 'yes' | 'account-team' | 'no' | 'unknown';
export interface SlackSummary extends StatusLabel {
  kind: SlackKind;
  /** The same in fewer letters, for a chip in a row. */
  short: string;
  icon: string;
}

const SLACK: Record<SlackKind, { tone: Tone; key: MessageKey; shortKey: MessageKey; icon: string }> = {
  yes: { tone: 'good', key: 'common_slackYes', shortKey: 'common_slackYes', icon: '✓' },
  'account-team': { tone: 'info', key: 'common_slackAccountTeam', shortKey: 'common_slackAccountTeamShort', icon: '½' },
  no: { tone: 'bad', key: 'common_slackNo', shortKey: 'common_slackNo', icon: '✕' },
  unknown: { tone: 'unknown', key: 'common_slackUnknown', shortKey: 'common_slackUnknown', icon: '?' },
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
  const { tone, key, shortKey, icon } = SLACK[kind];
  return { kind, tone, label: t(key), short: t(shortKey), icon };
}

/** The headline when neither right is allowed. @example noSlackHeadline(true) // 'No Slack: the customer opted out' */
export const noSlackHeadline = (optedOut: boolean | null): string => t(optedOut ? 'common_noSlackOptedOut' : 'common_noSlackWithCustomer');

/** What an opt-out does, and when. @example deprovisionNote('2026-12-15') // 'Channel deprovisioned at renewal (15 Dec 2026).' */
export const deprovisionNote = (at: string | null): string => (at ? t('common_deprovisionAt', { date: formatDate(at) }) : t('common_deprovisionDateUnknown'));
