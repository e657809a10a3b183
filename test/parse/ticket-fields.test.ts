/**
 * The ticket field mapping: a mapping over a tool's defaults, what the user changed, the one rule for an administrator's
 * value (the settings' and the content scripts'), and how an entry is found and how a missing field is named. The
 * shipped defaults are data: each names every field the SLA needs.
 */
import { describe, expect, it } from 'vitest';
import {
  findTicketField,
  readTicketFieldMappings,
  shownLabel,
  SLA_NEEDS,
  TICKET_FIELDS,
  ticketFieldEdits,
  ticketFieldMappingsProblem,
  withDefaultTicketFields,
  type TicketFieldMapping,
} from '../../lib/parse/ticket-fields';
import { DEFAULT_TICKET_FIELDS, PAGE_TICKET_TOOLS } from '../../lib/sites/registry';

const DEFAULTS: TicketFieldMapping = { priority: ['Priority'], opened: ['CreatedDate', 'Date/Time Opened'] };
const TOOLS = ['salesforce', 'hubspot'];

describe('the shipped ticket field mappings', () => {
  it.each(PAGE_TICKET_TOOLS.map((tool) => [tool]))('%s names where the SLA needs read from, without duplicates or blank entries', (tool) => {
    const defaults = DEFAULT_TICKET_FIELDS[tool]!;
    for (const field of SLA_NEEDS) expect(defaults[field]?.length, field).toBeGreaterThan(0);
    for (const [field, entries] of Object.entries(defaults)) {
      expect(TICKET_FIELDS).toContain(field);
      expect(new Set(entries).size, field).toBe(entries.length);
      expect(
        entries.every((e) => e.trim() !== ''),
        field,
      ).toBe(true);
    }
    expect(ticketFieldMappingsProblem({ [tool]: defaults }, PAGE_TICKET_TOOLS)).toBeNull();
  });
});

describe('withDefaultTicketFields', () => {
  it('reads a field the mapping gives entries with those alone, and every other field with its default', () => {
    expect(withDefaultTicketFields(DEFAULTS, { opened: ['CreatedDate', 'Datum/Uhrzeit geöffnet'] })).toEqual({
      priority: ['Priority'],
      opened: ['CreatedDate', 'Datum/Uhrzeit geöffnet'],
    });
  });

  it('takes a field given no entries for one left out, and without a mapping is the defaults', () => {
    expect(withDefaultTicketFields(DEFAULTS, { priority: [] })).toEqual(DEFAULTS);
    expect(withDefaultTicketFields(DEFAULTS, undefined)).toEqual(DEFAULTS);
  });

  it('gives a field without a default only where the mapping names it', () => {
    expect(withDefaultTicketFields(DEFAULTS, { entitlement: ['Support entitlement'] }).entitlement).toEqual(['Support entitlement']);
    expect(withDefaultTicketFields(DEFAULTS, {})).not.toHaveProperty('entitlement');
  });
});

describe('ticketFieldEdits: what the user changed, all that is stored', () => {
  it('keeps the fields that differ from the default, in any way (a reordering too)', () => {
    const edited = { priority: ['Priority'], opened: ['Date/Time Opened', 'CreatedDate'], status: ['Statut'] };
    expect(ticketFieldEdits(DEFAULTS, edited)).toEqual({ opened: ['Date/Time Opened', 'CreatedDate'], status: ['Statut'] });
  });

  it('is empty for the defaults themselves, and leaves out a field given no entries', () => {
    expect(ticketFieldEdits(DEFAULTS, { ...DEFAULTS, status: [] })).toEqual({});
  });
});

describe("ticketFieldMappingsProblem: the administrator's value", () => {
  it('accepts tools whose tickets are read from their pages, each to known fields and lists of names or labels', () => {
    expect(ticketFieldMappingsProblem({}, TOOLS)).toBeNull();
    expect(ticketFieldMappingsProblem({ salesforce: { opened: ['CreatedDate', 'Datum/Uhrzeit geöffnet'] }, hubspot: {} }, TOOLS)).toBeNull();
    expect(ticketFieldMappingsProblem({ salesforce: { status: [] } }, TOOLS)).toBeNull(); // no entries: the default
  });

  it.each([
    ['not an object', ['salesforce'], 'expected an object of tools (salesforce, hubspot)'],
    ['a tool read through its API', { zendesk: {} }, '"zendesk" is not a tool whose tickets are read from its pages (salesforce, hubspot)'],
    ['a tool mapped to a list', { salesforce: ['Priority'] }, 'salesforce: expected an object of ticket fields (number, subject, priority, status, opened, account, entitlement)'],
    [
      'an unknown field',
      { salesforce: { prority: ['Priorität'] } },
      'salesforce: "prority" is not a ticket field (number, subject, priority, status, opened, account, entitlement)',
    ],
    ['a field mapped to a string', { salesforce: { priority: 'Priorität' } }, 'salesforce.priority: expected a list of names or labels (non-empty strings)'],
    ['a blank entry', { hubspot: { opened: ['createdate', ' '] } }, 'hubspot.opened: expected a list of names or labels (non-empty strings)'],
    ['an entry that is no string', { hubspot: { opened: [42] } }, 'hubspot.opened: expected a list of names or labels (non-empty strings)'],
  ])('names what is wrong: %s', (_what, raw, problem) => {
    expect(ticketFieldMappingsProblem(raw, TOOLS)).toBe(problem);
  });
});

describe("readTicketFieldMappings: the user's stored value, read tolerantly", () => {
  it('keeps the known tools and fields and their non-blank entries, and ignores the rest', () => {
    const stored = { salesforce: { opened: ['Datum/Uhrzeit geöffnet', '', 7], prority: ['x'], status: 'Status' }, zendesk: { priority: ['p'] }, hubspot: null };
    expect(readTicketFieldMappings(stored, TOOLS)).toEqual({ salesforce: { opened: ['Datum/Uhrzeit geöffnet'] } });
  });

  it.each([null, 'text', [1], 42])('reads nothing from %j', (stored) => {
    expect(readTicketFieldMappings(stored, TOOLS)).toEqual({});
  });
});

describe('findTicketField', () => {
  const byName = new Map([['createddate', 'by API name']]);
  const layout = new Map([['datetimeopened', 'layout label']]);
  const highlights = new Map([['datumuhrzeitgeoffnet', 'highlights title']]);

  it("takes any entry that is a property's name before any label, whatever their order", () => {
    expect(findTicketField(['Date/Time Opened', 'CreatedDate'], byName, layout)).toBe('by API name');
  });

  it('compares names without case, labels without case or punctuation, each label source in turn', () => {
    expect(findTicketField(['createdDATE'], byName)).toBe('by API name');
    expect(findTicketField(['DATE TIME OPENED'], null, layout)).toBe('layout label');
    expect(findTicketField(['Datum/Uhrzeit geöffnet'], null, layout, highlights)).toBeUndefined(); // ö is a letter of its own
    expect(findTicketField(['Datum/Uhrzeit geoffnet'], null, layout, highlights)).toBe('highlights title');
  });

  it('takes the first entry present, and nothing for punctuation alone', () => {
    expect(findTicketField(['Opened', 'Date/Time Opened'], null, layout)).toBe('layout label');
    expect(findTicketField(['/'], null, new Map([['', 'blank']]))).toBeUndefined();
  });
});

describe('shownLabel: how a missing field is named', () => {
  const isName = (entry: string) => /^[a-z_]+$/.test(entry);

  it('is the first entry that is a label, in the mapping’s order', () => {
    expect(shownLabel(['createdate', 'Erstellungsdatum', 'Create date'], isName)).toBe('Erstellungsdatum');
    expect(shownLabel(['Create date', 'Erstellungsdatum'], isName)).toBe('Create date');
  });

  it('is the first entry where all are names, and null without entries', () => {
    expect(shownLabel(['createdate', 'created_at'], isName)).toBe('createdate');
    expect(shownLabel([], isName)).toBeNull();
  });
});
