/**
 * What the Case readers (./read-case.ts, ./read-case-list.ts) share: the Case fields Lens reads, the ones the SLA cannot
 * do without, and a Case's account from its Account Name link. Pure DOM reading; never throws on odd markup.
 */
import { deepQueryFirst } from '../dom/deep-query';
import { visibleText } from '../dom/dom-text';
import type { RawPageTicket } from '../page-data';
import { SF_RECORD_LINK, SF_VALUE_NOISE } from './selectors';
import { SALESFORCE_ACCOUNT_PATH } from './urls';

/**
 * The Case fields Lens reads: API name → the standard English label. The API name is label-independent
 * (`data-target-selection-name="sfdc:RecordField.Case.Priority"`, next-tools-and-anchors.md §2a, Medium); the label is
 * what a layout item, a highlights item and a list column show where no API name is printed (High for the structure;
 * labels are localized and admin-renamable, so an org in another language reads by API name only). Field names from
 * the Case object reference (next-tools-and-anchors.md §2a "REST and UI API shapes"); `CreatedDate` is the field
 * Lightning labels "Date/Time Opened".
 */
export const CASE_FIELDS = {
  CaseNumber: 'Case Number',
  Subject: 'Subject',
  Priority: 'Priority',
  Status: 'Status',
  CreatedDate: 'Date/Time Opened',
  AccountId: 'Account Name',
  EntitlementId: 'Entitlement Name',
} as const;
export type CaseField = keyof typeof CASE_FIELDS;

/**
 * What the SLA cannot be computed without: when the Case was opened, and its priority. A page (or a list view) that
 * does not show one is reported in `missing` by its label, so the badge can say "Add Date/Time Opened to this list
 * view" instead of guessing.
 */
export const SLA_NEEDS: readonly CaseField[] = ['CreatedDate', 'Priority'];

/** Salesforce Case ids: key prefix `500`, 15 or 18 characters (as SALESFORCE_CASE_PATH). */
export const CASE_ID = /^500[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

/** Inline-edit pencils and screen-reader text ("Open Acme Corp Preview") are not part of a value. */
export const VALUE_NOISE = SF_VALUE_NOISE.join(', ');

/** Displayed text, or null for none: a shown but empty field has no value to hand on. */
export function textOrNull(el: Element | null | undefined): string | null {
  return (el ? visibleText(el, { skip: VALUE_NOISE }) : '') || null;
}

/**
 * The account a Case links to: the first record link (SF_RECORD_LINK) inside `valueEl` (the Account Name field or
 * cell), if it is an account's: `/lightning/r/Account/001…/view` or `/lightning/r/001…/view`, relative or absolute.
 * `base` resolves relative links and gives the URL's origin (the page's); the URL is always built on that origin, so a
 * link elsewhere cannot send the agent off the org. Without a usable base the URL is null (the id is still read).
 * Null when there is no link, or it is not an account's (a Contact, a `mailto:`).
 * @example caseAccount(cell, 'https://acme.lightning.force.com/…') // { tool: 'salesforce', recordId: '001…', name: 'Acme Corp', url: 'https://acme.lightning.force.com/lightning/r/001…/view' }
 */
export function caseAccount(valueEl: Element | null | undefined, base: string | null): RawPageTicket<'salesforce'>['account'] {
  const link = valueEl ? deepQueryFirst(valueEl, SF_RECORD_LINK) : null;
  const href = link?.getAttribute('href');
  if (!link || !href) return null;
  const origin = httpOrigin(base);
  // With no base, a placeholder origin still lets a relative path parse; it never reaches the result.
  const resolved = parseUrl(href, origin ?? 'https://base.invalid');
  if (!resolved || (resolved.protocol !== 'https:' && resolved.protocol !== 'http:')) return null;
  const recordId = SALESFORCE_ACCOUNT_PATH.exec(resolved.pathname)?.[1];
  if (!recordId) return null;
  return { tool: 'salesforce', recordId, name: textOrNull(link), url: origin ? `${origin}${resolved.pathname}` : null };
}

function httpOrigin(base: string | null): string | null {
  const url = base ? parseUrl(base) : null;
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.origin : null;
}

function parseUrl(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}
