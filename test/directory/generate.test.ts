import { describe, expect, it } from 'vitest';
import { generateAccounts } from './generate';
import { parseDirectoryText } from '../../lib/directory/rows';
import { PRESETS } from '../../lib/policy';

const catalogue = PRESETS.sourcegraph.packages;

describe('the account generator', () => {
  it('gives the same accounts for the same seed, and others for another', () => {
    expect(generateAccounts(50, { seed: 5, catalogue })).toEqual(generateAccounts(50, { seed: 5, catalogue }));
    expect(generateAccounts(50, { seed: 6 })[0]!.name).not.toBe(generateAccounts(50, { seed: 5 })[0]!.name);
  });

  it('gives unique keys and domains', () => {
    const accounts = generateAccounts(5_000, { seed: 9 });
    expect(new Set(accounts.map((a) => a.key)).size).toBe(accounts.length);
    expect(new Set(accounts.map((a) => a.domain)).size).toBe(accounts.length);
  });

  it('writes values the way CRMs do, and every one of them imports without a problem', () => {
    const accounts = generateAccounts(2_000, { seed: 4, catalogue });
    const rows = accounts.map((a) => ({ ...a.fields, crmTool: a.crm?.tool, crmId: a.crm?.recordId, crmUrl: a.crm?.url }));
    const result = parseDirectoryText(JSON.stringify(rows), { source: 'import', now: 0, catalogue });
    expect(result).toMatchObject({ imported: 2_000, skipped: 0, problems: [], warnings: [] });
    expect(result.entries.map((e) => e.key)).toEqual(accounts.map((a) => a.key));
  });
});
