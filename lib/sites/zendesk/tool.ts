/** Zendesk Support: ticket pages and ticket views, badged by the ticket badges; data from its API with the agent's session. */
import { RECORD_ATTRIBUTES } from '../../parse/attributes';
import type { ToolDefinition } from '../page-data';
import { ZENDESK_FIELD_MAPPING, ZENDESK_PRIORITY_MAP } from './defaults';
import * as selectors from './selectors';
import { ZENDESK_TICKETS } from './tickets';
import { ZENDESK_HOST, ZENDESK_HOST_PATTERNS, ZENDESK_PAGES } from './urls';

export const zendesk = {
  id: 'zendesk',
  name: 'Zendesk',
  host: ZENDESK_HOST,
  hostPatterns: ZENDESK_HOST_PATTERNS,
  // The Support API is read by the page's own content script, same-origin, with the agent's session (./client.ts): the
  // path Zendesk documents for code on its pages, and no host permission.
  apiHostAccess: false,
  pages: ZENDESK_PAGES,
  recordLabel: 'Zendesk organization',
  defaultFieldMapping: ZENDESK_FIELD_MAPPING,
  mappingKeys: 'organization field keys',
  supplies: RECORD_ATTRIBUTES,
  tickets: ZENDESK_TICKETS,
  priorityMap: ZENDESK_PRIORITY_MAP,
  selectors,
} as const satisfies ToolDefinition<'zendesk'>;
