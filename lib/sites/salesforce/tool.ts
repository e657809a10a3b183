/** Salesforce Lightning: account record pages, read by the CRM sidebar. */
import { RECORD_ATTRIBUTES } from '../../parse/attributes';
import { deepQueryFirst } from '../dom/deep-query';
import type { ToolDefinition } from '../page-data';
import { SALESFORCE_FIELD_MAPPING } from './defaults';
import { readSalesforceAccount } from './read-page';
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
  surface: 'crm-sidebar',
  readAccount: readSalesforceAccount,
  // Lightning's active page host: hidden cached pages of other records stay mounted beside it.
  recordElement: (root) => deepQueryFirst(root, selectors.SF_ACTIVE_PAGE),
  defaultFieldMapping: SALESFORCE_FIELD_MAPPING,
  mappingKeys: 'field labels, or API names such as Segment__c',
  supplies: RECORD_ATTRIBUTES,
  selectors,
} as const satisfies ToolDefinition<'salesforce'>;
