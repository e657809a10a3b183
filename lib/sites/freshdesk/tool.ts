/** Freshdesk: ticket pages and ticket lists of the agent app, badged by the ticket badges; data from its API with the agent's session. */
import { RECORD_ATTRIBUTES } from '../../parse/attributes';
import type { ToolDefinition } from '../page-data';
import { FRESHDESK_FIELD_MAPPING, FRESHDESK_PRIORITY_MAP } from './defaults';
import * as selectors from './selectors';
import { FRESHDESK_TICKETS } from './tickets';
import { FRESHDESK_CONTENT_PATTERNS, FRESHDESK_HOST, FRESHDESK_HOST_PATTERNS, FRESHDESK_PAGES } from './urls';

export const freshdesk = {
  id: 'freshdesk',
  name: 'Freshdesk',
  host: FRESHDESK_HOST,
  hostPatterns: FRESHDESK_HOST_PATTERNS,
  // The agent app only (`/a/…`), not the customer portal (./urls.ts).
  contentPatterns: FRESHDESK_CONTENT_PATTERNS,
  // The content script reads the API from the agent's own page, same-origin (./client.ts): no host permission.
  apiHostAccess: false,
  pages: FRESHDESK_PAGES,
  recordLabel: 'Freshdesk company',
  defaultFieldMapping: FRESHDESK_FIELD_MAPPING,
  mappingKeys: 'company field names (custom_fields keys such as segment, or account_tier, renewal_date, domains)',
  supplies: RECORD_ATTRIBUTES,
  tickets: FRESHDESK_TICKETS,
  priorityMap: FRESHDESK_PRIORITY_MAP,
  selectors,
} as const satisfies ToolDefinition<'freshdesk'>;
