import type { Account, Segment } from '../domain/account';

/** `null` in a tri-state means "cannot be established": the UI must say so, never guess. */
export type Tri = boolean | null;

export type OfferingStatus = 'purchased' | 'included' | 'available' | 'not-offered' | 'unknown';
export interface OfferingDecision {
  id: string;
  name: string;
  status: OfferingStatus;
  /** For purchased or included: the package that brings it. */
  via: string | null;
  /** For an inclusion that ends (Implementation Services' Slack channels): its last day. */
  until: string | null;
  reasons: string[];
}

export type DiscountStatus = 'available' | 'unavailable' | 'not-applicable' | 'unknown';
export interface DiscountDecision {
  status: DiscountStatus;
  approvers: string[];
  reasons: string[];
}

export interface SlackRightDecision {
  label: string;
  allowed: Tri;
  via: string | null;
  until: string | null;
  reasons: string[];
}
export interface SlackDecision {
  support: SlackRightDecision;
  accountManagement: SlackRightDecision;
  optedOut: Tri;
  /** With an opt-out: the renewal date at which the channel is deprovisioned. */
  deprovisionAt: string | null;
}

export type KpiStatus = 'not-started' | 'in-progress' | 'overdue' | 'met' | 'missed';
export interface ImplementationDecision {
  mandatory: Tri;
  exempt: boolean;
  purchased: Tri;
  reasons: string[];
  /** Day N of the KPI window, from the implementation's start date. */
  kpi: { day: number; of: number; status: KpiStatus; reasons: string[] } | null;
  dedicatedTa: { eligible: Tri; reasons: string[] } | null;
}

export interface ManagedServicesDecision {
  eligible: Tri;
  reasons: string[];
  packages: Array<{ id: string; name: string; accessGranted: string[]; servicesPerformed: string[]; customerResources: string[] }>;
}

export interface SupportTerms {
  customAgreement: { package: string; note: string } | null;
  commitments: Array<{ uptimePercent: number; maintenance: string[]; section: string }>;
}

export interface Evaluation {
  /** `untranslated`: the policy's texts shown in English for want of a translation in the UI's language (lib/policy/localize.ts). */
  policy: { id: string; name: string; version: string; untranslated: number };
  account: Account;
  segment: Segment | null;
  arr: number | null;
  /** The account's packages with their display names; `null` when unreadable. */
  purchased: Array<{ id: string; name: string }> | null;
  offerings: OfferingDecision[];
  discount: DiscountDecision;
  slack: SlackDecision;
  implementation: ImplementationDecision | null;
  managedServices: ManagedServicesDecision | null;
  support: SupportTerms;
  warnings: string[];
}
