/**
 * Each fixture page reads to exactly the expected fields. (The selector contract, every selector constant against
 * every fixture, is in test/sites/<tool>/selector-counts.ts, run by test/sites/registry.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readHubspotCompany } from '../../lib/sites/hubspot/read-page';
import { readSalesforceAccount } from '../../lib/sites/salesforce/read-page';
import { readZendeskListRows, readZendeskTicketFromPage, zendeskRowBadgeAnchor, zendeskRowTicketId, zendeskTicketHeaderAnchor } from '../../lib/sites/zendesk';
import { loadFixtureDocument, readAtUrl } from '../fixtures/dom';

type Fixture = string;

const documents = new Map<Fixture, Document>();
function fixture(name: Fixture): Document {
  let doc = documents.get(name);
  if (!doc) {
    doc = loadFixtureDocument(name);
    documents.set(name, doc);
  }
  return doc;
}

const SF_URL = new URL('https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIAZ/view');
const HS_URL = new URL('https://app.hubspot.com/contacts/4815162/record/0-2/9876543210');
const ZD_TICKET_URL = new URL('https://acme.zendesk.com/agent/tickets/1001');

describe('readSalesforceAccount', () => {
  it('reads every field of the shown account by label, from light DOM and open shadow roots alike', () => {
    expect(readAtUrl(readSalesforceAccount, fixture('salesforce/account.html'), SF_URL)).toEqual({
      tool: 'salesforce',
      kind: 'account',
      recordId: '001Dn00000AbCdEIAZ',
      url: SF_URL.href,
      name: 'Acme Corp',
      fields: {
        'Account Name': 'Acme Corp',
        'Account Owner': 'Jane Doe',
        Segment: 'Enterprise',
        ARR: '$1,250,000.00',
        'Purchased Packages': 'Slack Support;24/7 Support SLAs',
        Deployment: 'Dedicated Cloud',
        Kubernetes: 'Yes',
        'External Services': '',
        'Slack Opt-Out': 'false',
        'Implementation Start': '1/15/2024',
        'Implementation End': '6/30/2024',
        'Renewal Date': '3/31/2025',
      },
      names: {
        Name: 'Acme Corp',
        Segment__c: 'Enterprise',
        ARR__c: '$1,250,000.00',
        Purchased_Packages__c: 'Slack Support;24/7 Support SLAs',
        Deployment__c: 'Dedicated Cloud',
        External_Services__c: '',
        Slack_Opt_Out__c: 'false',
        Implementation_End__c: '6/30/2024',
        Renewal_Date__c: '3/31/2025',
      },
    });
  });

  it('reads API names from the inner listitem div (as in the real capture), from the host, and from inside a shadow root', () => {
    const names = readAtUrl(readSalesforceAccount, fixture('salesforce/account.html'), SF_URL)?.names ?? {};
    expect(names.Segment__c).toBe('Enterprise'); // inner div.slds-grid[role=listitem]
    expect(names.Deployment__c).toBe('Dedicated Cloud'); // records-record-layout-item host
    expect(names.ARR__c).toBe('$1,250,000.00'); // inner div inside the item's open shadow root
  });

  it('leaves an item without data-target-selection-name out of the names, not out of the fields', () => {
    const record = readAtUrl(readSalesforceAccount, fixture('salesforce/account.html'), SF_URL);
    expect(record?.fields.Kubernetes).toBe('Yes');
    expect(Object.values(record?.names ?? {})).not.toContain('Yes');
    expect(Object.keys(record?.names ?? {})).not.toContain('OwnerId');
  });

  it("takes only an Account field's API name: another object's field (an edit modal's) names nothing", () => {
    const doc = loadFixtureDocument('salesforce/account.html');
    doc
      .querySelector('div.oneContent.active [role="listitem"][data-target-selection-name$=".Segment__c"]')
      ?.setAttribute('data-target-selection-name', 'sfdc:RecordField.Task.Subject');
    const record = readAtUrl(readSalesforceAccount, doc, SF_URL);
    expect(record?.fields.Segment).toBe('Enterprise');
    expect(record?.names).not.toHaveProperty('Segment__c');
    expect(record?.names).not.toHaveProperty('Subject');
  });

  it("gives '' (not a missing key) for a rendered field with no value", () => {
    const fields = readAtUrl(readSalesforceAccount, fixture('salesforce/account.html'), SF_URL)?.fields ?? {};
    expect(Object.hasOwn(fields, 'External Services')).toBe(true);
    expect(fields['External Services']).toBe('');
  });

  it("reads an Aura checkbox image's alt as 'true'/'false'", () => {
    const doc = loadFixtureDocument('salesforce/account.html');
    const value = doc.querySelector('div.oneContent.active records-record-layout-item[field-label="Kubernetes"] .test-id__field-value');
    if (value) value.innerHTML = '<span class="uiOutputCheckbox"><img alt="True" src="/img/checkbox_checked.gif"></span>';
    expect(readAtUrl(readSalesforceAccount, doc, SF_URL)?.fields.Kubernetes).toBe('true');
  });

  it('reads the object-less record URL form too', () => {
    const url = new URL('https://acme.lightning.force.com/lightning/r/001Dn00000AbCdEIAZ/view');
    expect(readAtUrl(readSalesforceAccount, fixture('salesforce/account.html'), url)?.fields.Segment).toBe('Enterprise');
  });

  it('reads only the active page, not a hidden cached one, and refuses to guess when no page is marked active', () => {
    const doc = loadFixtureDocument('salesforce/account.html');
    expect(readAtUrl(readSalesforceAccount, doc, SF_URL)?.name).toBe('Acme Corp');
    doc.querySelector('div.oneContent.active')?.classList.remove('active');
    expect(readAtUrl(readSalesforceAccount, doc, SF_URL)).toBeNull();
  });

  it('reads a single record page without the page host marker', () => {
    const doc = loadFixtureDocument('salesforce/account.html');
    doc.querySelector('div.oneContent:not(.active)')?.remove();
    doc.querySelector('div.oneContent.active')?.classList.remove('active');
    expect(readAtUrl(readSalesforceAccount, doc, SF_URL)?.fields.ARR).toBe('$1,250,000.00');
  });

  it('is null for a URL that is not an account page', () => {
    const contact = new URL('https://acme.lightning.force.com/lightning/r/Contact/003Dn00000XyZaBIAV/view');
    expect(readAtUrl(readSalesforceAccount, fixture('salesforce/account.html'), contact)).toBeNull();
  });

  it('is null for a page that is not a record (nothing rendered, or another product)', () => {
    expect(readAtUrl(readSalesforceAccount, fixture('hubspot/company.html'), SF_URL)).toBeNull();
    expect(readAtUrl(readSalesforceAccount, fixture('zendesk/view.html'), SF_URL)).toBeNull();
  });
});

describe('readHubspotCompany (more in hubspot.test.ts)', () => {
  it('reads the real-markup sidebar: the name from the highlights strip, every property by label and by internal name', () => {
    expect(readAtUrl(readHubspotCompany, fixture('hubspot/company.html'), HS_URL)).toEqual({
      tool: 'hubspot',
      kind: 'account',
      recordId: '9876543210',
      url: HS_URL.href,
      name: 'Acme Corp',
      fields: {
        'Company name': 'Acme Corp',
        'Company domain name': 'acme.example',
        'Company owner': 'Jane Doe',
        'Lifecycle stage': 'Customer',
        Segment: 'Enterprise',
        ARR: '$1,250,000',
        'Annual revenue': '$50,000,000',
        'Purchased Packages': 'Slack Support; 24/7 Support SLAs',
        Deployment: 'Dedicated Cloud',
        Kubernetes: 'Yes',
        'External Services': '',
        'Implementation Start': '01/15/2024',
        'Implementation End': '06/30/2024',
        'Slack Opt-Out': 'No',
        'Renewal Date': '03/31/2025',
        'Create date': '09/12/2021 10:02 AM GMT+2',
      },
      names: {
        name: 'Acme Corp',
        domain: 'acme.example',
        hubspot_owner_id: 'Jane Doe',
        lifecyclestage: 'Customer',
        segment: 'Enterprise',
        arr: '$1,250,000',
        annualrevenue: '$50,000,000',
        purchased_packages: 'Slack Support; 24/7 Support SLAs',
        deployment: 'Dedicated Cloud',
        kubernetes: 'Yes',
        external_services: '',
        implementation_start: '01/15/2024',
        implementation_end: '06/30/2024',
        slack_opt_out: 'No',
        renewal_date: '03/31/2025',
        createdate: '09/12/2021 10:02 AM GMT+2',
      },
    });
  });

  it('reads the older /company/{id} URL', () => {
    const url = new URL('https://app.hubspot.com/contacts/4815162/company/9876543210');
    expect(readAtUrl(readHubspotCompany, fixture('hubspot/company.html'), url)?.recordId).toBe('9876543210');
  });

  it('is null for a contact URL and for a page that is not a record', () => {
    expect(readAtUrl(readHubspotCompany, fixture('hubspot/company.html'), new URL('https://app.hubspot.com/contacts/4815162/record/0-1/1001'))).toBeNull();
    expect(readAtUrl(readHubspotCompany, fixture('salesforce/account.html'), HS_URL)).toBeNull();
  });
});

describe('Zendesk ticket page', () => {
  it('reads subject, displayed priority and organization of the ticket in the URL', () => {
    expect(readAtUrl(readZendeskTicketFromPage, fixture('zendesk/ticket.html'), ZD_TICKET_URL)).toEqual({
      ticket: {
        tool: 'zendesk',
        ticketId: '1001',
        subject: 'Production cluster down after upgrade',
        priority: 'Urgent',
        severityField: null,
        status: null,
        createdAt: null,
        firstResponseAt: null,
        resolvedAt: null,
        organizationId: null,
      },
      organizationName: 'Acme Corp',
    });
  });

  it('reads the background tab when its ticket is the one in the URL', () => {
    const read = readAtUrl(readZendeskTicketFromPage, fixture('zendesk/ticket.html'), new URL('https://acme.zendesk.com/agent/tickets/998'));
    expect([read?.ticket.subject, read?.ticket.priority, read?.organizationName]).toEqual(['Invoice copy', 'Low', 'Globex Inc']);
  });

  it('is null when no mounted tab is the ticket in the URL, or the URL is not a ticket page', () => {
    expect(readAtUrl(readZendeskTicketFromPage, fixture('zendesk/ticket.html'), new URL('https://acme.zendesk.com/agent/tickets/5555'))).toBeNull();
    expect(readAtUrl(readZendeskTicketFromPage, fixture('zendesk/ticket.html'), new URL('https://acme.zendesk.com/agent/filters/1'))).toBeNull();
    expect(readAtUrl(readZendeskTicketFromPage, fixture('zendesk/view.html'), ZD_TICKET_URL)).toBeNull();
  });

  it('does not read a lone tab that names another ticket, but does read a lone tab that names none', () => {
    const doc = loadFixtureDocument('zendesk/ticket.html');
    doc.querySelector('section.ticket')?.remove(); // keep only the tab of 1001
    const other = new URL('https://acme.zendesk.com/agent/tickets/2002');
    expect(readAtUrl(readZendeskTicketFromPage, doc, other)).toBeNull();
    doc.querySelector('[data-side-conversations-anchor-id]')?.removeAttribute('data-side-conversations-anchor-id');
    expect(readAtUrl(readZendeskTicketFromPage, doc, other)?.ticket).toMatchObject({ ticketId: '2002', subject: 'Production cluster down after upgrade' });
  });

  it("mounts the header badge next to the subject of the ticket's own tab", () => {
    const doc = fixture('zendesk/ticket.html');
    const anchor = zendeskTicketHeaderAnchor(doc, '1001');
    expect(anchor?.className).toBe('ticket-header__subject');
    expect(anchor?.querySelector('input')?.getAttribute('value')).toBe('Production cluster down after upgrade');
    expect(zendeskTicketHeaderAnchor(doc, '5555')).toBeNull();
    expect(zendeskTicketHeaderAnchor(fixture('zendesk/view.html'))).toBeNull();
  });
});

describe('Zendesk ticket view', () => {
  it('finds every ticket row in order, with its ticket id', () => {
    const rows = readZendeskListRows(fixture('zendesk/view.html'));
    expect(rows.map((r) => r.ticketId)).toEqual(['1001', '1002', '1003']);
    for (const { row } of rows) expect(row.getAttribute('data-test-id')).toBe('generic-table-row');
  });

  it('puts the badge in the subject cell', () => {
    for (const { row } of readZendeskListRows(fixture('zendesk/view.html'))) {
      expect(zendeskRowBadgeAnchor(row)?.getAttribute('data-test-id')).toBe('ticket-table-cells-subject');
    }
  });

  it('falls back to the ID column when a row has no ticket link, and skips rows that name no ticket', () => {
    const doc = loadFixtureDocument('zendesk/view.html');
    const [first, second] = Array.from(doc.querySelectorAll('tr[data-test-id="generic-table-row"]'));
    first?.querySelector('a')?.remove();
    second?.querySelector('a')?.remove();
    second?.querySelector('[data-test-id="generic-table-cells-id"]')?.remove();
    expect(first && zendeskRowTicketId(first)).toBe('1001');
    expect(readZendeskListRows(doc).map((r) => r.ticketId)).toEqual(['1001', '1003']);
  });

  it('reads absolute ticket links too', () => {
    const doc = loadFixtureDocument('zendesk/view.html');
    const row = doc.querySelector('tr[data-test-id="generic-table-row"]');
    row?.querySelector('a')?.setAttribute('href', 'https://acme.zendesk.com/agent/tickets/4242?x=1');
    row?.querySelector('[data-test-id="generic-table-cells-id"]')?.remove();
    expect(row && zendeskRowTicketId(row)).toBe('4242');
  });
});

describe('a reader handed another page’s match reads nothing, whatever the document shows', () => {
  // Content scripts match the URL once and hand the match over; a reader still checks it was meant for it.
  const url = new URL('https://example.test/anything');
  it.each([
    ['Salesforce', () => readSalesforceAccount(fixture('salesforce/account.html'), { tool: 'hubspot', kind: 'account', recordId: '9876543210' }, url)],
    ['Salesforce, a ticket page', () => readSalesforceAccount(fixture('salesforce/account.html'), { tool: 'salesforce', kind: 'ticket', recordId: '500Dn000001AbCd' }, url)],
    ['Salesforce, no record id', () => readSalesforceAccount(fixture('salesforce/account.html'), { tool: 'salesforce', kind: 'account', recordId: null }, url)],
    ['HubSpot', () => readHubspotCompany(fixture('hubspot/company.html'), { tool: 'salesforce', kind: 'account', recordId: '001Dn00000AbCdEIAZ' }, url)],
    ['HubSpot, a list', () => readHubspotCompany(fixture('hubspot/company.html'), { tool: 'hubspot', kind: 'ticket-list', recordId: null }, url)],
    ['Zendesk', () => readZendeskTicketFromPage(fixture('zendesk/ticket.html'), { tool: 'hubspot', kind: 'ticket', recordId: '1001' })],
    ['Zendesk, a view', () => readZendeskTicketFromPage(fixture('zendesk/ticket.html'), { tool: 'zendesk', kind: 'ticket-list', recordId: '1001' })],
  ])('%s', (_reader, read) => {
    expect(read()).toBeNull();
  });
});
