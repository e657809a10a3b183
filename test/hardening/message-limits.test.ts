import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipText, MESSAGE_LIMITS, toEvaluateRequest } from '../../lib/message-limits';
import { EvaluateAccountRequest } from '../../lib/message-schemas';
import type { RawRecord } from '../../lib/sites/types';

// Whatever a customer typed into a CRM record, the content script's request stays within what the background
// accepts: an over-long name or value is clipped (and shown clipped), never a refused message and an empty panel.
const record = fc.record({
  name: fc.option(fc.string({ maxLength: 3_000 }), { nil: null }),
  fields: fc.dictionary(fc.string({ maxLength: 400 }), fc.string({ maxLength: 6_000 }), { maxKeys: 260 }),
  query: fc.string({ maxLength: 3_000 }),
});

describe('what a content script sends for a record read off a page', () => {
  it('always passes the background’s schema, however long or many the page’s texts', () => {
    fc.assert(
      fc.property(record, ({ name, fields, query }) => {
        const raw: RawRecord = { tool: 'salesforce', kind: 'account', recordId: '001Dn00000EnT003AA', url: `https://acme.lightning.force.com/lightning/r/Account/001Dn00000EnT003AA/view?q=${encodeURIComponent(query)}`, name, fields };
        const request = toEvaluateRequest(raw);
        expect(EvaluateAccountRequest.safeParse(request).success).toBe(true);
        if (name !== null && name.length <= MESSAGE_LIMITS.name) expect(request.name).toBe(name);
      }),
      { numRuns: 1_000, seed: 20261124 },
    );
  });

  it('marks a clipped text with an ellipsis and leaves short ones alone', () => {
    expect(clipText('A'.repeat(3_035), 512)).toBe(`${'A'.repeat(511)}…`);
    expect(clipText('Initech', 512)).toBe('Initech');
  });
});
