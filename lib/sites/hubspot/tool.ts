/** HubSpot CRM: company record pages, read by the CRM sidebar. */
import { RECORD_ATTRIBUTES } from '../../parse/attributes';
import { deepQueryFirst } from '../dom/deep-query';
import type { ToolDefinition } from '../page-data';
import { HUBSPOT_FIELD_MAPPING } from './defaults';
import { readHubspotCompany } from './read-page';
import * as selectors from './selectors';
import { HUBSPOT_HOST, HUBSPOT_HOST_PATTERNS, HUBSPOT_PAGES } from './urls';

export const hubspot = {
  id: 'hubspot',
  name: 'HubSpot',
  host: HUBSPOT_HOST,
  hostPatterns: HUBSPOT_HOST_PATTERNS,
  apiHostAccess: false,
  pages: HUBSPOT_PAGES,
  recordLabel: 'HubSpot',
  surface: 'crm-sidebar',
  readAccount: readHubspotCompany,
  // The record's left sidebar holds its properties; association cards elsewhere show other records.
  recordElement: (root) => deepQueryFirst(root, selectors.HS_RECORD_SIDEBAR),
  defaultFieldMapping: HUBSPOT_FIELD_MAPPING,
  mappingKeys: 'internal property names such as segment, or property labels',
  supplies: RECORD_ATTRIBUTES,
  selectors,
} as const satisfies ToolDefinition<'hubspot'>;
