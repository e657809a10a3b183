import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../../lib/settings/managed-schema';
import { TOOL_IDS } from '../../lib/sites/registry';

describe('the managed schema Chrome reads', () => {
  it('is the one generated from the registry (regenerate: npx tsx test/settings/write-managed-schema.ts)', () => {
    const shipped = readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8');
    expect(shipped).toBe(`${JSON.stringify(managedSchema(TOOL_IDS), null, 2)}\n`);
  });

  it('lets the admin pick every tool of the registry for a custom domain, and map its fields', () => {
    const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8'));
    expect(schema.properties.customDomains.items.properties.tool.enum).toEqual(TOOL_IDS);
    expect(Object.keys(schema.properties.fieldMappings.properties)).toEqual(TOOL_IDS);
  });
});
