/**
 * Selector contract tests (in the spirit of Refined GitHub's selector tests): every exported selector
 * constant is run against the saved fixture pages and must match an exact number of elements — per
 * alternative, since each alternative serves one page variant (0 = the variant not modelled by that
 * fixture). Adding a selector without a row here fails the coverage test.
 * Then behaviour: each fixture reads to exactly the expected fields.
 */
import { describe, expect, it } from 'vitest';
import { deepQuerySelectorAll } from '../../lib/sites/deep-query';
import * as hubspotSelectors from '../../lib/sites/hubspot.selectors';
import { readHubspotCompany } from '../../lib/sites/hubspot';
import * as salesforceSelectors from '../../lib/sites/salesforce.selectors';
import { readSalesforceAccount } from '../../lib/sites/salesforce';
import * as zendeskSelectors from '../../lib/sites/zendesk.selectors';
import {
  readZendeskListRows,
  readZendeskTicketFromPage,
  zendeskRowBadgeAnchor,
  zendeskRowTicketId,
  zendeskTicketHeaderAnchor,
} from '../../lib/sites/zendesk';
import { loadFixtureDocument, readAtUrl } from '../fixtures/dom';

type Fixture =
  | 'salesforce-account.html'
  | 'hubspot-company.html'
  | 'hubspot-company-de.html'
  | 'hubspot-company-loading.html'
  | 'hubspot-company-legacy.html'
  | 'zendesk-ticket.html'
  | 'zendesk-view.html';

const SELECTOR_MODULES: Record<string, Record<string, unknown>> = {
  'salesforce.selectors': salesforceSelectors,
  'hubspot.selectors': hubspotSelectors,
  'zendesk.selectors': zendeskSelectors,
};

/** [constant, fixture, expected count for each alternative, in order]. */
const TABLE: Array<[string, Fixture, number[]]> = [
  // Salesforce — one active page (12 fields) + one hidden cached page (2 fields).
  ['SF_ACTIVE_PAGE', 'salesforce-account.html', [1]],
  ['SF_LAYOUT_ITEM', 'salesforce-account.html', [14, 0]], // LWC layout; Aura layout not modelled
  ['SF_FIELD_API_NAME', 'salesforce-account.html', [11]], // 2 hosts on the cached page; active page: 5 inner divs + 4 hosts (3 items carry none)
  ['SF_FIELD_API_NAME', 'hubspot-company.html', [0]],
  ['SF_FIELD_LABEL', 'salesforce-account.html', [14, 15]], // +1: the checkbox's own screen-reader label
  ['SF_FIELD_VALUE', 'salesforce-account.html', [14, 14]],
  ['SF_VALUE_NOISE', 'salesforce-account.html', [9, 9, 0, 1]], // buttons, SLDS assistive text, Aura assistive text, help text
  ['SF_HIGHLIGHTS_PANEL', 'salesforce-account.html', [2, 0]],
  ['SF_RECORD_TITLE', 'salesforce-account.html', [2, 2]],
  ['SF_CHECKBOX_VALUE', 'salesforce-account.html', [1, 0]], // LWC checkbox; Aura image not modelled
  ['SF_LAYOUT_ITEM', 'hubspot-company.html', [0, 0]],
  ['SF_LAYOUT_ITEM', 'zendesk-ticket.html', [0, 0]],
  // HubSpot, current layout — 16 rows in "About this company", one of them the owner (no value marker).
  ['HS_RECORD_SIDEBAR', 'hubspot-company.html', [1]],
  ['HS_PROPERTY_ROW', 'hubspot-company.html', [16]],
  ['HS_PROPERTY_LABEL', 'hubspot-company.html', [16]],
  ['HS_PROPERTY_VALUE', 'hubspot-company.html', [15]],
  ['HS_VALUE_NOISE', 'hubspot-company.html', [6, 7]], // 6 enum carets; aria-hidden: the carets + the avatar
  ['HS_RECORD_TITLE', 'hubspot-company.html', [1, 0]], // highlights strip; older highlight card not on this page
  ['HS_ALL_PROPERTIES_ROW', 'hubspot-company.html', [0]],
  ['HS_LEGACY_PROPERTY_ROW', 'hubspot-company.html', [0]],
  ['HS_LOADING', 'hubspot-company.html', [0]],
  // German page: the same 16 rows, one in edit mode (its value a button).
  ['HS_PROPERTY_ROW', 'hubspot-company-de.html', [16]],
  ['HS_PROPERTY_VALUE', 'hubspot-company-de.html', [15]],
  // Loading: 7 sidebar rows (5 without a value yet, one without a label), the panel's 3 rows and 6 skeletons.
  ['HS_RECORD_SIDEBAR', 'hubspot-company-loading.html', [1]],
  ['HS_PROPERTY_ROW', 'hubspot-company-loading.html', [7]],
  ['HS_ALL_PROPERTIES_ROW', 'hubspot-company-loading.html', [3]], // skeletons are not rows
  ['HS_PROPERTY_LABEL', 'hubspot-company-loading.html', [9]],
  ['HS_PROPERTY_VALUE', 'hubspot-company-loading.html', [5]],
  ['HS_LOADING', 'hubspot-company-loading.html', [6]],
  // Older sidebar form: 7 properties, one shown as plain text; an edit pencil each and one external-link icon.
  ['HS_RECORD_SIDEBAR', 'hubspot-company-legacy.html', [0]],
  ['HS_LEGACY_PROPERTY_ROW', 'hubspot-company-legacy.html', [7]],
  ['HS_PROPERTY_ROW', 'hubspot-company-legacy.html', [0]],
  ['HS_PROPERTY_LABEL', 'hubspot-company-legacy.html', [7]],
  ['HS_PROPERTY_VALUE', 'hubspot-company-legacy.html', [6]],
  ['HS_VALUE_NOISE', 'hubspot-company-legacy.html', [0, 8]],
  ['HS_RECORD_TITLE', 'hubspot-company-legacy.html', [0, 1]],
  // Other products.
  ['HS_PROPERTY_ROW', 'salesforce-account.html', [0]],
  ['HS_PROPERTY_VALUE', 'salesforce-account.html', [0]],
  ['HS_PROPERTY_ROW', 'zendesk-ticket.html', [0]],
  ['HS_PROPERTY_VALUE', 'zendesk-ticket.html', [0]],
  // Zendesk ticket page — two mounted tabs (998 hidden, 1001 shown).
  ['ZD_TICKET_SECTION', 'zendesk-ticket.html', [2]],
  ['ZD_TICKET_ID_HOLDER', 'zendesk-ticket.html', [2]],
  ['ZD_TICKET_SUBJECT', 'zendesk-ticket.html', [2]],
  ['ZD_TICKET_PRIORITY', 'zendesk-ticket.html', [2, 0]], // Garden combobox; older select-button not modelled
  ['ZD_TICKET_ORGANIZATION', 'zendesk-ticket.html', [2, 2]],
  ['ZD_TICKET_ROW', 'zendesk-ticket.html', [0]],
  // Zendesk view — 3 rows, 7 cells each.
  ['ZD_TICKET_TABLE', 'zendesk-view.html', [1]],
  ['ZD_TICKET_ROW', 'zendesk-view.html', [3]],
  ['ZD_ROW_TICKET_LINK', 'zendesk-view.html', [3, 3]],
  ['ZD_ROW_ID_CELL', 'zendesk-view.html', [3]],
  ['ZD_ROW_BADGE_ANCHOR', 'zendesk-view.html', [3, 27]], // 3 rows × 9 cells
  ['ZD_TICKET_SUBJECT', 'zendesk-view.html', [0]],
  ['ZD_TICKET_SECTION', 'zendesk-view.html', [0]],
];

const documents = new Map<Fixture, Document>();
function fixture(name: Fixture): Document {
  let doc = documents.get(name);
  if (!doc) {
    doc = loadFixtureDocument(name);
    documents.set(name, doc);
  }
  return doc;
}

function selectorConstant(name: string): readonly string[] {
  for (const mod of Object.values(SELECTOR_MODULES)) {
    const value = mod[name];
    if (Array.isArray(value)) return value as string[];
  }
  throw new Error(`No selector constant ${name}`);
}

describe('selector constants', () => {
  const exported = Object.entries(SELECTOR_MODULES).flatMap(([moduleName, mod]) =>
    Object.entries(mod).map(([name, value]) => [moduleName, name, value] as const),
  );

  it.each(exported)('%s exports %s as a non-empty list of selector strings', (_m, _name, value) => {
    expect(Array.isArray(value)).toBe(true);
    expect((value as unknown[]).length).toBeGreaterThan(0);
    for (const selector of value as unknown[]) expect(typeof selector).toBe('string');
  });

  it.each(exported)('%s.%s has a row in the count table', (_m, name) => {
    expect(TABLE.some(([constant]) => constant === name)).toBe(true);
  });

  it.each(TABLE)('%s on %s matches %j', (name, fixtureName, expected) => {
    const alternatives = selectorConstant(name);
    expect(alternatives.length).toBe(expected.length);
    const counts = alternatives.map((selector) => deepQuerySelectorAll(fixture(fixtureName), selector).length);
    expect(counts).toEqual(expected);
  });
});

const SF_URL = new URL('https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIAZ/view');
const HS_URL = new URL('https://app.hubspot.com/contacts/4815162/record/0-2/9876543210');
const ZD_TICKET_URL = new URL('https://acme.zendesk.com/agent/tickets/1001');

describe('readSalesforceAccount', () => {
  it('reads every field of the shown account by label, from light DOM and open shadow roots alike', () => {
    expect(readAtUrl(readSalesforceAccount, fixture('salesforce-account.html'), SF_URL)).toEqual({
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
    const names = readAtUrl(readSalesforceAccount, fixture('salesforce-account.html'), SF_URL)?.names ?? {};
    expect(names.Segment__c).toBe('Enterprise'); // inner div.slds-grid[role=listitem]
    expect(names.Deployment__c).toBe('Dedicated Cloud'); // records-record-layout-item host
    expect(names.ARR__c).toBe('$1,250,000.00'); // inner div inside the item's open shadow root
  });

  it('leaves an item without data-target-selection-name out of the names, not out of the fields', () => {
    const record = readAtUrl(readSalesforceAccount, fixture('salesforce-account.html'), SF_URL);
    expect(record?.fields.Kubernetes).toBe('Yes');
    expect(Object.values(record?.names ?? {})).not.toContain('Yes');
    expect(Object.keys(record?.names ?? {})).not.toContain('OwnerId');
  });

  it("takes only an Account field's API name: another object's field (an edit modal's) names nothing", () => {
    const doc = loadFixtureDocument('salesforce-account.html');
    doc.querySelector('div.oneContent.active [role="listitem"][data-target-selection-name$=".Segment__c"]')?.setAttribute('data-target-selection-name', 'sfdc:RecordField.Task.Subject');
    const record = readAtUrl(readSalesforceAccount, doc, SF_URL);
    expect(record?.fields.Segment).toBe('Enterprise');
    expect(record?.names).not.toHaveProperty('Segment__c');
    expect(record?.names).not.toHaveProperty('Subject');
  });

  it("gives '' (not a missing key) for a rendered field with no value", () => {
    const fields = readAtUrl(readSalesforceAccount, fixture('salesforce-account.html'), SF_URL)?.fields ?? {};
    expect(Object.hasOwn(fields, 'External Services')).toBe(true);
    expect(fields['External Services']).toBe('');
  });

  it("reads an Aura checkbox image's alt as 'true'/'false'", () => {
    const doc = loadFixtureDocument('salesforce-account.html');
    const value = doc.querySelector('div.oneContent.active records-record-layout-item[field-label="Kubernetes"] .test-id__field-value');
    if (value) value.innerHTML = '<span class="uiOutputCheckbox"><img alt="True" src="/img/checkbox_checked.gif"></span>';
    expect(readAtUrl(readSalesforceAccount, doc, SF_URL)?.fields.Kubernetes).toBe('true');
  });

  it('reads the object-less record URL form too', () => {
    const url = new URL('https://acme.lightning.force.com/lightning/r/001Dn00000AbCdEIAZ/view');
    expect(readAtUrl(readSalesforceAccount, fixture('salesforce-account.html'), url)?.fields.Segment).toBe('Enterprise');
  });

  it('reads only the active page, not a hidden cached one, and refuses to guess when no page is marked active', () => {
    const doc = loadFixtureDocument('salesforce-account.html');
    expect(readAtUrl(readSalesforceAccount, doc, SF_URL)?.name).toBe('Acme Corp');
    doc.querySelector('div.oneContent.active')?.classList.remove('active');
    expect(readAtUrl(readSalesforceAccount, doc, SF_URL)).toBeNull();
  });

  it('reads a single record page without the page host marker', () => {
    const doc = loadFixtureDocument('salesforce-account.html');
    doc.querySelector('div.oneContent:not(.active)')?.remove();
    doc.querySelector('div.oneContent.active')?.classList.remove('active');
    expect(readAtUrl(readSalesforceAccount, doc, SF_URL)?.fields.ARR).toBe('$1,250,000.00');
  });

  it('is null for a URL that is not an account page', () => {
    const contact = new URL('https://acme.lightning.force.com/lightning/r/Contact/003Dn00000XyZaBIAV/view');
    expect(readAtUrl(readSalesforceAccount, fixture('salesforce-account.html'), contact)).toBeNull();
  });

  it('is null for a page that is not a record (nothing rendered, or another product)', () => {
    expect(readAtUrl(readSalesforceAccount, fixture('hubspot-company.html'), SF_URL)).toBeNull();
    expect(readAtUrl(readSalesforceAccount, fixture('zendesk-view.html'), SF_URL)).toBeNull();
  });
});

describe('readHubspotCompany (more in hubspot.test.ts)', () => {
  it('reads the real-markup sidebar: the name from the highlights strip, every property by label and by internal name', () => {
    expect(readAtUrl(readHubspotCompany, fixture('hubspot-company.html'), HS_URL)).toEqual({
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
    expect(readAtUrl(readHubspotCompany, fixture('hubspot-company.html'), url)?.recordId).toBe('9876543210');
  });

  it('is null for a contact URL and for a page that is not a record', () => {
    expect(readAtUrl(readHubspotCompany, fixture('hubspot-company.html'), new URL('https://app.hubspot.com/contacts/4815162/record/0-1/1001'))).toBeNull();
    expect(readAtUrl(readHubspotCompany, fixture('salesforce-account.html'), HS_URL)).toBeNull();
  });
});

describe('Zendesk ticket page', () => {
  it('reads subject, displayed priority and organization of the ticket in the URL', () => {
    expect(readAtUrl(readZendeskTicketFromPage, fixture('zendesk-ticket.html'), ZD_TICKET_URL)).toEqual({
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
    const read = readAtUrl(readZendeskTicketFromPage, fixture('zendesk-ticket.html'), new URL('https://acme.zendesk.com/agent/tickets/998'));
    expect([read?.ticket.subject, read?.ticket.priority, read?.organizationName]).toEqual(['Invoice copy', 'Low', 'Globex Inc']);
  });

  it('is null when no mounted tab is the ticket in the URL, or the URL is not a ticket page', () => {
    expect(readAtUrl(readZendeskTicketFromPage, fixture('zendesk-ticket.html'), new URL('https://acme.zendesk.com/agent/tickets/5555'))).toBeNull();
    expect(readAtUrl(readZendeskTicketFromPage, fixture('zendesk-ticket.html'), new URL('https://acme.zendesk.com/agent/filters/1'))).toBeNull();
    expect(readAtUrl(readZendeskTicketFromPage, fixture('zendesk-view.html'), ZD_TICKET_URL)).toBeNull();
  });

  it('does not read a lone tab that names another ticket, but does read a lone tab that names none', () => {
    const doc = loadFixtureDocument('zendesk-ticket.html');
    doc.querySelector('section.ticket')?.remove(); // keep only the tab of 1001
    const other = new URL('https://acme.zendesk.com/agent/tickets/2002');
    expect(readAtUrl(readZendeskTicketFromPage, doc, other)).toBeNull();
    doc.querySelector('[data-side-conversations-anchor-id]')?.removeAttribute('data-side-conversations-anchor-id');
    expect(readAtUrl(readZendeskTicketFromPage, doc, other)?.ticket).toMatchObject({ ticketId: '2002', subject: 'Production cluster down after upgrade' });
  });

  it("mounts the header badge next to the subject of the ticket's own tab", () => {
    const doc = fixture('zendesk-ticket.html');
    const anchor = zendeskTicketHeaderAnchor(doc, '1001');
    expect(anchor?.className).toBe('ticket-header__subject');
    expect(anchor?.querySelector('input')?.getAttribute('value')).toBe('Production cluster down after upgrade');
    expect(zendeskTicketHeaderAnchor(doc, '5555')).toBeNull();
    expect(zendeskTicketHeaderAnchor(fixture('zendesk-view.html'))).toBeNull();
  });
});

describe('Zendesk ticket view', () => {
  it('finds every ticket row in order, with its ticket id', () => {
    const rows = readZendeskListRows(fixture('zendesk-view.html'));
    expect(rows.map((r) => r.ticketId)).toEqual(['1001', '1002', '1003']);
    for (const { row } of rows) expect(row.getAttribute('data-test-id')).toBe('generic-table-row');
  });

  it('puts the badge in the subject cell', () => {
    for (const { row } of readZendeskListRows(fixture('zendesk-view.html'))) {
      expect(zendeskRowBadgeAnchor(row)?.getAttribute('data-test-id')).toBe('ticket-table-cells-subject');
    }
  });

  it('falls back to the ID column when a row has no ticket link, and skips rows that name no ticket', () => {
    const doc = loadFixtureDocument('zendesk-view.html');
    const [first, second] = Array.from(doc.querySelectorAll('tr[data-test-id="generic-table-row"]'));
    first?.querySelector('a')?.remove();
    second?.querySelector('a')?.remove();
    second?.querySelector('[data-test-id="generic-table-cells-id"]')?.remove();
    expect(first && zendeskRowTicketId(first)).toBe('1001');
    expect(readZendeskListRows(doc).map((r) => r.ticketId)).toEqual(['1001', '1003']);
  });

  it('reads absolute ticket links too', () => {
    const doc = loadFixtureDocument('zendesk-view.html');
    const row = doc.querySelector('tr[data-test-id="generic-table-row"]');
    row?.querySelector('a')?.setAttribute('href', 'https://acme.zendesk.com/agent/tickets/4242?x=1');
    row?.querySelector('[data-test-id="generic-table-cells-id"]')?.remove();
    expect(row && zendeskRowTicketId(row)).toBe('4242');
  });
});
