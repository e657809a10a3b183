/**
 * HubSpot: URLs it must read and URLs it must not, with what the registry's `matchPage` says of each. Real URL shapes
 * from the tool's documentation (cited in lib/sites/hubspot/urls.ts). test/sites/registry.test.ts runs every tool's
 * table and checks that each tool rejects the URLs every other tool accepts.
 */
import type { UrlTable } from '../url-table';

const hs = (recordId: string) => ({ tool: 'hubspot', kind: 'account', recordId }) as const;
const ticket = (recordId: string) => ({ tool: 'hubspot', kind: 'ticket', recordId }) as const;

export const URL_TABLE: UrlTable = {
  accept: [
    ['https://app.hubspot.com/contacts/4815162/record/0-2/9876543210', hs('9876543210')],
    ['https://app.hubspot.com/contacts/4815162/record/0-2/9876543210/', hs('9876543210')],
    ['https://app.hubspot.com/contacts/4815162/record/0-2/9876543210?interaction=note', hs('9876543210')],
    ['https://app-eu1.hubspot.com/contacts/4815162/record/0-2/9876543210', hs('9876543210')],
    ['https://app.hubspot.com/contacts/4815162/company/9876543210', hs('9876543210')], // older company URL
    ['https://app.hubspot.com/contacts/4815162/company/9876543210/', hs('9876543210')],
    // Tickets (next-tools-and-anchors.md §2b): the CRM record (0-5 = tickets, High), its sub-routes, the older
    // `/ticket/` URL (Medium), and a ticket opened in the Help Desk workspace (Medium).
    ['https://app.hubspot.com/contacts/4815162/record/0-5/5550001', ticket('5550001')],
    ['https://app.hubspot.com/contacts/4815162/record/0-5/5550001/', ticket('5550001')],
    ['https://app.hubspot.com/contacts/4815162/record/0-5/5550001/history?interaction=email', ticket('5550001')],
    ['https://app-eu1.hubspot.com/contacts/4815162/record/0-5/5550001', ticket('5550001')],
    ['https://app.hubspot.com/contacts/4815162/ticket/5550001', ticket('5550001')],
    ['https://app.hubspot.com/help-desk/4815162/view/1234/ticket/5550001', ticket('5550001')],
    ['https://app.hubspot.com/help-desk/4815162/view/search/ticket/5550001', ticket('5550001')],
    ['https://app-eu1.hubspot.com/help-desk/4815162/view/1234/ticket/5550001/', ticket('5550001')],
  ],
  reject: [
    'https://app.hubspot.com/contacts/4815162/record/0-1/1001', // contact
    'https://app.hubspot.com/contacts/4815162/record/0-3/2002', // deal
    'https://app.hubspot.com/contacts/4815162/contact/1001', // older contact URL
    'https://app.hubspot.com/contacts/4815162/objects/0-2/views/all/list', // companies index
    'https://app.hubspot.com/contacts/4815162/record/0-2/acme',
    // Ticket lists are not routed: no list badges for HubSpot yet (§2b's index, board and help-desk list shapes).
    'https://app.hubspot.com/contacts/4815162/objects/0-5/views/all/board', // ticket board
    'https://app.hubspot.com/contacts/4815162/objects/0-5/views/all/list', // ticket index
    'https://app.hubspot.com/help-desk/4815162/views/all/open', // help-desk list
    'https://app.hubspot.com/help-desk/4815162/view/1234', // a help-desk view with no ticket open
    'https://app.hubspot.com/help-desk/4815162/view/1234/ticket/abc',
    'https://app.hubspot.com/contacts/4815162/record/0-5/',
    'https://app.hubspot.com/contacts/4815162/record/0-5/xyz',
    'http://app.hubspot.com/contacts/4815162/record/0-2/9876543210',
    'https://app.hubspot.com.evil.example/contacts/4815162/record/0-2/9876543210',
    'https://www.hubspot.com/contacts/4815162/record/0-2/9876543210',
    'https://hubspot.com/contacts/4815162/record/0-2/9876543210',
    'https://app.hubspotqa.com/contacts/4815162/record/0-2/9876543210',
  ],
};
