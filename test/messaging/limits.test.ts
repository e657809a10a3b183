import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipText, MESSAGE_LIMITS, toApiTicketRequest, toEvaluateRequest } from '../../lib/messaging/limits';
import { EvaluateAccountRequest, EvaluateApiTicketsRequest } from '../../lib/messaging/schemas';
import type { RawRecord } from '../../lib/sites/types';

// Whatever a customer typed into a CRM record, the content script's request stays within what the background
// accepts: an over-long name or value is clipped (and shown clipped), never a refused message and an empty panel.
const texts = fc.dictionary(fc.string({ maxLength: 400 }), fc.string({ maxLength: 6_000 }), { maxKeys: 260 });
const record = fc.record({
  name: fc.option(fc.string({ maxLength: 3_000 }), { nil: null }),
  fields: texts,
  names: fc.option(texts, { nil: undefined }),
  query: fc.string({ maxLength: 3_000 }),
});

describe('what a content script sends for a record read off a page', () => {
  it('always passes the background’s schema, however long or many the page’s texts', () => {
    fc.assert(
      fc.property(record, ({ name, fields, names, query }) => {
        const raw: RawRecord = {
          tool: 'salesforce',
          kind: 'account',
          recordId: '001Dn00000EnT003AA',
          url: `https://acme.lightning.force.com/lightning/r/Account/001Dn00000EnT003AA/view?q=${encodeURIComponent(query)}`,
          name,
          fields,
        };
        if (names) raw.names = names;
        const request = toEvaluateRequest(raw);
        expect(EvaluateAccountRequest.safeParse(request).success).toBe(true);
        if (name !== null && name.length <= MESSAGE_LIMITS.name) expect(request.name).toBe(name);
        expect(request.names === undefined).toBe(names === undefined);
      }),
      { numRuns: 1_000, seed: 20261124 },
    );
  });

  it('clips property names by the rules of the fields: short ones unchanged, long ones marked, the first 200 kept', () => {
    const many = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`prop_${i}`, String(i)]));
    const raw: RawRecord = {
      tool: 'hubspot',
      kind: 'account',
      recordId: '42',
      url: 'https://app.hubspot.com/contacts/1/record/0-2/42',
      name: null,
      fields: {},
      names: { ...many, [`x${'y'.repeat(300)}`]: 'late' },
    };
    const names = toEvaluateRequest(raw).names!;
    expect(Object.keys(names)).toHaveLength(MESSAGE_LIMITS.fields);
    expect(names.prop_0).toBe('0');
    const long = toEvaluateRequest({ ...raw, names: { segment: 'E'.repeat(5_000), [`n${'a'.repeat(300)}`]: 'v' } }).names!;
    expect(long.segment).toBe(`${'E'.repeat(MESSAGE_LIMITS.value - 1)}…`);
    expect(Object.keys(long).every((k) => k.length <= MESSAGE_LIMITS.label)).toBe(true);
  });

  it.each([
    ['a property name longer than the limit', { [`n${'a'.repeat(300)}`]: 'v' }, 'a property name is longer than 256 characters'],
    ['a value longer than the limit', { segment: 'v'.repeat(5_000) }, 'a value is longer than 4096 characters'],
    ['more names than the limit', Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`p${i}`, ''])), 'too many names (at most 200)'],
  ])('the background refuses %s, saying so', (_why, names, message) => {
    const request = { tool: 'hubspot', recordId: '42', url: 'https://app.hubspot.com/contacts/1/record/0-2/42', name: null, fields: {}, names };
    const parsed = EvaluateAccountRequest.safeParse(request);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(message);
  });

  it('marks a clipped text with an ellipsis and leaves short ones alone', () => {
    expect(clipText('A'.repeat(3_035), 512)).toBe(`${'A'.repeat(511)}…`);
    expect(clipText('Initech', 512)).toBe('Initech');
  });
});

// A ticket a tool's API gave the content script (Freshdesk, JSM): whatever the tool's customers typed into subjects,
// company fields and organization names, the request passes the background's schema.
describe('what a content script sends for tickets read from its tool’s API', () => {
  const text = (max: number) => fc.string({ maxLength: max });
  const apiTicket = fc.record({
    subject: fc.option(text(6_000), { nil: null }),
    priority: fc.option(text(800), { nil: null }),
    status: fc.option(text(800), { nil: null }),
    createdAt: fc.option(text(800), { nil: null }),
    due: fc.array(text(800), { maxLength: 12 }),
    companyName: fc.option(text(3_000), { nil: null }),
    fields: texts,
    organization: fc.option(fc.record({ name: text(3_000), domains: fc.array(text(400), { maxLength: 20 }) }), { nil: null }),
    statusSince: fc.option(text(800), { nil: null }),
  });

  it('always passes the background’s schema, and keeps what fits as it was', () => {
    fc.assert(
      fc.property(apiTicket, (t) => {
        const request = toApiTicketRequest({
          ticket: {
            tool: 'freshdesk',
            ticketId: '7001',
            subject: t.subject,
            priority: t.priority,
            severityField: null,
            status: t.status,
            createdAt: t.createdAt,
            firstResponseAt: null,
            resolvedAt: null,
            organizationId: '5001',
            toolDue: t.due.map((due) => ({ metric: 'first-response', due, status: null })),
          },
          label: null,
          account: { tool: 'freshdesk', kind: 'account', recordId: '5001', url: 'https://acme.freshdesk.com/a/companies/5001', name: t.companyName, fields: t.fields },
          organization: t.organization && { id: '101', ...t.organization },
          statusSince: t.statusSince,
        });
        const parsed = EvaluateApiTicketsRequest.safeParse({ ticketIds: ['7001'], tickets: [request], outcome: { kind: 'read' } });
        expect(parsed.success, parsed.error?.message).toBe(true);
        if (t.subject !== null && t.subject.length <= MESSAGE_LIMITS.value) expect(request.ticket.subject).toBe(t.subject);
        // An instant longer than any instant is no instant: unknown, never clipped into another time.
        if (t.createdAt !== null && t.createdAt.length > MESSAGE_LIMITS.name) expect(request.ticket.createdAt).toBeNull();
        expect(request.ticket.toolDue!.length).toBe(Math.min(t.due.length, MESSAGE_LIMITS.toolDue));
      }),
      { numRuns: 500, seed: 20261129 },
    );
  });
});
