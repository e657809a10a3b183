/**
 * Ticket field mappings in settings: the user's edits (only the fields they changed) and the administrator's mapping,
 * each field over the tool's default, read alike by the settings and by the content scripts, which read storage
 * themselves without zod (lib/settings/content-ticket-fields.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isSettingsChange, loadSettings } from '../../lib/settings/load';
import { contentTicketFields, watchContentTicketFields } from '../../lib/settings/content-ticket-fields';
import { ticketFieldMappingsItem } from '../../lib/settings/storage';
import { withUserTicketFields } from '../../lib/settings/ticket-fields';
import { DEFAULT_TICKET_FIELDS, PAGE_TICKET_TOOLS } from '../../lib/sites/registry';
import { readSalesforceCaseRows } from '../../lib/sites/salesforce/read-case-list';
import { loadFixtureDocument } from '../fixtures/dom';

const SALESFORCE = DEFAULT_TICKET_FIELDS.salesforce!;
const HUBSPOT = DEFAULT_TICKET_FIELDS.hubspot!;
const GERMAN_OPENED = ['CreatedDate', 'Datum/Uhrzeit geöffnet'];

describe('ticket field mappings in settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('with nothing stored, each tool whose tickets are read from its pages has its default, exactly (key order too)', async () => {
    const { ticketFieldMappings, setByAdmin } = await loadSettings();
    expect(Object.keys(ticketFieldMappings)).toEqual(PAGE_TICKET_TOOLS);
    // The ticket badges restart their board when the mapping read differs from the adapter's defaults, compared as JSON.
    for (const tool of PAGE_TICKET_TOOLS) expect(JSON.stringify(ticketFieldMappings[tool])).toBe(JSON.stringify(DEFAULT_TICKET_FIELDS[tool]));
    expect(ticketFieldMappings).not.toHaveProperty('zendesk');
    expect(setByAdmin.has('ticketFieldMappings')).toBe(false);
  });

  it("a field the user changed replaces that field's default; the other fields and tools keep theirs", async () => {
    await ticketFieldMappingsItem.setValue({ salesforce: { opened: GERMAN_OPENED } });
    const { ticketFieldMappings } = await loadSettings();
    expect(ticketFieldMappings.salesforce).toEqual({ ...SALESFORCE, opened: GERMAN_OPENED });
    expect(ticketFieldMappings.hubspot).toEqual(HUBSPOT);
  });

  it("the administrator's mapping of a tool replaces the user's (reordered entries and all), and makes the table read-only", async () => {
    await ticketFieldMappingsItem.setValue({ salesforce: { opened: GERMAN_OPENED, priority: ['Priorität'] }, hubspot: { opened: ['createdate', 'Erstellungsdatum'] } });
    const reordered = ['Datum/Uhrzeit geöffnet', 'Date/Time Opened', 'CreatedDate'];
    await fakeBrowser.storage.managed.set({ ticketFieldMappings: { salesforce: { opened: reordered } } });
    const { ticketFieldMappings, setByAdmin, managedProblems } = await loadSettings();
    expect(ticketFieldMappings.salesforce).toEqual({ ...SALESFORCE, opened: reordered }); // not the user's priority
    expect(ticketFieldMappings.hubspot).toEqual({ ...HUBSPOT, opened: ['createdate', 'Erstellungsdatum'] });
    expect(setByAdmin.has('ticketFieldMappings')).toBe(true);
    expect(setByAdmin.has('fieldMappings')).toBe(false);
    expect(managedProblems).toEqual([]);
  });

  it("the readers go by the administrator's mapping: a German list view without its opening column says so in German", async () => {
    await fakeBrowser.storage.managed.set({ ticketFieldMappings: { salesforce: { opened: ['Datum/Uhrzeit geöffnet', 'CreatedDate'] } } });
    const fields = (await loadSettings()).ticketFieldMappings.salesforce;
    const rows = readSalesforceCaseRows(loadFixtureDocument('salesforce/case-list-missing.html'), { tool: 'salesforce', kind: 'ticket-list', recordId: null }, undefined, fields);
    expect(rows.map((r) => r.ticket?.missing)).toEqual(Array(4).fill(['Datum/Uhrzeit geöffnet']));
  });

  it("ignores an invalid administrator's value and names it; the user's mapping stays in force", async () => {
    await ticketFieldMappingsItem.setValue({ salesforce: { opened: GERMAN_OPENED } });
    await fakeBrowser.storage.managed.set({ ticketFieldMappings: { salesforce: { prority: ['Priorität'] } } });
    const { ticketFieldMappings, setByAdmin, managedProblems } = await loadSettings();
    expect(ticketFieldMappings.salesforce?.opened).toEqual(GERMAN_OPENED);
    expect(setByAdmin.has('ticketFieldMappings')).toBe(false);
    expect(managedProblems).toEqual([
      'Managed key "ticketFieldMappings": salesforce: "prority" is not a ticket field (number, subject, priority, status, opened, account, entitlement)',
    ]);
  });

  it("the administrator's lock leaves the user's edits out", async () => {
    await ticketFieldMappingsItem.setValue({ salesforce: { opened: GERMAN_OPENED } });
    await fakeBrowser.storage.managed.set({ lockLocalChanges: true });
    const { ticketFieldMappings, setByAdmin } = await loadSettings();
    expect(ticketFieldMappings.salesforce).toEqual(SALESFORCE);
    expect(setByAdmin.has('ticketFieldMappings')).toBe(true);
  });

  it('reads a hand-edited stored value tolerantly: what is usable is kept', async () => {
    await fakeBrowser.storage.local.set({ ticketFieldMappings: { salesforce: { opened: ['', 'Datum/Uhrzeit geöffnet'], colour: ['blue'] }, zendesk: { priority: ['p'] } } });
    expect((await loadSettings()).ticketFieldMappings.salesforce?.opened).toEqual(['Datum/Uhrzeit geöffnet']);
  });

  it('saving from the options page stores only the fields that differ from the default; a reset, or saving the defaults, drops the tool', () => {
    const hubspot = { opened: ['createdate', 'Erstellungsdatum'] };
    const saved = withUserTicketFields({ hubspot }, 'salesforce', { ...SALESFORCE, opened: GERMAN_OPENED, status: [] });
    expect(saved).toEqual({ hubspot, salesforce: { opened: GERMAN_OPENED } });
    expect(withUserTicketFields(saved, 'salesforce', SALESFORCE)).toEqual({ hubspot });
    expect(withUserTicketFields(saved, 'salesforce', null)).toEqual({ hubspot });
  });

  it('a change of the stored mapping is a change of settings', () => {
    expect(isSettingsChange({ ticketFieldMappings: {} }, 'local')).toBe(true);
  });
});

describe('content scripts read the mapping as the settings do, without zod', () => {
  beforeEach(() => fakeBrowser.reset());

  const CASES: Array<[string, { user?: unknown; managed?: Record<string, unknown> }]> = [
    ['nothing stored', {}],
    ["the user's edits", { user: { salesforce: { opened: GERMAN_OPENED }, hubspot: { priority: ['Priorität'] } } }],
    ["the administrator's mapping", { user: { salesforce: { opened: GERMAN_OPENED } }, managed: { ticketFieldMappings: { salesforce: { priority: ['Priorität', 'Priority'] } } } }],
    ["an invalid administrator's mapping", { user: { salesforce: { opened: GERMAN_OPENED } }, managed: { ticketFieldMappings: { salesforce: { opened: 'CreatedDate' } } } }],
    ['a lock', { user: { salesforce: { opened: GERMAN_OPENED } }, managed: { lockLocalChanges: true } }],
  ];

  it.each(CASES)('%s', async (_what, { user, managed }) => {
    if (user !== undefined) await fakeBrowser.storage.local.set({ ticketFieldMappings: user });
    if (managed) await fakeBrowser.storage.managed.set(managed);
    const settings = (await loadSettings()).ticketFieldMappings;
    for (const tool of PAGE_TICKET_TOOLS) expect(await contentTicketFields(tool), tool).toEqual(settings[tool]);
    expect(await contentTicketFields('zendesk')).toBeUndefined();
  });

  it("follows the user's changes and the administrator's pushes, until stopped", async () => {
    const seen = vi.fn();
    const stop = watchContentTicketFields('salesforce', seen);
    await ticketFieldMappingsItem.setValue({ salesforce: { opened: GERMAN_OPENED } });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ ...SALESFORCE, opened: GERMAN_OPENED }));
    await fakeBrowser.storage.managed.set({ ticketFieldMappings: { salesforce: { opened: ['Date/Time Opened'] } } });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ ...SALESFORCE, opened: ['Date/Time Opened'] }));
    stop();
    const calls = seen.mock.calls.length;
    await ticketFieldMappingsItem.setValue({});
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toHaveBeenCalledTimes(calls);
  });
});
