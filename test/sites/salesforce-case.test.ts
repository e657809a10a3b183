/**
 * Salesforce Service Cloud Cases read from the page: the Case record page (standard navigation and the Service
 * Console) and Case lists, over the modelled fixtures (test/fixtures/salesforce/case*.html) and variants built from them.
 */
import { describe, expect, it } from 'vitest';
import type { TicketFieldMapping } from '../../lib/parse/ticket-fields';
import { caseAccount, isApiName } from '../../lib/sites/salesforce/case-fields';
import { SALESFORCE_TICKET_FIELDS } from '../../lib/sites/salesforce/defaults';
import { readSalesforceCase, readSalesforceCaseRows, salesforceRowRoots } from '../../lib/sites/salesforce/read-case';
import { toolById } from '../../lib/sites/registry';
import type { PageMatch } from '../../lib/sites/types';
import { CASE_CONSOLE_FILES } from '../fixtures/salesforce/case-console';
import { CASE_LIST_FILES, CASE_LIST_ROWS, renderCaseDatatable, type CaseListColumn } from '../fixtures/salesforce/case-list';
import { CASE_RECORD_FILES } from '../fixtures/salesforce/case-record';
import { loadFixtureDocument, parseFixtureHtml, readAtUrl, readFixture } from '../fixtures/dom';
import { salesforceCaseId } from '../fixtures/demo/render-salesforce-case';
import { demoData, route } from '../demo/routes';

const ORIGIN = 'https://acme.lightning.force.com';
const CASE_URL = new URL(`${ORIGIN}/lightning/r/Case/500Dn000001AbCdIAK/view`);
const CONSOLE_URL = new URL(`${ORIGIN}/lightning/r/Case/500Dn000002CoNsIAK/view?ws=%2Flightning%2Fr%2FCase%2F500Dn000002CoNsIAK%2Fview`);
const LIST: PageMatch = { tool: 'salesforce', kind: 'ticket-list', recordId: null };

const readCase = (doc: ParentNode, url = CASE_URL, fields?: TicketFieldMapping) => readAtUrl((root, page, at) => readSalesforceCase(root, page, at, fields), doc, url);
const rowsOf = (doc: ParentNode, skip?: (row: Element) => boolean, fields?: TicketFieldMapping) => readSalesforceCaseRows(doc, LIST, skip, fields);
const page = (body: string) => parseFixtureHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
/** The shown page's element for `selector`, in light DOM (the standard Case fixture renders everything in light DOM). */
const shown = (doc: Document, selector: string) => doc.querySelector(`div.oneContent.active ${selector}`);

describe('the generated Case fixtures', () => {
  it('are the output of the generators the demo server renders its Case pages with (npx tsx test/fixtures/salesforce/write-cases.ts)', () => {
    for (const [name, html] of Object.entries({ ...CASE_RECORD_FILES, ...CASE_LIST_FILES, ...CASE_CONSOLE_FILES })) expect(readFixture(`salesforce/${name}`), name).toBe(html());
    expect(Object.keys(CASE_CONSOLE_FILES)).toEqual(['case-console.html']);
  });
});

describe('readSalesforceCase: the standard Case record page', () => {
  it('reads the shown Case: number, subject, priority, status, opened as displayed, account link and entitlement', () => {
    const place = readCase(loadFixtureDocument('salesforce/case.html'));
    expect(place?.ticketId).toBe('500Dn000001AbCdIAK');
    expect(place?.ticket).toEqual({
      tool: 'salesforce',
      ticketId: '500Dn000001AbCdIAK',
      label: '00001026',
      subject: 'SSO login loops <img src=x onerror=alert(1)> & "Okta"',
      priority: 'High',
      status: 'Working',
      opened: '11/28/2026, 9:14 AM',
      account: { tool: 'salesforce', recordId: '001Dn00000AbCdEIAZ', name: 'Acme Corp', url: `${ORIGIN}/lightning/r/Account/001Dn00000AbCdEIAZ/view` },
      entitlement: 'Premium Support',
      toolDue: [],
      missing: [],
    });
  });

  it("puts the badge in the shown page's header title column, not the cached page's", () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    const anchor = readCase(doc)?.anchor;
    expect(anchor?.className).toBe('slds-page-header__col-title');
    expect(anchor?.textContent).toContain('00001026');
    expect(anchor?.closest('div.oneContent')?.classList.contains('active')).toBe(true);
  });

  it('falls back to the header row where the header prints no title column', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    for (const col of Array.from(doc.querySelectorAll('.slds-page-header__col-title'))) col.classList.remove('slds-page-header__col-title');
    const anchor = readCase(doc)?.anchor;
    expect(anchor?.className).toBe('slds-page-header__row');
    expect(anchor?.closest('div.oneContent')?.classList.contains('active')).toBe(true);
  });

  it('reads only the shown page: the hidden cached Case of another customer gives no value', () => {
    const ticket = readCase(loadFixtureDocument('salesforce/case.html'))?.ticket;
    expect([ticket?.label, ticket?.priority, ticket?.opened, ticket?.account?.name]).not.toContain('00001019');
    expect(ticket?.priority).not.toBe('Low');
    expect(ticket?.account?.recordId).not.toBe('001Dn00000GlBxAIAR');
  });

  it('without the active mark still reads the one page shown, and refuses when two mounted pages look shown', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    doc.querySelector('div.oneContent.active')?.classList.remove('active');
    expect(readCase(doc)?.ticket?.label).toBe('00001026'); // the cached one is display: none
    doc.querySelector('div.oneContent[style]')?.removeAttribute('style');
    expect(readCase(doc)).toBeNull();
  });

  it('reads a field by its API name whatever its label says (another language, a renamed field)', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    const priority = shown(doc, '[data-target-selection-name="sfdc:RecordField.Case.Priority"] .test-id__field-label');
    if (priority) priority.textContent = 'Priorität';
    shown(doc, 'records-highlights-details-item p[title="Priority"]')?.closest('records-highlights-details-item')?.remove();
    expect(readCase(doc)?.ticket?.priority).toBe('High');
  });

  it("reads by label where no API name is printed, and never takes another object's field of the same label", () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    // Only the Case's own items lose their API names; the related-record component's Account fields keep theirs.
    for (const el of Array.from(doc.querySelectorAll('[data-target-selection-name^="sfdc:RecordField.Case."]'))) el.removeAttribute('data-target-selection-name');
    const ticket = readCase(doc)?.ticket;
    expect(ticket?.priority).toBe('High'); // not the account's "Priority" (Tier 1), which comes first in the page
    expect(ticket?.account?.recordId).toBe('001Dn00000AbCdEIAZ'); // the Case's Account Name lookup, not the account's own Name field
    expect(ticket?.subject).toBe('SSO login loops <img src=x onerror=alert(1)> & "Okta"');
  });

  it('reads the highlights panel where the detail layout does not show a field', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    shown(doc, 'records-record-layout-item[field-label="Status"]')?.remove();
    shown(doc, '[data-target-selection-name="sfdc:RecordField.Case.Priority"]')?.closest('records-record-layout-item')?.remove();
    const highlights = shown(doc, 'records-highlights-details-item p[title="Priority"] + p');
    if (highlights) highlights.textContent = 'Medium';
    expect(readCase(doc)?.ticket).toMatchObject({ priority: 'Medium', status: 'Working' });
  });

  it('says which SLA field the page does not show, by its label, and reads the rest', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    shown(doc, 'records-record-layout-item[field-label="Date/Time Opened"]')?.remove();
    expect(readCase(doc)?.ticket).toMatchObject({ opened: null, missing: ['Date/Time Opened'] });
    shown(doc, '[data-target-selection-name="sfdc:RecordField.Case.Priority"]')?.closest('records-record-layout-item')?.remove();
    shown(doc, 'records-highlights-details-item p[title="Priority"]')?.closest('records-highlights-details-item')?.remove();
    expect(readCase(doc)?.ticket).toMatchObject({ priority: null, missing: ['Date/Time Opened', 'Priority'] });
  });

  it('has no account without an Account Name link, and no entitlement where the layout shows none', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    const account = shown(doc, '[data-target-selection-name="sfdc:RecordField.Case.AccountId"] .test-id__field-value');
    if (account) account.innerHTML = '<slot name="outputField"></slot>';
    shown(doc, 'records-record-layout-item[field-label="Entitlement Name"]')?.remove();
    expect(readCase(doc)?.ticket).toMatchObject({ account: null, entitlement: null });
  });

  it('takes the header title as the label where no field shows the Case Number', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    shown(doc, 'records-record-layout-item[field-label="Case Number"]')?.remove();
    shown(doc, 'records-highlights-details-item p[title="Case Number"]')?.closest('records-highlights-details-item')?.remove();
    const title = shown(doc, 'lightning-formatted-text[slot="primaryField"]');
    if (title) title.textContent = '00009999';
    expect(readCase(doc)?.ticket?.label).toBe('00009999');
  });

  it('is null while no Case field has rendered, or when the header (the badge place) is missing', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    for (const item of Array.from(doc.querySelectorAll('records-highlights-details-item'))) item.remove();
    for (const item of Array.from(doc.querySelectorAll('records-record-layout-item'))) item.replaceChildren(); // hosts not rendered yet
    expect(readCase(doc)).toBeNull();

    const headless = loadFixtureDocument('salesforce/case.html');
    shown(headless, 'records-lwc-highlights-panel')?.remove();
    expect(readCase(headless)).toBeNull();
  });

  it('reads page data as plain text: markup-looking values stay text and create no element', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    expect(readCase(doc)?.ticket?.subject).toContain('<img src=x onerror=alert(1)>');
    expect(doc.querySelectorAll('img').length).toBe(0);
  });

  it('reads nothing for a match that is not a Case page, whatever the document shows', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    expect(readSalesforceCase(doc, { tool: 'salesforce', kind: 'account', recordId: '001Dn00000AbCdEIAZ' }, CASE_URL)).toBeNull();
    expect(readSalesforceCase(doc, LIST, CASE_URL)).toBeNull();
    expect(readSalesforceCase(doc, { tool: 'hubspot', kind: 'ticket', recordId: '500Dn000001AbCdIAK' }, CASE_URL)).toBeNull();
    expect(readCase(loadFixtureDocument('salesforce/account.html'))).toBeNull();
    expect(readCase(loadFixtureDocument('salesforce/case-list.html'))).toBeNull();
  });
});

describe('readSalesforceCase: the Service Console', () => {
  it('reads the workspace shown, though a hidden one comes first, from its highlights and its hidden Details tab alike', () => {
    const place = readCase(loadFixtureDocument('salesforce/case-console.html'), CONSOLE_URL);
    expect(place?.ticket).toEqual({
      tool: 'salesforce',
      ticketId: '500Dn000002CoNsIAK',
      label: '00001030',
      subject: 'Batch changes stuck in queue', // highlights only
      priority: 'Medium', // highlights only
      status: 'Waiting on Customer',
      opened: '11/28/2026, 8:05 AM', // the Details tab, mounted and hidden
      account: { tool: 'salesforce', recordId: '001Dn00000MiD002AA', name: 'Initech', url: `${ORIGIN}/lightning/r/001Dn00000MiD002AA/view` },
      entitlement: null,
      toolDue: [],
      missing: [],
    });
  });

  it("anchors the badge in the shown workspace's header, inside its shadow root", () => {
    const doc = loadFixtureDocument('salesforce/case-console.html');
    const anchor = readCase(doc, CONSOLE_URL)?.anchor;
    expect(anchor?.className).toBe('slds-page-header__col-title');
    const host = (anchor?.getRootNode() as ShadowRoot | undefined)?.host;
    expect(host?.closest('section.oneConsoleTab')?.classList.contains('slds-show')).toBe(true);
  });

  it('refuses to guess when both workspaces look shown, or none does', () => {
    const both = loadFixtureDocument('salesforce/case-console.html');
    both.querySelector('section.oneConsoleTab.slds-hide')?.classList.remove('slds-hide');
    expect(readCase(both, CONSOLE_URL)).toBeNull();

    const none = loadFixtureDocument('salesforce/case-console.html');
    none.querySelector('section.oneConsoleTab.slds-show')?.classList.replace('slds-show', 'slds-hide');
    expect(readCase(none, CONSOLE_URL)).toBeNull();
  });

  it('knows a workspace hidden by the hidden attribute, and (in a browser) by checkVisibility', () => {
    const byAttribute = loadFixtureDocument('salesforce/case-console.html');
    const hidden = byAttribute.querySelector('section.oneConsoleTab.slds-hide');
    hidden?.classList.remove('slds-hide');
    hidden?.setAttribute('hidden', '');
    expect(readCase(byAttribute, CONSOLE_URL)?.ticket?.label).toBe('00001030');

    // A stylesheet-hidden workspace: only the browser's checkVisibility() can tell.
    const byStyle = loadFixtureDocument('salesforce/case-console.html');
    byStyle.querySelector('section.oneConsoleTab.slds-hide')?.classList.remove('slds-hide');
    const sections = Array.from(byStyle.querySelectorAll('section.oneConsoleTab'));
    sections.forEach((section, i) => {
      const header = section.querySelector('records-highlights2')?.shadowRoot?.querySelector('.slds-page-header__col-title');
      if (header) Object.defineProperty(header, 'checkVisibility', { value: () => i === 1 });
    });
    expect(readCase(byStyle, CONSOLE_URL)?.ticket?.label).toBe('00001030');
  });
});

describe('caseAccount: the account an Account Name link names', () => {
  const link = (href: string, text = 'Acme Corp') =>
    page(`<span id="v"><a href="${href}"><span class="slds-assistive-text">Open ${text} Preview</span>${text}</a></span>`).getElementById('v');
  const ID18 = '001Dn00000AbCdEIAZ';
  const ID15 = '001Dn00000AbCdE';

  it.each([
    ['relative, with the object', `/lightning/r/Account/${ID18}/view`, ID18, `${ORIGIN}/lightning/r/Account/${ID18}/view`],
    ['relative, object-less', `/lightning/r/${ID18}/view`, ID18, `${ORIGIN}/lightning/r/${ID18}/view`],
    ['15-character id', `/lightning/r/Account/${ID15}/view`, ID15, `${ORIGIN}/lightning/r/Account/${ID15}/view`],
    ['absolute, same org', `${ORIGIN}/lightning/r/Account/${ID18}/view`, ID18, `${ORIGIN}/lightning/r/Account/${ID18}/view`],
    ['absolute, another host: rebuilt on the page origin', `https://evil.example/lightning/r/Account/${ID18}/view?x=1#y`, ID18, `${ORIGIN}/lightning/r/Account/${ID18}/view`],
  ])('%s', (_case, href, recordId, url) => {
    expect(caseAccount(link(href), `${ORIGIN}/lightning/r/Case/500Dn000001AbCdIAK/view`)).toEqual({ tool: 'salesforce', recordId, name: 'Acme Corp', url });
  });

  it.each([
    ['a contact', '/lightning/r/Contact/003Dn00000XyZaBIAV/view'],
    ['a contact, object-less', '/lightning/r/003Dn00000XyZaBIAV/view'],
    ['17 characters', '/lightning/r/Account/001Dn00000AbCdEIA/view'],
    ['another page of the account', `/lightning/r/Account/${ID18}/related/Cases/view`],
    ['not http', `mailto:${ID18}@example.com`],
    ['unparsable', 'http://['],
  ])('is null for a link to %s', (_case, href) => {
    expect(caseAccount(link(href), ORIGIN)).toBeNull();
  });

  it('is null without a link, and has no URL without a page origin to build it on', () => {
    expect(caseAccount(page('<span id="v">Acme Corp</span>').getElementById('v'), ORIGIN)).toBeNull();
    expect(caseAccount(null, ORIGIN)).toBeNull();
    expect(caseAccount(link(`/lightning/r/${ID18}/view`), null)).toEqual({ tool: 'salesforce', recordId: ID18, name: 'Acme Corp', url: null });
  });
});

describe('readSalesforceCaseRows: Case list views', () => {
  it('reads the shown page’s list only: a list Lightning keeps mounted but hidden is not read (nor fetched, nor badged)', () => {
    const doc = loadFixtureDocument('salesforce/case-list.html');
    const shownIds = rowsOf(doc).map((r) => r.ticketId);
    // The agent opened a Case and came back: the page they left stays mounted, hidden, beside the shown one.
    const active = doc.querySelector('div.oneContent.active')!;
    const hidden = active.cloneNode(true) as Element;
    hidden.classList.remove('active');
    hidden.querySelectorAll('tr[data-row-key-value]').forEach((row, i) => row.setAttribute('data-row-key-value', `500Dn0000HiDe${String(i).padStart(2, '0')}AAQ`));
    active.before(hidden);
    expect(rowsOf(doc).map((r) => r.ticketId)).toEqual(shownIds);
    // Without any page host marker (a list in some other container), the whole document is read.
    const bare = page(renderCaseDatatable(CASE_LIST_ROWS.slice(0, 2), { title: 'T', columns: ['Case Number', 'Subject'] } as never));
    expect(rowsOf(bare)).toHaveLength(2);
  });

  it('reads every Case row in order, each with its cells by column label', () => {
    const rows = rowsOf(loadFixtureDocument('salesforce/case-list.html'));
    expect(rows.map((r) => r.ticketId)).toEqual(CASE_LIST_ROWS.map((r) => r.id));
    expect(rows.map((r) => [r.ticket?.label, r.ticket?.priority, r.ticket?.status, r.ticket?.opened, r.ticket?.account?.recordId ?? null])).toEqual(
      CASE_LIST_ROWS.map((r) => [r.caseNumber, r.priority || null, r.status, r.opened, r.account?.id ?? null]),
    );
    expect(rows[0]?.ticket).toEqual({
      tool: 'salesforce',
      ticketId: '500Dn000001AbCdIAK',
      label: '00001026',
      subject: 'SSO login loops <Okta>',
      priority: 'High',
      status: 'Working', // not the inline-edit button's "Edit Status: Item 1"
      opened: '11/28/2026, 9:14 AM',
      account: { tool: 'salesforce', recordId: '001Dn00000AbCdEIAZ', name: 'Acme Corp', url: null }, // linkedom has no document URL
      entitlement: null,
      toolDue: [],
      missing: [],
    });
  });

  it('gives a row without an account no account, and reads markup-looking subjects as text', () => {
    const rows = rowsOf(loadFixtureDocument('salesforce/case-list.html'));
    expect(rows.find((r) => r.ticket?.label === '00001029')?.ticket?.account).toBeNull();
    expect(rows.find((r) => r.ticket?.label === '00001032')?.ticket?.subject).toBe('"><img src=x onerror=alert(1)>');
  });

  it("builds the account's URL on the page's origin, from the row's document URL (a browser's baseURI)", () => {
    const rows = rowsOf(loadFixtureDocument('salesforce/case-list.html'));
    const wayne = rows.find((r) => r.ticket?.label === '00001035')!; // an absolute link
    Object.defineProperty(wayne.row, 'baseURI', { value: `${ORIGIN}/lightning/o/Case/list?filterName=AllOpenCases` });
    expect(rowsOf(wayne.row.ownerDocument).find((r) => r.row === wayne.row)?.ticket?.account?.url).toBe(`${ORIGIN}/lightning/r/Account/001Dn00000UnK007AA/view`);
  });

  it("puts the badge in the Subject cell's content wrapper", () => {
    for (const { anchor } of rowsOf(loadFixtureDocument('salesforce/case-list.html'))) {
      expect(anchor.className).toBe('slds-grid slds-grid_align-spread');
      expect(anchor.closest('td')?.getAttribute('data-label')).toBe('Subject');
    }
  });

  it('says Date/Time Opened is missing where the list view does not show it (Date/Time Closed does not stand in)', () => {
    const rows = rowsOf(loadFixtureDocument('salesforce/case-list-missing.html'));
    expect(rows).toHaveLength(4);
    for (const { ticket } of rows) expect(ticket).toMatchObject({ opened: null, missing: ['Date/Time Opened'] });
    expect(rows.map((r) => r.ticket?.priority)).toEqual(['High', 'Medium', 'Low', 'Medium']); // Status and Priority swapped places
  });

  it('without a Subject column, badges the row header (the Case Number), and names every missing column', () => {
    const columns: CaseListColumn[] = ['Case Number', 'Account Name', 'Status'];
    const rows = rowsOf(page(renderCaseDatatable(CASE_LIST_ROWS.slice(0, 2), { title: 'Lean', columns })));
    expect(rows.map((r) => r.anchor.closest('th')?.getAttribute('data-label'))).toEqual(['Case Number', 'Case Number']);
    expect(rows[0]?.ticket).toMatchObject({ subject: null, priority: null, opened: null, missing: ['Date/Time Opened', 'Priority'] });
  });

  it("finds a column by the header's title where the cells carry no data-label", () => {
    const doc = loadFixtureDocument('salesforce/case-list.html');
    for (const cell of Array.from(doc.querySelectorAll('tbody [data-label]'))) cell.removeAttribute('data-label');
    const first = rowsOf(doc)[0];
    expect(first?.ticket).toMatchObject({ label: '00001026', subject: 'SSO login loops <Okta>', priority: 'High', opened: '11/28/2026, 9:14 AM', missing: [] });
    expect(first?.anchor.closest('td')?.getAttribute('data-col-key-value')).toBe('Subject-text-2');
  });

  it('leaves out rows that are not rendered, rows that are not Cases, and rows skip names', () => {
    const doc = loadFixtureDocument('salesforce/case-list.html');
    const [first, second, third] = Array.from(doc.querySelectorAll('tr[data-row-key-value]'));
    first?.replaceChildren(); // a placeholder row: no cells yet
    second?.setAttribute('data-row-key-value', '001Dn00000AbCdEIAZ'); // an account row
    const rows = rowsOf(doc, (row) => row === third);
    expect(rows.map((r) => r.ticketId)).toEqual(CASE_LIST_ROWS.slice(3).map((r) => r.id));
  });

  it('finds rows inside the datatable’s open shadow root (native shadow), and hands that root to the badges to observe', () => {
    const doc = page('<div class="oneContent active"><lightning-datatable id="dt"></lightning-datatable></div>');
    const host = doc.getElementById('dt')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = page(renderCaseDatatable(CASE_LIST_ROWS.slice(0, 3), { title: 'Native', columns: ['Case Number', 'Subject', 'Priority', 'Date/Time Opened'] }));
    shadow.appendChild(inner.querySelector('lightning-datatable > div')!);
    expect(doc.querySelectorAll('tr').length).toBe(0); // invisible to a plain document query
    const rows = rowsOf(doc);
    expect(rows.map((r) => r.ticket?.label)).toEqual(['00001026', '00001027', '00001028']);
    expect(rows[0]?.ticket?.missing).toEqual([]);
    expect(rows[0]?.anchor.getRootNode()).toBe(shadow);
    expect(salesforceRowRoots(doc)).toEqual([shadow]);
    expect(salesforceRowRoots(loadFixtureDocument('salesforce/case-list.html'))).toEqual([]); // synthetic shadow: light DOM
  });

  it('reads nothing for a match that is not a Case list', () => {
    const doc = loadFixtureDocument('salesforce/case-list.html');
    expect(readSalesforceCaseRows(doc, { tool: 'salesforce', kind: 'ticket', recordId: '500Dn000001AbCdIAK' })).toEqual([]);
    expect(readSalesforceCaseRows(doc, { tool: 'hubspot', kind: 'ticket-list', recordId: null })).toEqual([]);
  });
});

/** The standard Case fields' labels in a German org (Salesforce's own translations; what its list views' columns say). */
const GERMAN_LABELS: Readonly<Record<string, string>> = {
  'Case Number': 'Kundenvorgangsnummer',
  Subject: 'Betreff',
  'Account Name': 'Accountname',
  Priority: 'Priorität',
  Status: 'Status',
  'Date/Time Opened': 'Datum/Uhrzeit geöffnet',
  'Date/Time Closed': 'Datum/Uhrzeit geschlossen',
  'Case Owner Alias': 'Alias des Vorgangsinhabers',
};

/** What an administrator of a German org configures: each API name, then the org's label. */
const GERMAN_FIELDS: TicketFieldMapping = {
  number: ['CaseNumber', 'Kundenvorgangsnummer'],
  subject: ['Subject', 'Betreff'],
  priority: ['Priority', 'Priorität'],
  status: ['Status'],
  opened: ['CreatedDate', 'Datum/Uhrzeit geöffnet'],
  account: ['AccountId', 'Accountname'],
  entitlement: ['EntitlementId', 'Berechtigungsname'],
};

/** A list view's columns relabelled, as an org in another language shows them: cells, their factories and the header. */
function relabelColumns(doc: Document, labels: Readonly<Record<string, string>>): Document {
  for (const el of Array.from(doc.querySelectorAll('[data-label]'))) el.setAttribute('data-label', labels[el.getAttribute('data-label')!] ?? el.getAttribute('data-label')!);
  for (const th of Array.from(doc.querySelectorAll('thead th[aria-label]')))
    th.setAttribute('aria-label', labels[th.getAttribute('aria-label')!] ?? th.getAttribute('aria-label')!);
  for (const title of Array.from(doc.querySelectorAll('thead span[title]'))) {
    const label = labels[title.getAttribute('title')!];
    if (!label) continue;
    title.setAttribute('title', label);
    title.textContent = label;
  }
  return doc;
}

describe('the ticket field mapping: where Case fields are read', () => {
  it('ships API names first, then the English labels', () => {
    expect(SALESFORCE_TICKET_FIELDS).toEqual({
      number: ['CaseNumber', 'Case Number'],
      subject: ['Subject'],
      priority: ['Priority'],
      status: ['Status'],
      opened: ['CreatedDate', 'Date/Time Opened'],
      account: ['AccountId', 'Account Name'],
      entitlement: ['EntitlementId', 'Entitlement Name'],
    });
    expect(toolById('salesforce')?.tickets?.defaultFields).toBe(SALESFORCE_TICKET_FIELDS);
  });

  it.each([
    ['CreatedDate', true],
    ['AccountId', true],
    ['Opened__c', true],
    ['Priority', false], // an API name, but also the label a page shows
    ['Date/Time Opened', false],
    ['Datum/Uhrzeit geöffnet', false],
    ['SLA', false],
  ])('tells an API name (%s: %s) from a label by its shape', (entry, expected) => {
    expect(isApiName(entry)).toBe(expected);
  });

  it("reads a German org's list view (only labels, all German) with the German mapping, as the English one with the defaults", () => {
    const german = relabelColumns(loadFixtureDocument('salesforce/case-list.html'), GERMAN_LABELS);
    const english = rowsOf(loadFixtureDocument('salesforce/case-list.html'));
    const rows = rowsOf(german, undefined, GERMAN_FIELDS);
    expect(rows.map((r) => r.ticket)).toEqual(english.map((r) => r.ticket));
    expect(rows[0]?.anchor.closest('td')?.getAttribute('data-label')).toBe('Betreff');
  });

  it('reads the German list view with the English defaults as what it is: no priority, no opening time, and says so', () => {
    const rows = rowsOf(relabelColumns(loadFixtureDocument('salesforce/case-list.html'), GERMAN_LABELS));
    expect(rows).toHaveLength(10);
    expect(rows[0]?.ticket).toMatchObject({ label: null, subject: null, priority: null, opened: null, status: 'Working', missing: ['Date/Time Opened', 'Priority'] });
  });

  it('says in German which column the SLA needs where the German list view lacks it (Datum/Uhrzeit geschlossen does not stand in)', () => {
    const rows = rowsOf(relabelColumns(loadFixtureDocument('salesforce/case-list-missing.html'), GERMAN_LABELS), undefined, GERMAN_FIELDS);
    expect(rows).toHaveLength(4);
    for (const { ticket } of rows) expect(ticket).toMatchObject({ opened: null, missing: ['Datum/Uhrzeit geöffnet'] });
    expect(rows.map((r) => r.ticket?.priority)).toEqual(['High', 'Medium', 'Low', 'Medium']);
  });

  it('names a missing field by the first label of its entries, whatever their order, and by its API name only where no label is given', () => {
    const lean = page(renderCaseDatatable(CASE_LIST_ROWS.slice(0, 1), { title: 'Lean', columns: ['Case Number', 'Subject', 'Status'] }));
    const missing = (fields: TicketFieldMapping) => rowsOf(lean, undefined, fields)[0]?.ticket?.missing;
    expect(missing({ opened: ['Datum/Uhrzeit geöffnet', 'Date/Time Opened', 'CreatedDate'] })).toEqual(['Datum/Uhrzeit geöffnet', 'Priority']);
    expect(missing({ opened: ['CreatedDate', 'Date/Time Opened', 'Datum/Uhrzeit geöffnet'] })).toEqual(['Date/Time Opened', 'Priority']);
    expect(missing({ opened: ['Opened__c'], priority: ['Priorität', 'Priority'] })).toEqual(['Opened__c', 'Priorität']);
  });

  it("tries an admin's entries in their order: a reordered mapping reads the other column", () => {
    // An org with its own Severity picklist beside the standard Priority, shown in the list view.
    const doc = loadFixtureDocument('salesforce/case-list.html');
    for (const cell of Array.from(doc.querySelectorAll('td[data-label="Case Owner Alias"]'))) {
      cell.setAttribute('data-label', 'Severity');
      cell.querySelector('lightning-base-formatted-text')!.textContent = 'Sev 1';
    }
    expect(rowsOf(doc, undefined, { priority: ['Severity', 'Priority'] })[0]?.ticket?.priority).toBe('Sev 1');
    expect(rowsOf(doc, undefined, { priority: ['Priority', 'Severity'] })[0]?.ticket?.priority).toBe('High');
    // A field the mapping leaves out keeps its default.
    expect(rowsOf(doc, undefined, { priority: ['Severity'] })[0]?.ticket).toMatchObject({ label: '00001026', opened: '11/28/2026, 9:14 AM', missing: [] });
  });

  it('compares labels without case or punctuation', () => {
    const doc = relabelColumns(loadFixtureDocument('salesforce/case-list.html'), { 'Date/Time Opened': 'DATE TIME OPENED' });
    expect(rowsOf(doc)[0]?.ticket).toMatchObject({ opened: '11/28/2026, 9:14 AM', missing: [] });
  });

  it('on a German record page reads every field printed with its API name as is, and the others by the German label', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    const german = (label: string) => GERMAN_LABELS[label.trim()] ?? label;
    for (const label of Array.from(doc.querySelectorAll('.test-id__field-label'))) label.textContent = german(label.textContent!);
    for (const item of Array.from(doc.querySelectorAll('records-record-layout-item[field-label]'))) item.setAttribute('field-label', german(item.getAttribute('field-label')!));
    for (const title of Array.from(doc.querySelectorAll('records-highlights-details-item p[title]'))) {
      title.setAttribute('title', german(title.getAttribute('title')!));
      title.textContent = german(title.textContent!);
    }
    const english = readCase(loadFixtureDocument('salesforce/case.html'))?.ticket;
    // The layout prints no API name for Subject: only its label can find it.
    expect(readCase(doc)?.ticket).toEqual({ ...english, subject: null });
    expect(readCase(doc, CASE_URL, GERMAN_FIELDS)?.ticket).toEqual(english);

    shown(doc, '[data-target-selection-name="sfdc:RecordField.Case.CreatedDate"]')?.removeAttribute('data-target-selection-name');
    expect(readCase(doc)?.ticket).toMatchObject({ opened: null, missing: ['Date/Time Opened'] });
    expect(readCase(doc, CASE_URL, GERMAN_FIELDS)?.ticket).toMatchObject({ opened: '11/28/2026, 9:14 AM', missing: [] });
  });

  it('a mapping naming another field reads that one: an API name first, whatever the labels', () => {
    const doc = loadFixtureDocument('salesforce/case.html');
    expect(readCase(doc, CASE_URL, { subject: ['Status', 'Subject'] })?.ticket?.subject).toBe('Working');
  });
});

describe('odd markup', () => {
  it('is read without throwing: rows outside a table, links that are no URL, panels without a header', () => {
    const doc = page(`<div class="oneContent active">
      <records-lwc-highlights-panel><records-highlights2><div class="slds-page-header__col-title" style="display:none"></div></records-highlights2></records-lwc-highlights-panel>
      <records-lwc-highlights-panel><records-highlights-details-item><p class="slds-text-title"></p></records-highlights-details-item></records-lwc-highlights-panel>
      <lightning-datatable><table><tbody>
        <tr data-row-key-value=" 500Dn000001AbCdIAK "><td data-label="Account Name"><a href="http://[">x</a></td><td data-label="Subject"></td></tr>
        <tr data-row-key-value=""><td>?</td></tr>
        <tr data-row-key-value="500Dn000001AbCdIAKXYZ"><td data-label="Subject">too long an id</td></tr>
      </tbody></table></lightning-datatable>
    </div>`);
    expect(readCase(doc)).toBeNull();
    const rows = rowsOf(doc);
    expect(rows.map((r) => [r.ticketId, r.ticket?.account, r.ticket?.subject, r.ticket?.missing])).toEqual([['500Dn000001AbCdIAK', null, null, ['Date/Time Opened', 'Priority']]]);
  });
});

describe('the Salesforce tool definition', () => {
  it('reads Cases from the page: record pages and lists through the registry', () => {
    const tickets = toolById('salesforce')?.tickets;
    expect(tickets?.source).toBe('page');
    expect(tickets?.ticketPage(loadFixtureDocument('salesforce/case.html'), { tool: 'salesforce', kind: 'ticket', recordId: '500Dn000001AbCdIAK' }, CASE_URL)?.ticket?.label).toBe(
      '00001026',
    );
    expect(tickets?.listRows?.(loadFixtureDocument('salesforce/case-list.html'), LIST)).toHaveLength(10);
  });
});

describe("the demo server's Case pages read like the fixtures", () => {
  // Fri 27 Nov 2026 12:00 UTC; the demo displays Date/Time Opened in UTC.
  const NOW = Date.parse('2026-11-27T12:00:00Z');
  const data = demoData(NOW);
  const host = 'acme.lightning.force.com';
  const get = (path: string, partial = false) => route(host, new URL(`https://${host}${path}`), partial, data);
  const first = data.tickets[0]!; // ticket 1001: urgent, created 23h35m before NOW, Stark Industries

  it('serves a Case record page, whole and as a navigation fragment, that the reader reads', () => {
    const path = `/lightning/r/Case/${salesforceCaseId(first)}/view`;
    for (const partial of [false, true]) {
      const reply = get(path, partial);
      expect(reply.status).toBe(200);
      const place = readCase(parseFixtureHtml(reply.body), new URL(`https://${host}${path}`));
      expect(place?.ticket).toMatchObject({
        ticketId: '500Dn0000001001AAQ',
        label: '00001001',
        subject: first.subject,
        priority: 'High',
        status: 'New', // never answered (demoCase)
        opened: '11/26/2026, 12:25 PM',
        account: {
          recordId: data.accounts[first.orgIndex]!.salesforceId,
          name: data.accounts[first.orgIndex]!.name,
          url: `https://${host}/lightning/r/Account/${data.accounts[first.orgIndex]!.salesforceId}/view`,
        },
        missing: [],
      });
    }
    expect(get('/lightning/r/Case/500Dn0000009999AAQ/view').status).toBe(404);
  });

  it('serves the first 50 Cases in a list view, two of them linked to an account the directory does not hold', () => {
    const reply = get('/lightning/o/Case/list?filterName=AllOpenCases');
    const rows = rowsOf(parseFixtureHtml(reply.body));
    expect(rows.map((r) => r.ticketId)).toEqual(data.tickets.slice(0, 50).map(salesforceCaseId));
    expect(rows.every((r) => r.ticket?.missing.length === 0 && r.ticket.opened !== null)).toBe(true);
    const known = new Set(data.accounts.map((a) => a.salesforceId));
    expect(rows.filter((r) => r.ticket?.account && !known.has(r.ticket.account.recordId)).map((r) => r.ticket?.account?.name)).toEqual(['Cyberdyne Systems', 'Cyberdyne Systems']);
    expect(rowsOf(parseFixtureHtml(get('/lightning/o/Case/list?filterName=AllOpenCases', true).body))).toHaveLength(50);
  });

  it('serves a list view without Date/Time Opened, and no list view the demo does not have', () => {
    const rows = rowsOf(parseFixtureHtml(get('/lightning/o/Case/list?filterName=NoOpenedColumn').body));
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r.ticket?.missing.join()))).toEqual(new Set(['Date/Time Opened']));
    expect(get('/lightning/o/Case/list?filterName=Nope').status).toBe(404);
  });

  it('links the Case list from the navigation and the home page', () => {
    expect(get('/lightning/page/home').body.match(/href="\/lightning\/o\/Case\/list\?filterName=AllOpenCases"/g)).toHaveLength(2);
  });
});
