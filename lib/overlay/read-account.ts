import { readHubspotCompany } from '../sites/hubspot';
import { readSalesforceAccount } from '../sites/salesforce';
import type { PageMatch, RawRecord } from '../sites/types';

/** Picks the site adapter for a CRM account page and reads the record off the document. */
export function readAccount(match: PageMatch, root: ParentNode, url: URL): RawRecord | null {
  if (match.kind !== 'account') return null;
  if (match.tool === 'salesforce') return readSalesforceAccount(root, url);
  if (match.tool === 'hubspot') return readHubspotCompany(root, url);
  return null;
}
