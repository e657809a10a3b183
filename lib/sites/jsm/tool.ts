/**
 * Jira Service Management: issue views and queues, badged by the ticket badges; the issues read from its API by the
 * content script with the agent's session (../shared/research/next-tools-and-anchors.md §2d).
 */
import type { ToolDefinition } from '../page-data';
import { JSM_FIELD_MAPPING, JSM_PRIORITY_MAP } from './defaults';
import * as selectors from './selectors';
import { JSM_TICKETS } from './tickets';
import { JSM_CONTENT_PATTERNS, JSM_HOST, JSM_HOST_PATTERNS, JSM_PAGES } from './urls';

export const jsm = {
  id: 'jsm',
  name: 'Jira Service Management',
  // What agents call it in a hurry, and what fits a badge's chip ("≠ Jira SLA differs").
  shortName: 'Jira',
  host: JSM_HOST,
  hostPatterns: JSM_HOST_PATTERNS,
  contentPatterns: JSM_CONTENT_PATTERNS,
  // The content script reads the API same-origin from the Jira page (§2d "Auth"): no host permission.
  apiHostAccess: false,
  pages: JSM_PAGES,
  recordLabel: 'Jira Service Management organization',
  defaultFieldMapping: JSM_FIELD_MAPPING,
  mappingKeys: 'none: organizations carry no attributes; they are matched to the directory by name or domain',
  // Organizations carry no segment, ARR or packages: the customer's attributes come from the directory.
  supplies: [],
  tickets: JSM_TICKETS,
  priorityMap: JSM_PRIORITY_MAP,
  selectors,
} as const satisfies ToolDefinition<'jsm'>;
