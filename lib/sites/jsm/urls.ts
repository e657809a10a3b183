/**
 * Jira Service Management's hosts, the agent pages Lens reads, and the issue keys they carry (pure: `(url) => match`,
 * tested by test/sites/jsm/url-table.ts). Shapes and confidence from ../shared/research/next-tools-and-anchors.md §2d
 * "URLs". Only the agent's side of Jira: the customer portal (`/servicedesk/customer/portal/{id}/{KEY}`, §2d Medium)
 * is the customer's view, Confluence (`/wiki/…`) shares the host, and the REST API (`/rest/…`) is no page.
 */
import type { PageRoute } from '../page-data';

/**
 * Jira Cloud sites: `{site}.atlassian.net`, one label (a site name has no dots). §2d's issue regex, High. Jira on a
 * custom domain is added by the admin as a custom host.
 */
export const JSM_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.atlassian\.net$/;

/**
 * An issue key as Lens accepts it anywhere (pages, rows, API paths): the project key (an upper-case letter, then
 * upper-case letters, digits or `_`) and the issue's number, without a leading zero. Lower case is no key: Jira
 * shows and links keys in upper case (`/browse/sup-1` is not a page Lens reads).
 * @example JSM_ISSUE_KEY.test('SUP-12') // true
 */
export const JSM_ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,9}$/;

/** Whether `text` is an issue key (JSM_ISSUE_KEY). */
export const isJsmIssueKey = (text: string): boolean => JSM_ISSUE_KEY.test(text);

/**
 * A key inside a path: §2d's `[A-Z][A-Z0-9_]+-\d+`, with the number held to what JSM_ISSUE_KEY accepts, so every id a
 * page gives passes the API paths' check (a `SUP-007` would be a page no request could be made for).
 */
const KEY = '[A-Z][A-Z0-9_]+-[1-9][0-9]{0,9}';
const PROJECT = '[A-Z][A-Z0-9_]+';

/** Issue view: `/browse/{KEY}` (§2d, High). The id is the key. */
const JSM_ISSUE_PATH = new RegExp(`^/browse/(${KEY})/?$`);

/**
 * A queue, optionally with an issue open beside it: `/jira/servicedesk/projects/{P}/queues/custom/{n}[/{KEY}]` (and
 * `queues/issue/{n}`) (§2d, Medium: a public code sample). The id is the queue's number: with an issue open it is
 * still the list (its rows keep their badges), and the open issue is read from the page (./read-page.ts), as is an
 * issue opened through `?selectedIssue=KEY` (§2d, Medium; the query is never read).
 */
const JSM_QUEUE_PATH = new RegExp(`^/jira/servicedesk/projects/${PROJECT}/queues/(?:custom|issue)/([0-9]+)(?:/${KEY})?/?$`);

/**
 * The service-requests section: `/jira/servicedesk/projects/{P}/section/service-requests/custom/{n}` (§2d, Low). An
 * issue open in it (`…/custom/{n}/{KEY}`) is accepted by analogy with queues (inferred, Low): check both live.
 */
const JSM_SERVICE_REQUESTS_PATH = new RegExp(`^/jira/servicedesk/projects/${PROJECT}/section/service-requests/custom/([0-9]+)(?:/${KEY})?/?$`);

/** The manifest's match patterns for JSM_HOST (content scripts only: the API is read from the page, `apiHostAccess` false). */
export const JSM_HOST_PATTERNS = ['https://*.atlassian.net/*'] as const;

/**
 * The content scripts' patterns: Jira's app (`/browse/…` and `/jira/…`), not Confluence's `/wiki/` nor the customer
 * portal. No narrower path (`/jira/servicedesk/*`): Jira is one single-page app, and a script not injected where the
 * agent lands (an issue under `/browse/`, the `/jira/your-work` home) never sees the queues and issues the app moves
 * to in-app.
 */
export const JSM_CONTENT_PATTERNS = ['https://*.atlassian.net/browse/*', 'https://*.atlassian.net/jira/*'] as const;

export const JSM_PAGES: readonly PageRoute[] = [
  { kind: 'ticket', path: JSM_ISSUE_PATH },
  { kind: 'ticket-list', path: JSM_QUEUE_PATH },
  { kind: 'ticket-list', path: JSM_SERVICE_REQUESTS_PATH },
];
