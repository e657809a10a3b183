/** HubSpot CRM: company record pages, read by the CRM sidebar; ticket pages, read from the page by the ticket badges. */
import { RECORD_ATTRIBUTES } from '../../parse/attributes';
import { deepQueryFirst } from '../dom/deep-query';
import type { ToolDefinition } from '../page-data';
import { HUBSPOT_FIELD_MAPPING, HUBSPOT_PRIORITY_MAP, HUBSPOT_TICKET_FIELDS } from './defaults';
import { readHubspotCompany } from './read-page';
import { readHubspotTicket } from './read-ticket';
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
  readAccount: readHubspotCompany,
  // The record's left sidebar holds its properties; association cards elsewhere show other records.
  recordElement: (root) => deepQueryFirst(root, selectors.HS_RECORD_SIDEBAR),
  defaultFieldMapping: HUBSPOT_FIELD_MAPPING,
  mappingKeys: 'internal property names such as segment, or property labels',
  supplies: RECORD_ATTRIBUTES,
  tickets: {
    // Read from the page: HubSpot's API needs a token or its undocumented same-origin calls (§3.5), and the ticket
    // record shows its SLA due times itself (next-tools-and-anchors.md §2b).
    source: 'page',
    // HubSpot's own word: the object is "Tickets" (type 0-5), its name property "Ticket name".
    noun: 'Ticket',
    // Only ticket pages so far (no list badges), one ticket each; 100 is the batch Zendesk's show_many takes, kept
    // for the day HubSpot's lists are read.
    batchSize: 100,
    // The ticket's CRM record (./urls.ts), in the portal whose page it was seen on (a Help Desk path carries it too).
    ticketUrl: (id, seenOn) => `${seenOn.origin}/contacts/${/^\/(?:contacts|help-desk)\/([0-9]+)\//.exec(seenOn.pathname)?.[1] ?? ''}/record/0-5/${encodeURIComponent(id)}`,
    defaultFields: HUBSPOT_TICKET_FIELDS,
    ticketPage: readHubspotTicket,
  },
  priorityMap: HUBSPOT_PRIORITY_MAP,
  selectors,
} as const satisfies ToolDefinition<'hubspot'>;
