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
  // Ticket record: 13 rows in "About this ticket" (subject, pipeline, status, priority, the owner without a value
  // marker, create date, category, six SLA rows); 7 enum carets (3 in the strip, 4 in rows) and the strip's icon.
  ['HS_RECORD_SIDEBAR', 'hubspot/ticket.html', [1]],
  ['HS_PROPERTY_ROW', 'hubspot/ticket.html', [13]],
  ['HS_PROPERTY_LABEL', 'hubspot/ticket.html', [13]],
  ['HS_PROPERTY_VALUE', 'hubspot/ticket.html', [12]],
  ['HS_VALUE_NOISE', 'hubspot/ticket.html', [7, 8]],
  ['HS_ALL_PROPERTIES_ROW', 'hubspot/ticket.html', [0]],
  ['HS_LEGACY_PROPERTY_ROW', 'hubspot/ticket.html', [0]],
  ['HS_LOADING', 'hubspot/ticket.html', [0]],
  ['HS_RECORD_TITLE', 'hubspot/ticket.html', [0, 1]], // the company title's older alternative is the ticket's title too; the company reader never reads a ticket URL
  ['HS_HIGHLIGHT_STRIP', 'hubspot/ticket.html', [1]],
  ['HS_HIGHLIGHT_VALUE', 'hubspot/ticket.html', [4]], // subject, pipeline, status, priority
  ['HS_TICKET_TITLE', 'hubspot/ticket.html', [1, 1]], // highlightTitle is the h1 around the strip's subject
  ['HS_ASSOCIATION_CARD', 'hubspot/ticket.html', [3, 3]], // contacts, companies, deals
  ['HS_COMPANY_LINK', 'hubspot/ticket.html', [1]], // not the contact's nor the deal's link
  // No company, still loading: no priority row, the owner's value not rendered; the panel's 2 rows and 4 skeletons.
  ['HS_PROPERTY_ROW', 'hubspot/ticket-no-company.html', [12]],
  ['HS_ALL_PROPERTIES_ROW', 'hubspot/ticket-no-company.html', [2]],
  ['HS_PROPERTY_LABEL', 'hubspot/ticket-no-company.html', [14]],
  ['HS_PROPERTY_VALUE', 'hubspot/ticket-no-company.html', [13]],
  ['HS_LOADING', 'hubspot/ticket-no-company.html', [4]],
  ['HS_HIGHLIGHT_VALUE', 'hubspot/ticket-no-company.html', [3]], // no priority in the strip either
  ['HS_ASSOCIATION_CARD', 'hubspot/ticket-no-company.html', [2, 2]], // contacts, and the empty companies card
  ['HS_COMPANY_LINK', 'hubspot/ticket-no-company.html', [0]],
  // Two companies.
  ['HS_PROPERTY_ROW', 'hubspot/ticket-two-companies.html', [13]],
  ['HS_TICKET_TITLE', 'hubspot/ticket-two-companies.html', [1, 1]],
  ['HS_ASSOCIATION_CARD', 'hubspot/ticket-two-companies.html', [2, 2]],
  ['HS_COMPANY_LINK', 'hubspot/ticket-two-companies.html', [2]],
  // Help Desk workspace (inferred, Low): the record-sidebar cards without the record layout's columns.
  ['HS_RECORD_SIDEBAR', 'hubspot/ticket-helpdesk.html', [0]],
  ['HS_PROPERTY_ROW', 'hubspot/ticket-helpdesk.html', [13]],
  ['HS_PROPERTY_VALUE', 'hubspot/ticket-helpdesk.html', [12]],
  ['HS_HIGHLIGHT_STRIP', 'hubspot/ticket-helpdesk.html', [1]],
  ['HS_HIGHLIGHT_VALUE', 'hubspot/ticket-helpdesk.html', [4]],
  ['HS_TICKET_TITLE', 'hubspot/ticket-helpdesk.html', [1, 1]],
  ['HS_ASSOCIATION_CARD', 'hubspot/ticket-helpdesk.html', [0, 2]], // no records-right-sidebar: the second alternative serves
  ['HS_COMPANY_LINK', 'hubspot/ticket-helpdesk.html', [1]],
  // The ticket hooks on company pages: no ticket title, no company link (the cards link contacts and deals).
  ['HS_HIGHLIGHT_STRIP', 'hubspot/company.html', [1]],
  ['HS_HIGHLIGHT_VALUE', 'hubspot/company.html', [3]], // name, domain, phone
  ['HS_TICKET_TITLE', 'hubspot/company.html', [0, 0]],
  ['HS_ASSOCIATION_CARD', 'hubspot/company.html', [2, 2]],
  ['HS_COMPANY_LINK', 'hubspot/company.html', [0]],
  ['HS_TICKET_TITLE', 'hubspot/company-legacy.html', [1, 0]], // the older highlight card's title
  ['HS_HIGHLIGHT_STRIP', 'hubspot/company-legacy.html', [0]],
  // Other products.
  ['HS_PROPERTY_ROW', 'salesforce/account.html', [0]],
  ['HS_PROPERTY_VALUE', 'salesforce/account.html', [0]],
  ['HS_PROPERTY_ROW', 'zendesk/ticket.html', [0]],
  ['HS_PROPERTY_VALUE', 'zendesk/ticket.html', [0]],
  ['HS_TICKET_TITLE', 'salesforce/account.html', [0, 0]],
  ['HS_HIGHLIGHT_VALUE', 'salesforce/account.html', [0]],
  ['HS_ASSOCIATION_CARD', 'zendesk/ticket.html', [0, 0]],
  ['HS_COMPANY_LINK', 'zendesk/ticket.html', [0]],
];
