/**
 * Zendesk's selector contract (in the spirit of Refined GitHub's selector tests): each selector constant of
 * lib/sites/zendesk/selectors.ts run against the saved fixture pages must match an exact number of elements, per
 * alternative, since each alternative serves one page variant (0 = the variant that fixture does not model).
 * test/sites/registry.test.ts runs these rows, and fails for a constant without one.
 */
import type { SelectorCount } from '../selector-count';

export const SELECTOR_COUNTS: readonly SelectorCount[] = [
  // Zendesk ticket page — two mounted tabs (998 hidden, 1001 shown).
  ['ZD_TICKET_SECTION', 'zendesk/ticket.html', [2]],
  ['ZD_TICKET_ID_HOLDER', 'zendesk/ticket.html', [2]],
  ['ZD_TICKET_SUBJECT', 'zendesk/ticket.html', [2]],
  ['ZD_TICKET_PRIORITY', 'zendesk/ticket.html', [2, 0]], // Garden combobox; older select-button not modelled
  ['ZD_TICKET_ORGANIZATION', 'zendesk/ticket.html', [2, 2]],
  ['ZD_TICKET_ROW', 'zendesk/ticket.html', [0]],
  // Zendesk view — 3 rows, 9 cells each.
  ['ZD_TICKET_TABLE', 'zendesk/view.html', [1]],
  ['ZD_TICKET_ROW', 'zendesk/view.html', [3]],
  ['ZD_ROW_TICKET_LINK', 'zendesk/view.html', [3, 3]],
  ['ZD_ROW_ID_CELL', 'zendesk/view.html', [3]],
  ['ZD_ROW_BADGE_ANCHOR', 'zendesk/view.html', [3, 27]], // 3 rows × 9 cells
  ['ZD_TICKET_SUBJECT', 'zendesk/view.html', [0]],
  ['ZD_TICKET_SECTION', 'zendesk/view.html', [0]],
];
