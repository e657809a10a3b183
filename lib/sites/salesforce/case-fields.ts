/**
 * What the Case readers (./read-case.ts, ./read-case-list.ts) share: the mapping they read by (SALESFORCE_TICKET_FIELDS,
 * ./defaults.ts, under the one in force), what an API name looks like, how the fields the SLA cannot do without are
 * named when missing, and a Case's account from its Account Name link. Pure DOM reading; never throws on odd markup.
 */
import { deepQueryFirst } from '../dom/deep-query';
import { visibleText } from '../dom/dom-text';
import { SLA_NEEDS, shownLabel, withDefaultTicketFields, type TicketField, type TicketFieldMapping } from '../../parse/ticket-fields';
import type { RawPageTicket } from '../page-data';
import { SALESFORCE_TICKET_FIELDS } from './defaults';
import { SF_RECORD_LINK, SF_VALUE_NOISE } from './selectors';
import { SALESFORCE_ACCOUNT_PATH } from './urls';

/** The mapping a Case reader goes by: the caller's (the one in force), over the shipped defaults. */
export const caseFieldMapping = (fields?: TicketFieldMapping): TicketFieldMapping => withDefaultTicketFields(SALESFORCE_TICKET_FIELDS, fields);

/**
 * A Salesforce API name as opposed to a label, in the shape they take: one identifier, with an underscore (custom
 * fields, `Opened__c`) or a capital inside a word (`CreatedDate`, `AccountId`). A single word (`Priority`, `Subject`) is
 * a label as much as an API name, and counts as a label: `missing` names a field by it.
 */
const API_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const API_NAME_MARK = /_|[a-z0-9][A-Z]/;
export const isApiName = (entry: string): boolean => API_NAME.test(entry) && API_NAME_MARK.test(entry);

/**
 * What the SLA needs and the page (or list view) does not show, by the label it would show it under (the mapping's
 * first label: `Date/Time Opened`, or the org's own, `Datum/Uhrzeit geöffnet`), so the badge can say "Add Date/Time
 * Opened to this list view" instead of guessing.
 * @example missingCaseFields(SALESFORCE_TICKET_FIELDS, (field) => field !== 'opened') // ['Date/Time Opened']
 */
export function missingCaseFields(fields: TicketFieldMapping, shown: (field: TicketField) => boolean): string[] {
  return SLA_NEEDS.flatMap((field) => (shown(field) ? [] : [shownLabel(fields[field] ?? [], isApiName) ?? field]));
}

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
