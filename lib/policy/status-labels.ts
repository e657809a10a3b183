/**
 * How each decision is named wherever it is shown (panel, popup, badges): one function per kind of status, so a
 * status reads the same on every surface. A status is a tone (its colour and icon) and a label (its words).
 */
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
