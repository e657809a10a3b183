import { deepQueryFirst } from '../sites/dom/deep-query';
import { HS_RECORD_SIDEBAR } from '../sites/hubspot/selectors';
import { readHubspotCompany } from '../sites/hubspot/read-page';
import { SF_ACTIVE_PAGE } from '../sites/salesforce/selectors';
import { readSalesforceAccount } from '../sites/salesforce/read-page';
import type { PageMatch, RawRecord } from '../sites/types';

/** Picks the site adapter for a CRM account page and reads the record off the document. */
export function readAccount(match: PageMatch, root: ParentNode, url: URL): RawRecord | null {
  if (match.kind !== 'account') return null;
  if (match.tool === 'salesforce') return readSalesforceAccount(root, match, url);
  if (match.tool === 'hubspot') return readHubspotCompany(root, match, url);
  return null;
}

/** The element that holds the shown record (Lightning's active page host, HubSpot's record sidebar). */
export function recordElement(match: PageMatch, root: ParentNode): Element | null {
  if (match.tool === 'salesforce') return deepQueryFirst(root, SF_ACTIVE_PAGE);
  if (match.tool === 'hubspot') return deepQueryFirst(root, HS_RECORD_SIDEBAR);
  return null;
}

/** What was last read, for which record, from which element. */
export interface LastRead {
  recordId: string;
  element: Element | null;
  fields: string;
}

/**
 * The URL names the record, but single-page apps change the URL before the new record's DOM arrives: for a
 * moment the page still shows the previous record under the new URL. A read for record B that comes from the
 * same element with the same fields as the last read for record A is A's DOM, and is refused.
 * @example isLeftover(read, lastRead) // true while Lightning still shows the previous account
 */
export function isLeftover(recordId: string, element: Element | null, fields: string, last: LastRead | null): boolean {
  return last !== null && last.recordId !== recordId && last.element === element && last.fields === fields;
}
