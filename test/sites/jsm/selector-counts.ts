/**
 * Jira Service Management's selector contract (in the spirit of Refined GitHub's selector tests): each selector
 * constant of lib/sites/jsm/selectors.ts run against the saved fixture pages must match an exact number of elements,
 * per alternative, since each alternative serves one page variant (0 = the variant that fixture does not model).
 * test/sites/registry.test.ts runs these rows, and fails for a constant without one.
 */
import type { SelectorCount } from '../selector-count';

export const SELECTOR_COUNTS: readonly SelectorCount[] = [
  // Issue view: the shown SUP-7 and a hidden, previously mounted SUP-3; the description holds a 2-row table and a
  // link to SUP-3; the sidebar links two queues (and the service-requests section, which no alternative matches).
  ['JSM_SUMMARY_HEADING', 'jsm/issue.html', [2]],
  ['JSM_BREADCRUMB_KEY', 'jsm/issue.html', [2]],
  ['JSM_QUEUE_TABLE', 'jsm/issue.html', [0, 1]], // the description's table: the issue page never reads tables
  ['JSM_QUEUE_ROW', 'jsm/issue.html', [0, 2, 0]],
  ['JSM_ROW_ISSUE_LINK', 'jsm/issue.html', [3, 2]], // two breadcrumbs and the description's link; the sidebar's queues
  ['JSM_ROW_CELL', 'jsm/issue.html', [0, 2]],
  ['JSM_ROW_SUMMARY_CELL', 'jsm/issue.html', [0]],
  // Queue, virtualised ARIA grid: a header row and 22 rows of 8 cells; each row's key links /browse/{KEY} and its
  // summary the queue-relative link; the sidebar links three queues.
  ['JSM_SUMMARY_HEADING', 'jsm/queue.html', [0]],
  ['JSM_BREADCRUMB_KEY', 'jsm/queue.html', [0]],
  ['JSM_QUEUE_TABLE', 'jsm/queue.html', [1, 0]],
  ['JSM_QUEUE_ROW', 'jsm/queue.html', [23, 0, 22]], // the header row has the role, not the virtual-table-row class
  ['JSM_ROW_ISSUE_LINK', 'jsm/queue.html', [22, 25]], // 22 summaries + the sidebar's 3 queue links
  ['JSM_ROW_CELL', 'jsm/queue.html', [176, 0]], // 22 × 8
  ['JSM_ROW_SUMMARY_CELL', 'jsm/queue.html', [22]],
  // Queue as a table, SUP-14 open beside it: key and summary both link queue-relative (44), the sidebar 3 more; the
  // issue view's breadcrumb and description link /browse/.
  ['JSM_SUMMARY_HEADING', 'jsm/queue-with-issue.html', [1]],
  ['JSM_BREADCRUMB_KEY', 'jsm/queue-with-issue.html', [1]],
  ['JSM_QUEUE_TABLE', 'jsm/queue-with-issue.html', [0, 1]],
  ['JSM_QUEUE_ROW', 'jsm/queue-with-issue.html', [0, 23, 0]],
  ['JSM_ROW_ISSUE_LINK', 'jsm/queue-with-issue.html', [2, 47]],
  ['JSM_ROW_CELL', 'jsm/queue-with-issue.html', [0, 176]],
  ['JSM_ROW_SUMMARY_CELL', 'jsm/queue-with-issue.html', [0]], // no cell hooks in this variant: the link's text decides
  // Other products' pages.
  ['JSM_SUMMARY_HEADING', 'zendesk/ticket.html', [0]],
  ['JSM_BREADCRUMB_KEY', 'zendesk/ticket.html', [0]],
  ['JSM_ROW_ISSUE_LINK', 'zendesk/ticket.html', [0, 0]],
  ['JSM_SUMMARY_HEADING', 'hubspot/ticket.html', [0]],
  ['JSM_QUEUE_ROW', 'hubspot/ticket.html', [0, 0, 0]],
  ['JSM_SUMMARY_HEADING', 'salesforce/case.html', [0]],
  ['JSM_ROW_ISSUE_LINK', 'salesforce/case.html', [0, 0]],
];
