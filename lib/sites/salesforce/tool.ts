/** Salesforce Lightning: account record pages, read by the CRM sidebar; Case pages and Case lists, badged by the ticket badges. */
import { RECORD_ATTRIBUTES } from '../../parse/attributes';
import { deepQueryFirst } from '../dom/deep-query';
import type { ToolDefinition } from '../page-data';
import { SALESFORCE_FIELD_MAPPING, SALESFORCE_PRIORITY_MAP, SALESFORCE_TICKET_FIELDS } from './defaults';
import { readSalesforceAccount } from './read-page';
import { readSalesforceCase, readSalesforceCaseRows, salesforceRowRoots } from './read-case';
import * as selectors from './selectors';
import { SALESFORCE_HOST, SALESFORCE_HOST_PATTERNS, SALESFORCE_PAGES } from './urls';

export const salesforce = {
  id: 'salesforce',
  name: 'Salesforce',
  host: SALESFORCE_HOST,
  hostPatterns: SALESFORCE_HOST_PATTERNS,
  apiHostAccess: false,
  pages: SALESFORCE_PAGES,
  recordLabel: 'Salesforce',
  readAccount: readSalesforceAccount,
  // Lightning's active page host: hidden cached pages of other records stay mounted beside it.
  recordElement: (root) => deepQueryFirst(root, selectors.SF_ACTIVE_PAGE),
  defaultFieldMapping: SALESFORCE_FIELD_MAPPING,
  mappingKeys: 'field labels, or API names such as Segment__c',
  supplies: RECORD_ATTRIBUTES,
  // Cases are read from the page itself (no API host access): the background only evaluates them. A list view page
  // shows 50 rows and loads more as the agent scrolls, so 100 per request is a page and a half.
  tickets: {
    source: 'page',
    noun: 'Case',
    batchSize: 100,
    // The Case's record page (./urls.ts SALESFORCE_CASE_PATH), on the Lightning host it was seen on.
    ticketUrl: (id, seenOn) => `${seenOn.origin}/lightning/r/Case/${encodeURIComponent(id)}/view`,
    defaultFields: SALESFORCE_TICKET_FIELDS,
    ticketPage: readSalesforceCase,
    listRows: readSalesforceCaseRows,
    rowRoots: salesforceRowRoots,
  },
  priorityMap: SALESFORCE_PRIORITY_MAP,
  selectors,
} as const satisfies ToolDefinition<'salesforce'>;
