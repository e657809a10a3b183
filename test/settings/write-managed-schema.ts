/** Regenerates public/managed_schema.json from lib/settings/managed-schema.ts. Usage: npx tsx test/settings/write-managed-schema.ts */
import { writeFileSync } from 'node:fs';
import { managedSchema } from '../../lib/settings/managed-schema';
import { PAGE_TICKET_TOOLS, TOOL_IDS } from '../../lib/sites/registry';

writeFileSync(new URL('../../public/managed_schema.json', import.meta.url), `${JSON.stringify(managedSchema(TOOL_IDS, PAGE_TICKET_TOOLS), null, 2)}\n`);
