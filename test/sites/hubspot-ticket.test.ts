/**
 * The HubSpot ticket reader on the modelled ticket pages (next-tools-and-anchors.md §2b; real-markup-notes.md §3): the
 * ticket's properties by internal name, HubSpot's own SLA due times, the company it is associated with, the badge's
 * place beside the record title, the Help Desk workspace (an inferred model, Low), and every state in which it must
 * read nothing. The selector counts for these fixtures are in test/sites/hubspot/selector-counts.ts.
 */
import { describe, expect, it } from 'vitest';
import type { TicketFieldMapping } from '../../lib/parse/ticket-fields';
import { HUBSPOT_TICKET_FIELDS } from '../../lib/sites/hubspot/defaults';
import { readHubspotTicket, readTicketCompanies } from '../../lib/sites/hubspot/read-ticket';
import { toolById } from '../../lib/sites/registry';
import type { RawPageTicket, TicketPlace } from '../../lib/sites/page-data';
import { demoData, route } from '../demo/routes';
import { loadFixtureDocument, parseFixtureHtml, readAtUrl } from '../fixtures/dom';
import { INJECTION_PAYLOADS } from '../fixtures/demo/hostile';

const PORTAL = 'https://app.hubspot.com/contacts/4815162';
const TICKET_URL = new URL(`${PORTAL}/record/0-5/5550001`);
const HELP_DESK_URL = new URL('https://app.hubspot.com/help-desk/4815162/view/1234/ticket/5550001');

const place = (doc: Document, url = TICKET_URL, fields?: TicketFieldMapping): TicketPlace | null =>
  readAtUrl((root, page, at) => readHubspotTicket(root, page, at, fields), doc, url);
const ticketOf = (doc: Document, url = TICKET_URL, fields?: TicketFieldMapping): RawPageTicket | undefined => place(doc, url, fields)?.ticket;
const load = (name: string): Document => loadFixtureDocument(`hubspot/${name}`);
/** A property row of the left sidebar's card, by internal name. */
const row = (doc: Document, name: string): Element => doc.querySelector(`ul[data-selenium-test="profile-properties-list"] > span[data-test-id="${name}"]`)!;
const rowValue = (doc: Document, name: string): Element => row(doc, name).querySelector(`[data-selenium-test="property-input-${name}"]`)!;
const stripItem = (doc: Document, name: string): Element => doc.querySelector(`[data-test-id="highlight-property-item-${name}"]`)!;

/** A property row as HubSpot renders one (the fixture's own row markup, cloned), with `name`, `label` and `value`. */
function addRow(doc: Document, name: string, label: string, value: string, where: 'first' | 'last' = 'last'): Element {
  const added = row(doc, 'createdate').cloneNode(true) as Element;
  added.setAttribute('data-test-id', name);
  added.querySelector('label span span')!.textContent = label;
  const valueNode = added.querySelector('[data-selenium-test^="property-input-"]')!;
  valueNode.setAttribute('data-selenium-test', `property-input-${name}`);
  valueNode.textContent = value;
  const list = doc.querySelector('ul[data-selenium-test="profile-properties-list"]')!;
  if (where === 'first') list.prepend(added);
  else list.append(added);
  return added;
}

const ACME = { tool: 'hubspot', recordId: '9876543210', name: 'Acme Corp', url: `${PORTAL}/record/0-2/9876543210` } as const;

describe('a ticket record (hubspot/ticket.html)', () => {
  it('reads every field as the page displays it: priority, create date with its offset, status, name, company, SLA due times', () => {
    expect(ticketOf(load('ticket.html'))).toEqual({
      tool: 'hubspot',
      ticketId: '5550001',
      label: 'Search & indexing down after upgrade',
      subject: 'Search & indexing down after upgrade',
      priority: 'High',
      status: 'Waiting on us',
      opened: '11/28/2026 9:14 AM GMT+1',
      account: ACME,
      entitlement: null,
      toolDue: [
        { metric: 'first-response', due: '11/28/2026 1:14 PM GMT+1', status: 'Completed on time' },
        { metric: 'next-response', due: '11/28/2026 3:40 PM GMT+1', status: 'Due Soon' },
        { metric: 'resolution', due: '12/01/2026 9:14 AM GMT+1', status: 'Active SLA' },
      ],
      missing: [],
    });
  });

  it('puts the badge beside the record title (highlightTitle), for the ticket in the URL', () => {
    const found = place(load('ticket.html'))!;
    expect(found.ticketId).toBe('5550001');
    expect(found.anchor.getAttribute('data-selenium-test')).toBe('highlightTitle');
    expect(found.anchor.textContent).toBe('Search & indexing down after upgrade');
  });

  it("falls back to the strip's subject value, then the strip itself, for the badge's place; null with neither", () => {
    const doc = load('ticket.html');
    doc.querySelector('[data-selenium-test="highlightTitle"]')!.removeAttribute('data-selenium-test');
    expect(place(doc)?.anchor.getAttribute('data-test-id')).toBe('highlight-property-display-subject');
    doc.querySelector('[data-test-id="highlight-property-display-subject"]')!.remove();
    expect(place(doc)?.anchor.getAttribute('data-test-id')).toBe('record-highlight-content');
    // Without a title, the name comes from the subject row all the same.
    expect(ticketOf(doc)?.subject).toBe('Search & indexing down after upgrade');
    doc.querySelector('[data-test-id="record-highlight-content"]')!.remove();
    expect(place(doc)).toBeNull();
  });

  it.each([
    ['the older /ticket/ URL', `${PORTAL}/ticket/5550001`],
    ['a record sub-route', `${PORTAL}/record/0-5/5550001/history`],
    ['the EU data centre', 'https://app-eu1.hubspot.com/contacts/4815162/record/0-5/5550001'],
  ])('reads %s', (_what, href) => {
    const url = new URL(href);
    const ticket = ticketOf(load('ticket.html'), url);
    expect(ticket?.ticketId).toBe('5550001');
    expect(ticket?.priority).toBe('High');
    // The company's URL is on the page's own origin (the portal's links are relative).
    expect(ticket?.account?.url).toBe(`${url.origin}/contacts/4815162/record/0-2/9876543210`);
  });

  it('depends on no class name and no id: without any, the page reads the same', () => {
    const doc = load('ticket.html');
    for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
    expect(ticketOf(doc)).toEqual(ticketOf(load('ticket.html')));
  });

  it('ignores the text around the properties: an email saying "Priority: Low", the data highlights card', () => {
    const doc = load('ticket.html');
    expect(doc.querySelector('[data-test-id="middle-pane"]')!.textContent).toContain('Priority: Low');
    expect(ticketOf(doc)?.priority).toBe('High');
  });
});

describe('properties by internal name, labels only as the fallback', () => {
  it("reads the same ticket when every label is in another language (the portal's language)", () => {
    const doc = load('ticket.html');
    const german: Record<string, string> = { subject: 'Ticketname', hs_pipeline_stage: 'Ticketstatus', hs_ticket_priority: 'Priorität', createdate: 'Erstellungsdatum' };
    for (const [name, label] of Object.entries(german)) row(doc, name).querySelector('label span span')!.textContent = label;
    doc.querySelector('[data-test-id="record-highlight-content"] [data-test-id="highlight-property-item-hs_ticket_priority"]')!.remove();
    expect(ticketOf(doc)).toEqual(ticketOf(load('ticket.html')));
  });

  it('a portal\'s own property labelled "Priority" does not stand in for hs_ticket_priority', () => {
    const doc = load('ticket.html');
    addRow(doc, 'priority_level', 'Priority', 'P4', 'first');
    expect(ticketOf(doc)?.priority).toBe('High');
  });

  it('reads the English label where no row or strip value carries the internal name', () => {
    const doc = load('ticket.html');
    stripItem(doc, 'hs_ticket_priority').remove();
    row(doc, 'hs_ticket_priority').setAttribute('data-test-id', 'ticket_priority');
    expect(ticketOf(doc)?.priority).toBe('High');
    expect(ticketOf(doc)?.missing).toEqual([]);
    // Neither the name nor the label: the page does not show the priority.
    row(doc, 'ticket_priority').querySelector('label span span')!.textContent = 'Dringlichkeit';
    expect(ticketOf(doc)?.priority).toBeNull();
    expect(ticketOf(doc)?.missing).toEqual(['Priority']);
  });

  it('reads "Pipeline stage" as the status label too, and "Create date" as the opened label', () => {
    const doc = load('ticket.html');
    stripItem(doc, 'hs_pipeline_stage').remove();
    row(doc, 'hs_pipeline_stage').setAttribute('data-test-id', 'stage');
    row(doc, 'stage').querySelector('label span span')!.textContent = 'Pipeline stage';
    row(doc, 'createdate').setAttribute('data-test-id', 'created');
    expect(ticketOf(doc)).toMatchObject({ status: 'Waiting on us', opened: '11/28/2026 9:14 AM GMT+1', missing: [] });
  });
});

describe('the ticket field mapping', () => {
  /** A German portal where the SLA properties' rows carry no internal name the mapping knows (a custom layout's own). */
  function germanRows(doc: Document): Document {
    stripItem(doc, 'hs_ticket_priority').remove();
    row(doc, 'hs_ticket_priority').setAttribute('data-test-id', 'ticket_priority');
    row(doc, 'ticket_priority').querySelector('label span span')!.textContent = 'Priorität';
    row(doc, 'createdate').setAttribute('data-test-id', 'created');
    row(doc, 'created').querySelector('label span span')!.textContent = 'Erstellungsdatum';
    return doc;
  }
  const GERMAN: TicketFieldMapping = { priority: ['hs_ticket_priority', 'Priorität'], opened: ['createdate', 'Erstellungsdatum'] };

  it('ships internal names first, then the English labels the reader used', () => {
    expect(HUBSPOT_TICKET_FIELDS).toEqual({
      subject: ['subject', 'Ticket name'],
      priority: ['hs_ticket_priority', 'Priority'],
      status: ['hs_pipeline_stage', 'Ticket status', 'Pipeline stage'],
      opened: ['createdate', 'Create date'],
      account: ['hs_primary_company_id'],
    });
    expect(toolById('hubspot')?.tickets?.defaultFields).toBe(HUBSPOT_TICKET_FIELDS);
  });

  it("reads a portal's German labels with a German mapping, and names what is missing by them", () => {
    const doc = germanRows(load('ticket.html'));
    expect(ticketOf(doc)).toMatchObject({ priority: null, opened: null, missing: ['Create date', 'Priority'] });
    expect(ticketOf(doc, TICKET_URL, GERMAN)).toEqual(ticketOf(load('ticket.html')));
    row(doc, 'created').remove();
    expect(ticketOf(doc, TICKET_URL, GERMAN)).toMatchObject({ opened: null, missing: ['Erstellungsdatum'] });
  });

  it("reads a portal's own property where the mapping names it, in the mapping's order", () => {
    const doc = load('ticket.html');
    addRow(doc, 'priority_level', 'Priority level', 'P4');
    expect(ticketOf(doc, TICKET_URL, { priority: ['priority_level', 'hs_ticket_priority'] })?.priority).toBe('P4');
    expect(ticketOf(doc, TICKET_URL, { priority: ['hs_ticket_priority', 'priority_level'] })?.priority).toBe('High');
  });

  it('reads a number and an entitlement only where a portal maps properties of its own', () => {
    const doc = load('ticket.html');
    addRow(doc, 'ticket_number', 'Ticket number', 'T-1042');
    addRow(doc, 'support_entitlement', 'Support entitlement', 'Premium');
    expect(ticketOf(doc)).toMatchObject({ label: 'Search & indexing down after upgrade', entitlement: null });
    expect(ticketOf(doc, TICKET_URL, { number: ['ticket_number'], entitlement: ['Support entitlement'] })).toMatchObject({ label: 'T-1042', entitlement: 'Premium' });
  });

  it('waits while a mapped property is still loading', () => {
    const doc = load('ticket.html');
    const added = addRow(doc, 'ticket_number', 'Ticket number', 'T-1042');
    added.querySelector('[data-test-id="hover-content-wrapper"]')!.innerHTML = '';
    expect(place(doc)).not.toBeNull();
    expect(place(doc, TICKET_URL, { number: ['ticket_number'] })).toBeNull();
  });
});

describe('the highlights strip', () => {
  it('stands in for rows the layout lacks', () => {
    const doc = load('ticket.html');
    for (const name of ['hs_ticket_priority', 'hs_pipeline_stage', 'subject']) row(doc, name).remove();
    expect(ticketOf(doc)).toMatchObject({ priority: 'High', status: 'Waiting on us', subject: 'Search & indexing down after upgrade', missing: [] });
  });

  it('gives way to the property rows where both show a property', () => {
    const doc = load('ticket.html');
    stripItem(doc, 'hs_ticket_priority').querySelector('[data-test-id="badge"]')!.textContent = 'Urgent';
    expect(ticketOf(doc)?.priority).toBe('High');
  });

  it('alone is not a rendered ticket: null until a property row has rendered', () => {
    const doc = load('ticket.html');
    doc.querySelector('[data-card-type="PROPERTIES_V3"]')!.remove();
    expect(doc.querySelector('[data-test-id="highlight-property-display-hs_ticket_priority"]')).not.toBeNull();
    expect(place(doc)).toBeNull();
  });
});

describe('what the page does not show', () => {
  it("names the Create date and the Priority when the page shows neither, in HubSpot's words", () => {
    const doc = load('ticket.html');
    row(doc, 'createdate').remove();
    row(doc, 'hs_ticket_priority').remove();
    stripItem(doc, 'hs_ticket_priority').remove();
    expect(ticketOf(doc)).toMatchObject({ opened: null, priority: null, missing: ['Create date', 'Priority'] });
  });

  it('a property shown empty (`--`) is on the page: its value is null and nothing is missing', () => {
    const doc = load('ticket.html');
    rowValue(doc, 'hs_ticket_priority').innerHTML = '--';
    stripItem(doc, 'hs_ticket_priority').remove();
    expect(ticketOf(doc)).toMatchObject({ priority: null, missing: [] });
  });

  it('leaves out an SLA whose due time shows `--`, and reads a status shown `--` as null', () => {
    const doc = load('ticket.html');
    rowValue(doc, 'hs_time_to_next_response_sla_at').textContent = '--';
    rowValue(doc, 'hs_time_to_first_response_sla_status').textContent = '--';
    expect(ticketOf(doc)?.toolDue).toEqual([
      { metric: 'first-response', due: '11/28/2026 1:14 PM GMT+1', status: null },
      { metric: 'resolution', due: '12/01/2026 9:14 AM GMT+1', status: 'Active SLA' },
    ]);
  });

  it('reads an SLA due time without its status row, status null', () => {
    const doc = load('ticket.html');
    row(doc, 'hs_time_to_close_sla_status').remove();
    expect(ticketOf(doc)?.toolDue.at(-1)).toEqual({ metric: 'resolution', due: '12/01/2026 9:14 AM GMT+1', status: null });
  });
});

describe('a ticket still loading', () => {
  it('is null while a property it reads has not rendered its value, and reads the ticket once it has', () => {
    const doc = load('ticket.html');
    stripItem(doc, 'hs_ticket_priority').remove();
    const wrapper = row(doc, 'hs_ticket_priority').querySelector('[data-test-id="hover-content-wrapper"]')!;
    const rendered = wrapper.innerHTML;
    wrapper.innerHTML = '';
    expect(place(doc)).toBeNull();
    wrapper.innerHTML = rendered;
    expect(ticketOf(doc)?.priority).toBe('High');
  });

  it('is null while an SLA row is still loading (no second opinion read half-way)', () => {
    const doc = load('ticket.html');
    row(doc, 'hs_time_to_close_sla_at').querySelector('[data-test-id="hover-content-wrapper"]')!.remove();
    expect(place(doc)).toBeNull();
  });

  it('reads a loading row from the strip when the strip shows it', () => {
    const doc = load('ticket.html');
    row(doc, 'hs_ticket_priority').querySelector('[data-test-id="hover-content-wrapper"]')!.innerHTML = '';
    expect(ticketOf(doc)?.priority).toBe('High');
  });

  it("is not held back by rows it does not read (the owner) nor by the panel's skeleton placeholders", () => {
    const doc = load('ticket-no-company.html');
    expect(row(doc, 'hubspot_owner_id').querySelector('[data-test-id="hover-content-wrapper"]')).toBeNull();
    expect(doc.querySelectorAll('[data-test-id="property-input-skeleton"]').length).toBeGreaterThan(0);
    expect(ticketOf(doc, new URL(`${PORTAL}/record/0-5/5550002`))).toMatchObject({ subject: 'Question about code insights', status: 'New' });
  });
});

describe('the associated company', () => {
  it('is the one company of the association cards: contact and deal links are not companies', () => {
    const doc = load('ticket.html');
    expect(doc.querySelector('[data-test-id="records-right-sidebar"] a[href*="/record/0-1/"]')).not.toBeNull();
    expect(doc.querySelector('[data-test-id="records-right-sidebar"] a[href*="/record/0-3/"]')).not.toBeNull();
    expect(readTicketCompanies(doc, TICKET_URL)).toEqual([ACME]);
    expect(ticketOf(doc)?.account).toEqual(ACME);
  });

  it('is null with no company associated, which is not "missing" (ticket-no-company.html)', () => {
    const url = new URL(`${PORTAL}/record/0-5/5550002`);
    const doc = load('ticket-no-company.html');
    expect(readTicketCompanies(doc, url)).toEqual([]);
    expect(ticketOf(doc, url)).toEqual({
      tool: 'hubspot',
      ticketId: '5550002',
      label: 'Question about code insights',
      subject: 'Question about code insights',
      priority: null,
      status: 'New',
      opened: '11/27/2026 4:05 PM',
      account: null,
      entitlement: null,
      toolDue: [{ metric: 'first-response', due: '11/27/2026 8:05 PM', status: 'Overdue' }],
      // The layout has no Priority row: the badge asks for it. The company is not asked for.
      missing: ['Priority'],
    });
  });

  it('is null with several companies and no primary, and readTicketCompanies says which (ticket-two-companies.html)', () => {
    const url = new URL(`${PORTAL}/record/0-5/5550003`);
    const doc = load('ticket-two-companies.html');
    expect(readTicketCompanies(doc, url).map((c) => [c.recordId, c.name])).toEqual([
      ['9876543210', 'Acme Corp'],
      ['9100000004', 'Umbrella Health'],
    ]);
    expect(ticketOf(doc, url)).toMatchObject({ account: null, missing: [], priority: 'Urgent', subject: 'SSO login loops <Okta>' });
  });

  it.each([
    ['as the page shows an id', '9100000004'],
    ['with grouped digits', '9,100,000,004'],
  ])('is the primary company (hs_primary_company_id) when the page shows it, %s', (_how, shown) => {
    const url = new URL(`${PORTAL}/record/0-5/5550003`);
    const doc = load('ticket-two-companies.html');
    addRow(doc, 'hs_primary_company_id', 'Primary company ID', shown);
    expect(ticketOf(doc, url)?.account).toEqual({ tool: 'hubspot', recordId: '9100000004', name: 'Umbrella Health', url: `${PORTAL}/record/0-2/9100000004` });
  });

  it('the primary company wins over the one linked company, by id alone where the page does not link it', () => {
    const doc = load('ticket.html');
    addRow(doc, 'hs_primary_company_id', 'Primary company ID', '9100000003');
    expect(ticketOf(doc)?.account).toEqual({ tool: 'hubspot', recordId: '9100000003', name: null, url: null });
  });

  it('a primary company shown empty (`--`) or as text is no primary: the links decide', () => {
    for (const shown of ['--', 'Acme Corp']) {
      const doc = load('ticket.html');
      addRow(doc, 'hs_primary_company_id', 'Primary company ID', shown);
      expect(ticketOf(doc)?.account).toEqual(ACME);
    }
  });

  it('counts a company linked twice (an icon link and its name) once, named by the link with text', () => {
    const doc = load('ticket.html');
    const entry = doc.querySelector('[data-card-id="ASSOCIATION_V3/0-2/V2"] li')!;
    const icon = doc.createElement('a');
    icon.setAttribute('href', '/contacts/4815162/record/0-2/9876543210?from=ticket');
    icon.innerHTML = '<span aria-hidden="true">A</span>';
    entry.prepend(icon);
    expect(readTicketCompanies(doc, TICKET_URL)).toEqual([{ ...ACME, url: `${ACME.url}?from=ticket` }]);
  });

  it('reads the older /company/{id} link form', () => {
    const doc = load('ticket.html');
    doc.querySelector('a[href$="/record/0-2/9876543210"]')!.setAttribute('href', '/contacts/4815162/company/9876543210/');
    expect(ticketOf(doc)?.account).toEqual({ ...ACME, url: `${PORTAL}/company/9876543210/` });
  });

  it('takes no link to another site, no link that is not a company record, and no company linked outside the association cards', () => {
    const doc = load('ticket.html');
    const list = doc.querySelector('[data-card-id="ASSOCIATION_V3/0-2/V2"] ul')!;
    list.insertAdjacentHTML(
      'beforeend',
      '<li><a href="https://evil.example/contacts/4815162/record/0-2/666">Evil Corp</a></li><li><a href="/contacts/4815162/record/0-2/acme">Not an id</a></li><li><a href="/contacts/4815162/company/">No id</a></li>',
    );
    doc.querySelector('[data-test-id="middle-pane"] article')!.insertAdjacentHTML('beforeend', '<a href="/contacts/4815162/record/0-2/9100000003">Globex Corporation</a>');
    expect(readTicketCompanies(doc, TICKET_URL)).toEqual([ACME]);
  });
});

describe('the Help Desk workspace (an inferred model, Low: hubspot/ticket-helpdesk.html)', () => {
  it('reads the same ticket as its record page where the workspace shows the record-sidebar cards', () => {
    expect(ticketOf(load('ticket-helpdesk.html'), HELP_DESK_URL)).toEqual(ticketOf(load('ticket.html')));
  });

  it('puts the badge beside the record title', () => {
    expect(place(load('ticket-helpdesk.html'), HELP_DESK_URL)?.anchor.getAttribute('data-selenium-test')).toBe('highlightTitle');
  });

  it('reads the ticket in the URL from the search view too', () => {
    const url = new URL('https://app.hubspot.com/help-desk/4815162/view/search/ticket/5550001');
    expect(ticketOf(load('ticket-helpdesk.html'), url)?.ticketId).toBe('5550001');
  });

  it('is null without those cards: the ticket list and the conversation hold only text, and no badge is a guess', () => {
    const doc = load('ticket-helpdesk.html');
    doc.querySelector('aside')!.remove();
    expect(doc.body.textContent).toContain('Search & indexing down after upgrade');
    expect(place(doc, HELP_DESK_URL)).toBeNull();
  });

  it('is null with a title but no property card', () => {
    const doc = load('ticket-helpdesk.html');
    doc.querySelector('[data-card-type="PROPERTIES_V3"]')!.remove();
    expect(doc.querySelector('[data-selenium-test="highlightTitle"]')).not.toBeNull();
    expect(place(doc, HELP_DESK_URL)).toBeNull();
  });
});

describe('another record on the page', () => {
  it("is not read as the ticket: a company record's DOM (with its own create date) under a ticket URL", () => {
    expect(place(load('company.html'))).toBeNull();
  });

  it("is null when the page shows another ticket's record id, and reads when it shows this one", () => {
    const doc = load('ticket.html');
    const id = addRow(doc, 'hs_object_id', 'Ticket ID', '5550009');
    expect(place(doc)).toBeNull();
    id.querySelector('[data-selenium-test="property-input-hs_object_id"]')!.textContent = '5,550,001';
    expect(ticketOf(doc)?.ticketId).toBe('5550001');
  });

  it.each([
    ['a company page', { tool: 'hubspot', kind: 'account', recordId: '5550001' }],
    ['a ticket list', { tool: 'hubspot', kind: 'ticket-list', recordId: null }],
    ['a ticket with no id', { tool: 'hubspot', kind: 'ticket', recordId: null }],
    ['another tool', { tool: 'zendesk', kind: 'ticket', recordId: '5550001' }],
  ] as const)("reads nothing when handed %s's match", (_what, match) => {
    expect(readHubspotTicket(load('ticket.html'), match, TICKET_URL)).toBeNull();
  });
});

describe('text that looks like markup', () => {
  const PAYLOAD = '<img src=x onerror="window.__pwned=1">';

  it('reads a subject and a company name carrying markup as plain text, verbatim', () => {
    const doc = load('ticket.html');
    rowValue(doc, 'subject').textContent = PAYLOAD;
    doc.querySelector('[data-test-id="highlight-property-display-subject"]')!.textContent = PAYLOAD;
    doc.querySelector('a[href$="/record/0-2/9876543210"]')!.textContent = PAYLOAD;
    rowValue(doc, 'hs_time_to_first_response_sla_status').textContent = PAYLOAD;
    const ticket = ticketOf(doc)!;
    expect([ticket.subject, ticket.label, ticket.account?.name, ticket.toolDue[0]?.status]).toEqual([PAYLOAD, PAYLOAD, PAYLOAD, PAYLOAD]);
    expect(doc.querySelector('img')).toBeNull();
  });

  it("reads the fixture's escaped `<Okta>` as text", () => {
    expect(ticketOf(load('ticket-two-companies.html'), new URL(`${PORTAL}/record/0-5/5550003`))?.label).toBe('SSO login loops <Okta>');
  });
});

describe("the demo's HubSpot ticket pages (test/demo/routes.ts)", () => {
  const NOW = Date.parse('2026-11-21T20:00:00Z'); // Sat 20:00 UTC
  const data = demoData(NOW);
  const HOST = 'app.hubspot.com';
  const demoPage = (path: string, partial = false, on = data) => route(HOST, new URL(`https://${HOST}${path}`), partial, on);
  const readDemo = (id: number, partial = false, on = data) => {
    const url = new URL(`https://${HOST}/contacts/4815162/record/0-5/${id}`);
    const reply = demoPage(url.pathname, partial, on);
    expect(reply.status).toBe(200);
    return ticketOf(parseFixtureHtml(reply.body), url);
  };
  const company = (recordId: string, name: string) => ({ tool: 'hubspot', recordId, name, url: `https://${HOST}/contacts/4815162/record/0-2/${recordId}` });

  it("reads a demo account's ticket with HubSpot's own due times, in UTC, first response 4 calendar hours after creation", () => {
    // 1001: Stark Industries, urgent, created 23 h 35 min before NOW (Fri 20:25 UTC); no reply yet.
    expect(readDemo(1001)).toEqual({
      tool: 'hubspot',
      ticketId: '1001',
      label: 'Production search down after upgrade',
      subject: 'Production search down after upgrade',
      priority: 'Urgent',
      status: 'Waiting on us',
      opened: '11/20/2026 8:25 PM',
      account: company('9100000005', 'Stark Industries'),
      entitlement: null,
      toolDue: [
        { metric: 'first-response', due: '11/21/2026 12:25 AM', status: 'Overdue' },
        { metric: 'resolution', due: '11/23/2026 8:25 PM', status: 'Active SLA' },
      ],
      missing: [],
    });
  });

  it('says a met first response, and no close SLA for a Low ticket', () => {
    // 1005: Northwind, low, pending, created 3 days before NOW, answered after 40 minutes.
    expect(readDemo(1005)).toMatchObject({
      priority: 'Low',
      status: 'Waiting on contact',
      opened: '11/18/2026 8:00 PM',
      toolDue: [{ metric: 'first-response', due: '11/19/2026 12:00 AM', status: 'Completed on time' }],
    });
  });

  it('shows a ticket without a priority as an empty Priority: null, and not missing', () => {
    expect(readDemo(1007)).toMatchObject({ priority: null, missing: [], account: company('9100000007', 'Wayne Enterprises') });
  });

  it('has a ticket of a company that is no demo account, and one with no company', () => {
    expect(readDemo(1101)?.account).toEqual(company('9100000099', 'Cyberdyne Systems'));
    expect(data.accounts.some((a) => a.hubspotId === '9100000099')).toBe(false);
    expect(readDemo(1102)).toMatchObject({ account: null, priority: 'Low', status: 'New', missing: [] });
  });

  it('serves the client-side navigation fragment, which reads the same as the whole page', () => {
    for (const id of [1001, 1101, 1102]) expect(readDemo(id, true)).toEqual(readDemo(id));
    expect(demoPage('/contacts/4815162/record/0-5/1001', true).headers['x-demo-title']).toBe(encodeURIComponent('Production search down after upgrade | Ticket | HubSpot'));
  });

  it('links the tickets from their company page and from the tickets list, and answers 404 for a ticket it does not have', () => {
    const stark = demoPage('/contacts/4815162/record/0-2/9100000005').body;
    expect(stark).toContain('href="/contacts/4815162/record/0-5/1001"');
    expect(stark).not.toContain('href="/contacts/4815162/record/0-5/1002"');
    const list = demoPage('/contacts/4815162/objects/0-5/views/all/list').body;
    for (const id of [1001, 1007, 1101, 1102]) expect(list).toContain(`href="/contacts/4815162/record/0-5/${id}"`);
    expect(demoPage('/contacts/4815162/record/0-5/4999').status).toBe(404);
  });

  it('reads every hostile payload back as text from the ticket and its company', () => {
    const hostile = demoData(NOW, INJECTION_PAYLOADS);
    INJECTION_PAYLOADS.forEach((payload, i) => {
      const ticket = readDemo(1001 + i, false, hostile);
      expect(ticket?.subject).toBe(payload.trim());
      expect(ticket?.account?.name).toBe(payload.trim());
    });
  });
});
