/**
 * Freshdesk's selector contract (in the spirit of Refined GitHub's selector tests): each selector constant of
 * lib/sites/freshdesk/selectors.ts run against the saved fixture pages must match an exact number of elements, per
 * alternative, since each alternative serves one page variant (0 = the variant that fixture does not model).
 * test/sites/registry.test.ts runs these rows, and fails for a constant without one.
 */
import type { SelectorCount } from '../selector-count';

export const SELECTOR_COUNTS: readonly SelectorCount[] = [
  // Ticket page: ticket 7001 shown, the page of 6998 mounted and hidden; the legacy UI not modelled.
  ['FD_TICKET_SUBJECT', 'freshdesk/ticket.html', [2, 0]],
  ['FD_TICKET_ID_HOLDER', 'freshdesk/ticket.html', [2, 0]],
  ['FD_TICKET_PROPERTIES', 'freshdesk/ticket.html', [2]],
  // Breadcrumbs' view links (2), the app's view link, "New", and the requester's recent tickets (6990, 6998).
  ['FD_TICKET_LINK', 'freshdesk/ticket.html', [6]],
  ['FD_LIST_ROW', 'freshdesk/ticket.html', [0, 0]],
  ['FD_LIST_CARD', 'freshdesk/ticket.html', [8]], // the tags' li (3) and the open Status dropdown's options (5): no rows here
  ['FD_NOT_A_LIST', 'freshdesk/ticket.html', [1, 3, 1, 0]], // portal; app nav + 2 breadcrumbs; the dropdown's listbox
  // Table view: 3 rows shown; a hidden list (6990, 7002) and the hidden page of 7001 mounted; a recent ticket in the portal.
  ['FD_TICKET_SUBJECT', 'freshdesk/list.html', [1, 0]], // the hidden page of 7001
  ['FD_TICKET_ID_HOLDER', 'freshdesk/list.html', [1, 0]],
  ['FD_TICKET_PROPERTIES', 'freshdesk/list.html', [1]],
  // Rows 7001, 7002 (#id and subject), 7003 (absolute); hidden rows 6990, 7002; hidden page's 6990 and breadcrumb;
  // the app's view link, "New ticket", the pager's next page, the portal's 6991.
  ['FD_TICKET_LINK', 'freshdesk/list.html', [12]],
  ['FD_LIST_ROW', 'freshdesk/list.html', [6, 0]], // header row + 3 rows + 2 hidden rows
  ['FD_LIST_CARD', 'freshdesk/list.html', [3]], // the portal's options
  ['FD_NOT_A_LIST', 'freshdesk/list.html', [1, 3, 1, 0]], // portal; app nav, hidden breadcrumb, pager; the sort listbox
  // Card view: 3 cards of plain divs (no tr, role="row" or li).
  ['FD_TICKET_SUBJECT', 'freshdesk/list-cards.html', [0, 0]],
  ['FD_TICKET_ID_HOLDER', 'freshdesk/list-cards.html', [0, 0]],
  ['FD_TICKET_PROPERTIES', 'freshdesk/list-cards.html', [0]],
  ['FD_TICKET_LINK', 'freshdesk/list-cards.html', [8]], // 3 cards; the app's and the list's view links (4); "New ticket"
  ['FD_LIST_ROW', 'freshdesk/list-cards.html', [0, 0]],
  ['FD_LIST_CARD', 'freshdesk/list-cards.html', [0]],
  ['FD_NOT_A_LIST', 'freshdesk/list-cards.html', [1, 1, 0, 0]], // the empty portal; the app nav
];
