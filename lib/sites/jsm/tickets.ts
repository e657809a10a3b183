/**
 * Jira Service Management's ticket adapter: where the badges go on its issue view and queues (./read-page.ts); the
 * tickets come from its API, read by the content script with the agent's session (./client.ts).
 */
import type { TicketAdapter } from '../page-data';
import { JSM_SEARCH_LIMIT } from './api';
import { JSM_CLIENT } from './client';
import { readJsmIssuePage, readJsmQueueRows } from './read-page';

export const JSM_TICKETS: TicketAdapter<'jsm'> = {
  source: 'api',
  // What JSM calls a customer's ticket: a request (its API's `/rest/servicedeskapi/request/{key}`, the
  // "service-requests" section of the agent's sidebar and the customer portal's "requests",
  // ../shared/research/next-tools-and-anchors.md §2d), raised by a customer and answered under an SLA. "Issue" (now
  // "work item") is Jira's word for every kind of work, most of which has no customer and no SLA.
  noun: 'Request',
  // One search per batch: `key in (…)` of up to 100 keys, a page of 100 (./api.ts).
  batchSize: JSM_SEARCH_LIMIT,
  // The issue view by key (./urls.ts JSM_ISSUE_PATH): a request's id here is its key.
  ticketUrl: (key, seenOn) => `${seenOn.origin}/browse/${encodeURIComponent(key)}`,
  ticketPage: (root, page) => readJsmIssuePage(root, page),
  listRows: (root, page, skip) => readJsmQueueRows(root, page, skip),
  client: JSM_CLIENT,
};
