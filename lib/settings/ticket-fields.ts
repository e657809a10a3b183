/**
 * The ticket field mappings in force, from the administrator's (managed `ticketFieldMappings`), the user's
 * (`ticketFieldMappingsItem`) and each tool's default: one rule for the settings (./load.ts) and the content scripts
 * (./content-ticket-fields.ts), which read storage themselves and carry no zod.
 */
import { readTicketFieldMappings, ticketFieldEdits, ticketFieldMappingsProblem, withDefaultTicketFields, type TicketFieldMapping } from '../parse/ticket-fields';
import { DEFAULT_TICKET_FIELDS, PAGE_TICKET_TOOLS } from '../sites/registry';
import type { Tool } from '../sites/types';

/** Per tool whose tickets are read from its pages: its ticket field mapping. */
export type TicketFieldMappings = Partial<Record<Tool, TicketFieldMapping>>;

/**
 * Per tool whose tickets are read from its pages: the administrator's mapping of that tool where they set one, else the
 * user's, each field over the tool's default (a field neither gives entries reads with its default). `admin` is the
 * raw managed value; one that is not valid (`ticketFieldMappingsProblem`: the settings report it) is ignored whole, as
 * ./managed-config.ts drops it. `user` is what storage holds, read tolerantly; pass `{}` when the admin locked local changes.
 * @example ticketFieldMappingsInForce({ salesforce: { opened: ['Erstellt'] } }, undefined).salesforce?.opened // ['Erstellt']
 */
export function ticketFieldMappingsInForce(user: unknown, admin: unknown): TicketFieldMappings {
  const mine = readTicketFieldMappings(user, PAGE_TICKET_TOOLS);
  const theirs = admin !== undefined && ticketFieldMappingsProblem(admin, PAGE_TICKET_TOOLS) === null ? (admin as TicketFieldMappings) : {};
  const out: TicketFieldMappings = {};
  for (const tool of PAGE_TICKET_TOOLS) out[tool] = withDefaultTicketFields(DEFAULT_TICKET_FIELDS[tool] ?? {}, theirs[tool] ?? mine[tool]);
  return out;
}

/**
 * What the user's stored mappings become when they save `mapping` for `tool` (null: reset it): only the fields that
 * differ from the tool's default are kept, so the others follow the default as shipped now or later, and a tool left
 * with no edits is dropped.
 * @example withUserTicketFields({}, 'salesforce', { ...SALESFORCE_TICKET_FIELDS, opened: ['Erstellt'] }) // { salesforce: { opened: ['Erstellt'] } }
 */
export function withUserTicketFields(stored: TicketFieldMappings, tool: Tool, mapping: TicketFieldMapping | null): TicketFieldMappings {
  const { [tool]: _previous, ...rest } = stored;
  const edits = mapping ? ticketFieldEdits(DEFAULT_TICKET_FIELDS[tool] ?? {}, mapping) : {};
  return Object.keys(edits).length > 0 ? { ...rest, [tool]: edits } : rest;
}
