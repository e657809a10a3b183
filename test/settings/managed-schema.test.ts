import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedSchema } from '../../lib/settings/managed-schema';
import { TICKET_FIELDS } from '../../lib/parse/attributes';
import { PAGE_TICKET_TOOLS, TOOL_IDS } from '../../lib/sites/registry';

describe('the managed schema Chrome reads', () => {
  it('is the one generated from the registry (regenerate: npx tsx test/settings/write-managed-schema.ts)', () => {
    const shipped = readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8');
    expect(shipped).toBe(`${JSON.stringify(managedSchema(TOOL_IDS, PAGE_TICKET_TOOLS), null, 2)}\n`);
  });

  it('lets the admin pick every tool of the registry for a custom domain, and map its fields', () => {
    const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8'));
    expect(schema.properties.customDomains.items.properties.tool.enum).toEqual(TOOL_IDS);
    expect(Object.keys(schema.properties.fieldMappings.properties)).toEqual(TOOL_IDS);
  });

  it('lets the admin map the ticket fields of every tool whose tickets are read from its pages, each field a list of names or labels', () => {
    const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8'));
    const tools = schema.properties.ticketFieldMappings.properties;
    expect(Object.keys(tools)).toEqual(PAGE_TICKET_TOOLS);
    for (const tool of PAGE_TICKET_TOOLS) {
      expect(Object.keys(tools[tool].properties)).toEqual(TICKET_FIELDS);
      expect(tools[tool].properties.opened).toEqual({ type: 'array', items: { type: 'string' } });
    }
  });
});
