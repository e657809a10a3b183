/**
 * Zendesk Support: URLs it must read and URLs it must not, with what the registry's `matchPage` says of each. Real URL shapes
 * from the tool's documentation (cited in lib/sites/zendesk/urls.ts). test/sites/registry.test.ts runs every tool's
 * table and checks that each tool rejects the URLs every other tool accepts.
 */
import type { UrlTable } from '../url-table';

const zt = (recordId: string) => ({ tool: 'zendesk', kind: 'ticket', recordId }) as const;
const zl = (recordId: string | null) => ({ tool: 'zendesk', kind: 'ticket-list', recordId }) as const;

export const URL_TABLE: UrlTable = {
  accept: [
    // Ticket pages.
    ['https://acme.zendesk.com/agent/tickets/1001', zt('1001')],
    ['https://acme.zendesk.com/agent/tickets/1001/', zt('1001')],
    ['https://acme.zendesk.com/agent/tickets/1001?brand_id=360000000002#reply', zt('1001')],
    ['https://acme-support.zendesk.com/agent/tickets/1', zt('1')],
    ['https://acme.zendesk.com/agent/tickets/77?x=/agent/tickets/88#/agent/tickets/99', zt('77')], // the id comes from the path, never the query or hash
    // Ticket views, and Home's table of tickets.
    ['https://acme.zendesk.com/agent/filters/360001234567', zl('360001234567')],
    ['https://acme.zendesk.com/agent/filters/360001234567/', zl('360001234567')],
    ['https://acme.zendesk.com/agent/dashboard', zl(null)], // Home: table of tickets requiring attention
  ],
  reject: [
    'https://acme.zendesk.com/agent/tickets/new/1', // new-ticket form
    'https://acme.zendesk.com/hc/en-us/requests/1001', // help center request page
    'https://acme.zendesk.com/hc/en-us',
    'https://acme.zendesk.com/agent/users/20001/requested_tickets',
    'https://acme.zendesk.com/api/v2/tickets/1001.json',
    'http://acme.zendesk.com/agent/tickets/1001',
    'https://acme.zendesk.com:8443/agent/tickets/1001',
    'https://zendesk.com.evil.example/agent/tickets/1001',
    'https://acme.zendesk.com.evil.example/agent/tickets/1001',
    'https://evilzendesk.com/agent/tickets/1001',
    'https://a.b.zendesk.com/agent/tickets/1001',
    'https://support.acme.example/agent/tickets/1001', // host-mapped domain: help center only
    'https://acme.zendesk.com/agent/filters',
    'https://acme.zendesk.com/agent/filters/suspended',
    'https://acme.zendesk.com/agent/admin/views',
    'https://acme.zendesk.com/hc/en-us/requests',
    'http://acme.zendesk.com/agent/filters/360001234567',
    'https://acme.zendesk.com.evil.example/agent/filters/360001234567',
  ],
};
