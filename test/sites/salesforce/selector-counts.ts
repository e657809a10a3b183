/**
 * Salesforce Lightning's selector contract (in the spirit of Refined GitHub's selector tests): each selector constant of
 * lib/sites/salesforce/selectors.ts run against the saved fixture pages must match an exact number of elements, per
 * alternative, since each alternative serves one page variant (0 = the variant that fixture does not model).
 * test/sites/registry.test.ts runs these rows, and fails for a constant without one.
 */
import type { SelectorCount } from '../selector-count';

export const SELECTOR_COUNTS: readonly SelectorCount[] = [
  // Salesforce — one active page (12 fields) + one hidden cached page (2 fields).
  ['SF_ACTIVE_PAGE', 'salesforce/account.html', [1]],
  ['SF_LAYOUT_ITEM', 'salesforce/account.html', [14, 0]], // LWC layout; Aura layout not modelled
  ['SF_FIELD_API_NAME', 'salesforce/account.html', [11]], // 2 hosts on the cached page; active page: 5 inner divs + 4 hosts (3 items carry none)
  ['SF_FIELD_API_NAME', 'hubspot/company.html', [0]],
  ['SF_FIELD_LABEL', 'salesforce/account.html', [14, 15]], // +1: the checkbox's own screen-reader label
  ['SF_FIELD_VALUE', 'salesforce/account.html', [14, 14]],
  ['SF_VALUE_NOISE', 'salesforce/account.html', [9, 9, 0, 1]], // buttons, SLDS assistive text, Aura assistive text, help text
  ['SF_HIGHLIGHTS_PANEL', 'salesforce/account.html', [2, 0]],
  ['SF_RECORD_TITLE', 'salesforce/account.html', [2, 2]],
  ['SF_CHECKBOX_VALUE', 'salesforce/account.html', [1, 0]], // LWC checkbox; Aura image not modelled
  ['SF_LAYOUT_ITEM', 'hubspot/company.html', [0, 0]],
  ['SF_LAYOUT_ITEM', 'zendesk/ticket.html', [0, 0]],
];
