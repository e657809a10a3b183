/**
 * The options page's field mapping: beside the account attributes, a tool whose tickets are read from its pages gets
 * a "Ticket fields" table with the mapping in force, read-only when the administrator set it, as the account one is.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FieldMappingSection, type FieldMappingSectionProps } from '../../components/options/FieldMappingSection';
import { DEFAULT_FIELD_MAPPINGS, DEFAULT_TICKET_FIELDS, TOOLS } from '../../lib/sites/registry';
import { parseFixtureHtml } from '../fixtures/dom';

const GERMAN_OPENED = ['CreatedDate', 'Datum/Uhrzeit geöffnet'];

function render(overrides: Partial<FieldMappingSectionProps> = {}): Document {
  const props: FieldMappingSectionProps = {
    mappings: DEFAULT_FIELD_MAPPINGS,
    admin: false,
    preview: null,
    previewMessage: null,
    onSave: () => {},
    onReset: () => {},
    onPreview: () => {},
    ticketMappings: { ...DEFAULT_TICKET_FIELDS, salesforce: { ...DEFAULT_TICKET_FIELDS.salesforce, opened: GERMAN_OPENED } },
    ticketAdmin: false,
    onSaveTicketFields: () => {},
    onResetTicketFields: () => {},
    ...overrides,
  };
  return parseFixtureHtml(`<!DOCTYPE html><html><body><main>${renderToStaticMarkup(createElement(FieldMappingSection, props))}</main></body></html>`);
}

const ticketSection = (doc: Document) => doc.querySelector('[data-section="ticket-fields"]');
const inputFor = (doc: Document, field: string) =>
  doc.querySelector<HTMLInputElement>(`[data-section="ticket-fields"] input[aria-label="Labels or names for the Case's ${field}"]`);

describe('the Ticket fields table', () => {
  it('shows the first tool (Salesforce, whose Cases are read from its pages) with the mapping in force, and each default', () => {
    expect(TOOLS[0].id).toBe('salesforce');
    const doc = render();
    expect(ticketSection(doc)?.querySelector('h2')?.textContent).toBe('Ticket fields: Salesforce');
    expect(inputFor(doc, 'opened')?.getAttribute('value')).toBe('CreatedDate, Datum/Uhrzeit geöffnet');
    expect(inputFor(doc, 'number')?.getAttribute('value')).toBe('CaseNumber, Case Number');
    const openedRow = inputFor(doc, 'opened')?.closest('tr');
    expect(openedRow?.lastElementChild?.textContent).toBe('CreatedDate, Date/Time Opened');
  });

  it('is editable unless the administrator set the ticket field mappings, whatever they set for the account attributes', () => {
    const fieldset = (doc: Document, section: string) => doc.querySelector(`[data-section="${section}"] fieldset`);
    const mine = render({ admin: true });
    expect(fieldset(mine, 'mapping')?.hasAttribute('disabled')).toBe(true);
    expect(fieldset(mine, 'ticket-fields')?.hasAttribute('disabled')).toBe(false);
    expect(mine.querySelector('#mapping-tool')?.closest('fieldset')).toBeNull(); // choosing a tool to look at stays possible

    const theirs = render({ ticketAdmin: true });
    expect(fieldset(theirs, 'ticket-fields')?.hasAttribute('disabled')).toBe(true);
    expect(theirs.querySelector('[data-testid="ticket-fields-admin"]')?.textContent).toContain('Set by your administrator');
    expect(fieldset(theirs, 'mapping')?.hasAttribute('disabled')).toBe(false);
  });

  it('is not shown for a tool without a ticket field mapping', () => {
    expect(ticketSection(render({ ticketMappings: { hubspot: DEFAULT_TICKET_FIELDS.hubspot } }))).toBeNull();
  });
});

describe('the Field mapping table’s tools', () => {
  it('offers every tool whose records carry account attributes, Freshdesk companies among them, and not Jira’s organizations', () => {
    const options = [...render().querySelectorAll('#mapping-tool option')].map((o) => o.getAttribute('value'));
    expect(options).toEqual(['salesforce', 'hubspot', 'zendesk', 'freshdesk']);
    expect(TOOLS.map((t) => t.id)).toContain('jsm');
  });
});
