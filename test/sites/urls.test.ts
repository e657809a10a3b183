import { describe, expect, it } from 'vitest';
import type { PageMatch } from '../../lib/sites/types';
import { isHubspotCompany, isSalesforceAccount, isZendeskTicket, isZendeskTicketList, matchPage } from '../../lib/sites/urls';

type Detector = (url: URL) => boolean;

interface DetectorCase {
  name: string;
  detect: Detector;
  /** URL → what matchPage must say about it. */
  accept: Array<[string, PageMatch]>;
  reject: string[];
}

const SF_ID = '001Dn00000AbCdEIAZ';
const sf = (recordId: string): PageMatch => ({ tool: 'salesforce', kind: 'account', recordId });
const hs = (recordId: string): PageMatch => ({ tool: 'hubspot', kind: 'account', recordId });
const zt = (recordId: string): PageMatch => ({ tool: 'zendesk', kind: 'ticket', recordId });
const zl = (recordId: string | null): PageMatch => ({ tool: 'zendesk', kind: 'ticket-list', recordId });

const CASES: DetectorCase[] = [
  {
    name: 'isSalesforceAccount',
    detect: isSalesforceAccount,
    accept: [
      [`https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)],
      ['https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdE/view', sf('001Dn00000AbCdE')], // 15-char id
      [`https://acme.lightning.force.com/lightning/r/${SF_ID}/view`, sf(SF_ID)], // object-less record pageReference
      [`https://acme.my.salesforce.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)],
      [`https://acme--uat.sandbox.lightning.force.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)],
      [`https://acme--uat.sandbox.my.salesforce.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)],
      [`https://acme-dev-ed.develop.lightning.force.com/lightning/r/Account/${SF_ID}/view`, sf(SF_ID)], // Developer Edition
      [`https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/view?ws=%2Flightning%2Fr%2FCase%2F500Dn000001AbCdIAK%2Fview`, sf(SF_ID)], // console
      [`https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/view/#tab`, sf(SF_ID)],
    ],
    reject: [
      'https://acme.lightning.force.com/lightning/r/Contact/003Dn00000XyZaBIAV/view', // contact record
      'https://acme.lightning.force.com/lightning/r/003Dn00000XyZaBIAV/view', // object-less, contact key prefix
      'https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent', // list view
      `https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/related/Contacts/view`, // related list page
      `https://acme.lightning.force.com/lightning/r/Account/${SF_ID}/edit`,
      'https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIA/view', // 17 chars
      `https://acme.my.salesforce.com/${SF_ID}`, // Salesforce Classic
      `http://acme.lightning.force.com/lightning/r/Account/${SF_ID}/view`,
      `https://acme.lightning.force.com:8443/lightning/r/Account/${SF_ID}/view`,
      `https://lightning.force.com/lightning/r/Account/${SF_ID}/view`,
      `https://acme.lightning.force.com.evil.example/lightning/r/Account/${SF_ID}/view`,
      `https://evil-lightning.force.com/lightning/r/Account/${SF_ID}/view`,
      `https://acme.lightning.force.co/lightning/r/Account/${SF_ID}/view`,
      `https://login.salesforce.com/lightning/r/Account/${SF_ID}/view`,
    ],
  },
  {
    name: 'isHubspotCompany',
    detect: isHubspotCompany,
    accept: [
      ['https://app.hubspot.com/contacts/4815162/record/0-2/9876543210', hs('9876543210')],
      ['https://app.hubspot.com/contacts/4815162/record/0-2/9876543210/', hs('9876543210')],
      ['https://app.hubspot.com/contacts/4815162/record/0-2/9876543210?interaction=note', hs('9876543210')],
      ['https://app-eu1.hubspot.com/contacts/4815162/record/0-2/9876543210', hs('9876543210')],
      ['https://app.hubspot.com/contacts/4815162/company/9876543210', hs('9876543210')], // older company URL
      ['https://app.hubspot.com/contacts/4815162/company/9876543210/', hs('9876543210')],
    ],
    reject: [
      'https://app.hubspot.com/contacts/4815162/record/0-1/1001', // contact
      'https://app.hubspot.com/contacts/4815162/record/0-3/2002', // deal
      'https://app.hubspot.com/contacts/4815162/contact/1001', // older contact URL
      'https://app.hubspot.com/contacts/4815162/objects/0-2/views/all/list', // companies index
      'https://app.hubspot.com/contacts/4815162/record/0-2/acme',
      'http://app.hubspot.com/contacts/4815162/record/0-2/9876543210',
      'https://app.hubspot.com.evil.example/contacts/4815162/record/0-2/9876543210',
      'https://www.hubspot.com/contacts/4815162/record/0-2/9876543210',
      'https://hubspot.com/contacts/4815162/record/0-2/9876543210',
      'https://app.hubspotqa.com/contacts/4815162/record/0-2/9876543210',
    ],
  },
  {
    name: 'isZendeskTicket',
    detect: isZendeskTicket,
    accept: [
      ['https://acme.zendesk.com/agent/tickets/1001', zt('1001')],
      ['https://acme.zendesk.com/agent/tickets/1001/', zt('1001')],
      ['https://acme.zendesk.com/agent/tickets/1001?brand_id=360000000002#reply', zt('1001')],
      ['https://acme-support.zendesk.com/agent/tickets/1', zt('1')],
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
    ],
  },
  {
    name: 'isZendeskTicketList',
    detect: isZendeskTicketList,
    accept: [
      ['https://acme.zendesk.com/agent/filters/360001234567', zl('360001234567')],
      ['https://acme.zendesk.com/agent/filters/360001234567/', zl('360001234567')],
      ['https://acme.zendesk.com/agent/dashboard', zl(null)], // Home: table of tickets requiring attention
    ],
    reject: [
      'https://acme.zendesk.com/agent/filters',
      'https://acme.zendesk.com/agent/filters/suspended',
      'https://acme.zendesk.com/agent/admin/views',
      'https://acme.zendesk.com/hc/en-us/requests',
      'http://acme.zendesk.com/agent/filters/360001234567',
      'https://acme.zendesk.com.evil.example/agent/filters/360001234567',
    ],
  },
];

describe.each(CASES)('$name', ({ detect, accept, reject }) => {
  it.each(accept)('accepts %s', (href, expected) => {
    const url = new URL(href);
    expect(detect(url)).toBe(true);
    expect(matchPage(url)).toEqual(expected);
  });

  it.each(reject.map((href) => [href]))('rejects %s', (href) => {
    expect(detect(new URL(href))).toBe(false);
  });
});

describe('detectors are mutually exclusive', () => {
  const pairs = CASES.flatMap((detector) =>
    CASES.filter((other) => other !== detector).flatMap((other) =>
      other.accept.map(([href]) => [detector.name, other.name, href] as const),
    ),
  );

  it.each(pairs)('%s rejects what %s accepts: %s', (detectorName, _other, href) => {
    const detector = CASES.find((c) => c.name === detectorName);
    expect(detector?.detect(new URL(href))).toBe(false);
  });
});

describe('matchPage', () => {
  it.each(CASES.flatMap((c) => c.reject.map((href) => [href])))('is null for %s', (href) => {
    // Every rejected URL here is no supported page at all, not merely another detector's page.
    expect(matchPage(new URL(href))).toBeNull();
  });

  it('ignores the query and hash when extracting the id', () => {
    expect(matchPage(new URL('https://acme.zendesk.com/agent/tickets/77?x=/agent/tickets/88#/agent/tickets/99'))).toEqual(zt('77'));
  });
});
