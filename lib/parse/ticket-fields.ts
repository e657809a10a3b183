/**
 * Which of a CRM page's properties hold which ticket field (a Salesforce Case's, a HubSpot ticket's): the ticket field
 * mapping. Like the account field mapping (./field-mapping.ts), each entry is a property's own name (Salesforce API
 * name, HubSpot internal name), the same in every language, or a visible label; names are tried first, then labels,
 * which compare without case or punctuation. Each tool ships a default (`lib/sites/<tool>/defaults.ts`); the user and
 * the administrator replace fields of it (lib/settings/ticket-fields.ts). Zod-free: content scripts read it.
 */
import { TICKET_FIELDS, type TicketField } from './attributes';
import { nameKey } from './field-mapping';
import { quote, squash } from './result';

export { TICKET_FIELDS, type TicketField };

/** Ticket field → a property's own names and labels, tried in order. */
export type TicketFieldMapping = Partial<Record<TicketField, string[]>>;

/**
 * What the SLA cannot be computed without: when the ticket was opened, and its priority. A page (or a list view) that
 * shows neither is reported in the ticket's `missing` (`shownLabel`), so the badge says what to add, never a guess.
 */
export const SLA_NEEDS: readonly TicketField[] = ['opened', 'priority'];

/**
 * A mapping with the tool's defaults under it: a field the mapping gives entries reads with those alone, every other
 * field with its default. So a user or admin who changes one field leaves the others as shipped (and as shipped later).
 * @example withDefaultTicketFields({ priority: ['Priority'], status: ['Status'] }, { priority: ['Priorität'] }) // { priority: ['Priorität'], status: ['Status'] }
 */
export function withDefaultTicketFields(defaults: TicketFieldMapping, mapping: TicketFieldMapping | undefined): TicketFieldMapping {
  const out: TicketFieldMapping = {};
  for (const field of TICKET_FIELDS) {
    const own = mapping?.[field];
    const entries = own && own.length > 0 ? own : defaults[field];
    if (entries && entries.length > 0) out[field] = entries;
  }
  return out;
}

/**
 * The fields of `mapping` that differ from `defaults`: what the user changed, which is all that is stored (a field left
 * as shipped follows the default when it changes). A field with no entries is left out: it reads with its default.
 * @example ticketFieldEdits({ priority: ['Priority'] }, { priority: ['Priority'], opened: ['Erstellt'] }) // { opened: ['Erstellt'] }
 */
export function ticketFieldEdits(defaults: TicketFieldMapping, mapping: TicketFieldMapping): TicketFieldMapping {
  const out: TicketFieldMapping = {};
  for (const field of TICKET_FIELDS) {
    const entries = mapping[field];
    if (entries && entries.length > 0 && JSON.stringify(entries) !== JSON.stringify(defaults[field] ?? [])) out[field] = entries;
  }
  return out;
}

const isRecord = (raw: unknown): raw is Record<string, unknown> => typeof raw === 'object' && raw !== null && !Array.isArray(raw);
const isTicketField = (key: string): key is TicketField => (TICKET_FIELDS as readonly string[]).includes(key);
const isEntry = (entry: unknown): entry is string => typeof entry === 'string' && entry.trim() !== '';

/**
 * What a per-tool ticket field mapping pushed by the administrator gets wrong, or null when nothing does: tools that
 * read tickets from their pages (`tools`), each to known ticket fields, each to a list of non-empty names or labels.
 * One rule for the options page's settings (lib/settings/managed-config.ts) and the content scripts, which carry no zod.
 * @example ticketFieldMappingsProblem({ salesforce: { prority: ['Priorität'] } }, ['salesforce']) // 'salesforce: "prority" is not a ticket field (number, subject, …)'
 */
export function ticketFieldMappingsProblem(raw: unknown, tools: readonly string[]): string | null {
  if (!isRecord(raw)) return `expected an object of tools (${tools.join(', ')})`;
  for (const [tool, mapping] of Object.entries(raw)) {
    if (!tools.includes(tool)) return `${quote(tool)} is not a tool whose tickets are read from its pages (${tools.join(', ')})`;
    if (!isRecord(mapping)) return `${tool}: expected an object of ticket fields (${TICKET_FIELDS.join(', ')})`;
    for (const [field, entries] of Object.entries(mapping)) {
      if (!isTicketField(field)) return `${tool}: ${quote(field)} is not a ticket field (${TICKET_FIELDS.join(', ')})`;
      if (!Array.isArray(entries) || !entries.every(isEntry)) return `${tool}.${field}: expected a list of names or labels (non-empty strings)`;
    }
  }
  return null;
}

/**
 * The usable part of a stored per-tool mapping (the user's, which extension storage holds as anything written to it):
 * tools among `tools`, known fields, non-empty entries; the rest is ignored.
 * @example readTicketFieldMappings({ salesforce: { opened: ['Erstellt', ''], x: ['y'] } }, ['salesforce']) // { salesforce: { opened: ['Erstellt'] } }
 */
export function readTicketFieldMappings(raw: unknown, tools: readonly string[]): Record<string, TicketFieldMapping> {
  const out: Record<string, TicketFieldMapping> = {};
  if (!isRecord(raw)) return out;
  for (const [tool, mapping] of Object.entries(raw)) {
    if (!tools.includes(tool) || !isRecord(mapping)) continue;
    const fields: TicketFieldMapping = {};
    for (const [field, entries] of Object.entries(mapping)) {
      if (isTicketField(field) && Array.isArray(entries) && entries.some(isEntry)) fields[field] = entries.filter(isEntry);
    }
    out[tool] = fields;
  }
  return out;
}

/**
 * The first entry found among a page's properties by name (`byName`, keyed by `nameKey`), else the first found among
 * its labels, each label source in turn (`byLabel`, keyed by `squash`): as `mapFields` reads an account.
 * @example findTicketField(['CreatedDate', 'Date/Time Opened'], new Map(), new Map([['datetimeopened', cell]])) // cell
 */
export function findTicketField<V>(entries: readonly string[], byName: ReadonlyMap<string, V> | null, ...byLabel: ReadonlyArray<ReadonlyMap<string, V>>): V | undefined {
  if (byName) {
    for (const entry of entries) {
      const found = byName.get(nameKey(entry));
      if (found !== undefined) return found;
    }
  }
  for (const entry of entries) {
    const key = squash(entry);
    if (key === '') continue; // punctuation alone names no label
    for (const labels of byLabel) {
      const found = labels.get(key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * How the page would name a field it does not show: its first entry that is a label, not a property's own name
 * (`isName`, the tool's idea of what its names look like); where every entry looks like a name, the first. What the
 * ticket's `missing` says ("Add Date/Time Opened to this list view"), in the language of the mapping's labels.
 * @example shownLabel(['CreatedDate', 'Datum/Uhrzeit geöffnet'], (e) => /^[A-Z]\w*[a-z][A-Z]\w*$/.test(e)) // 'Datum/Uhrzeit geöffnet'
 */
export function shownLabel(entries: readonly string[], isName: (entry: string) => boolean): string | null {
  return entries.find((entry) => !isName(entry)) ?? entries[0] ?? null;
}
