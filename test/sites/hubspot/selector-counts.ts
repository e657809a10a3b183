/**
 * HubSpot's selector contract (in the spirit of Refined GitHub's selector tests): each selector constant of
 * lib/sites/hubspot/selectors.ts run against the saved fixture pages must match an exact number of elements, per
 * alternative, since each alternative serves one page variant (0 = the variant that fixture does not model).
 * test/sites/registry.test.ts runs these rows, and fails for a constant without one.
 */
import type { SelectorCount } from '../selector-count';

export const SELECTOR_COUNTS: readonly SelectorCount[] = [
  // HubSpot, current layout — 16 rows in "About this company", one of them the owner (no value marker).
  ['HS_RECORD_SIDEBAR', 'hubspot/company.html', [1]],
  ['HS_PROPERTY_ROW', 'hubspot/company.html', [16]],
  ['HS_PROPERTY_LABEL', 'hubspot/company.html', [16]],
  ['HS_PROPERTY_VALUE', 'hubspot/company.html', [15]],
  ['HS_VALUE_NOISE', 'hubspot/company.html', [6, 7]], // 6 enum carets; aria-hidden: the carets + the avatar
  ['HS_RECORD_TITLE', 'hubspot/company.html', [1, 0]], // highlights strip; older highlight card not on this page
  ['HS_ALL_PROPERTIES_ROW', 'hubspot/company.html', [0]],
  ['HS_LEGACY_PROPERTY_ROW', 'hubspot/company.html', [0]],
  ['HS_LOADING', 'hubspot/company.html', [0]],
  // German page: the same 16 rows, one in edit mode (its value a button).
  ['HS_PROPERTY_ROW', 'hubspot/company-de.html', [16]],
  ['HS_PROPERTY_VALUE', 'hubspot/company-de.html', [15]],
  // Loading: 7 sidebar rows (5 without a value yet, one without a label), the panel's 3 rows and 6 skeletons.
  ['HS_RECORD_SIDEBAR', 'hubspot/company-loading.html', [1]],
  ['HS_PROPERTY_ROW', 'hubspot/company-loading.html', [7]],
  ['HS_ALL_PROPERTIES_ROW', 'hubspot/company-loading.html', [3]], // skeletons are not rows
  ['HS_PROPERTY_LABEL', 'hubspot/company-loading.html', [9]],
  ['HS_PROPERTY_VALUE', 'hubspot/company-loading.html', [5]],
  ['HS_LOADING', 'hubspot/company-loading.html', [6]],
  // Older sidebar form: 7 properties, one shown as plain text; an edit pencil each and one external-link icon.
  ['HS_RECORD_SIDEBAR', 'hubspot/company-legacy.html', [0]],
  ['HS_LEGACY_PROPERTY_ROW', 'hubspot/company-legacy.html', [7]],
  ['HS_PROPERTY_ROW', 'hubspot/company-legacy.html', [0]],
  ['HS_PROPERTY_LABEL', 'hubspot/company-legacy.html', [7]],
  ['HS_PROPERTY_VALUE', 'hubspot/company-legacy.html', [6]],
  ['HS_VALUE_NOISE', 'hubspot/company-legacy.html', [0, 8]],
  ['HS_RECORD_TITLE', 'hubspot/company-legacy.html', [0, 1]],
  // Other products.
  ['HS_PROPERTY_ROW', 'salesforce/account.html', [0]],
  ['HS_PROPERTY_VALUE', 'salesforce/account.html', [0]],
  ['HS_PROPERTY_ROW', 'zendesk/ticket.html', [0]],
  ['HS_PROPERTY_VALUE', 'zendesk/ticket.html', [0]],
];
