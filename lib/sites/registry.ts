/**
 * The tools Lens reads: the only place a tool is listed. Each is one folder (`lib/sites/<id>/`: urls, selectors, page
 * reader, API client if any, default field mapping, `tool.ts` tying them together) and one line below. The tool list,
 * the zod enums, the managed schema, the options page's choices, the popup's labels and the manifest's matches and
 * host permissions are derived from this list; test/sites/registry.test.ts fails for a tool without its URL table,
 * fixture pages, selector rows or default mapping entries. README: "Adding a tool". A tool's ticket pages and lists are
 * read through its `tickets` adapter (lib/sites/page-data.ts): from the page itself, or from the tool's API by the
 * content script with the agent's session (the adapter's `client`).
 */
import type { FieldMapping } from '../parse/field-mapping';
import type { TicketFieldMapping } from '../parse/ticket-fields';
import { freshdesk } from './freshdesk/tool';
import { hubspot } from './hubspot/tool';
import { jsm } from './jsm/tool';
import { salesforce } from './salesforce/tool';
import type { PageMatch as AnyPageMatch, Surface, ToolDefinition } from './page-data';
import { zendesk } from './zendesk/tool';

export const TOOLS = [salesforce, hubspot, zendesk, freshdesk, jsm] as const;

export type Tool = (typeof TOOLS)[number]['id'];
type PageMatch = AnyPageMatch<Tool>;
/** The tool ids, for zod enums (`z.enum(TOOL_IDS)`) and JSON schemas. */
export const TOOL_IDS = TOOLS.map((t) => t.id) as [Tool, ...Tool[]];
/** Each tool's name as users know it. */
export const TOOL_NAMES = Object.fromEntries(TOOLS.map((t) => [t.id, t.name])) as Record<Tool, string>;
/** The shipped field mapping of each tool. */
export const DEFAULT_FIELD_MAPPINGS = Object.fromEntries(TOOLS.map((t) => [t.id, t.defaultFieldMapping])) as Record<Tool, FieldMapping>;
/** The tools whose tickets are read from their pages (Salesforce Cases, HubSpot tickets): each has a ticket field mapping. */
export const PAGE_TICKET_TOOLS: readonly Tool[] = TOOLS.flatMap((t) => (t.tickets?.source === 'page' ? [t.id] : []));
/** The shipped ticket field mapping of each tool whose tickets are read from its pages. */
export const DEFAULT_TICKET_FIELDS = Object.fromEntries(TOOLS.flatMap((t) => (t.tickets?.source === 'page' ? [[t.id, t.tickets.defaultFields ?? {}]] : []))) as Partial<
  Record<Tool, TicketFieldMapping>
>;

const BY_ID = new Map<string, ToolDefinition<Tool>>(TOOLS.map((t) => [t.id, t]));

/** The tool with this id, or null (for ids read from storage or a message). */
export function toolById(id: string): ToolDefinition<Tool> | null {
  return BY_ID.get(id) ?? null;
}

export const isTool = (id: unknown): id is Tool => typeof id === 'string' && BY_ID.has(id);

/** Hosts an admin added for a tool on a custom domain (Salesforce My Domain, a Zendesk host mapping). */
export type CustomHosts = ReadonlyMap<string, Tool>;
const NO_CUSTOM_HOSTS: CustomHosts = new Map();

/**
 * Only `https:` on the default port: every supported product serves its app over HTTPS only, so anything else is not
 * the product. The tool's own hosts, or a custom domain the admin assigned to it.
 */
function isToolHost(url: URL, tool: ToolDefinition<Tool>, custom: CustomHosts): boolean {
  if (url.protocol !== 'https:' || url.port !== '') return false;
  return tool.host.test(url.hostname) || custom.get(url.hostname) === tool.id;
}

/**
 * Which tool's host `url` is on (its own domains or an admin-added one), whatever the page.
 * @example toolOfHost(new URL('https://acme.zendesk.com/agent/home')) // 'zendesk'
 */
export function toolOfHost(url: URL, custom: CustomHosts = NO_CUSTOM_HOSTS): Tool | null {
  return TOOLS.find((t) => isToolHost(url, t, custom))?.id ?? null;
}

/**
 * Which supported page `url` is, with the id it shows (a view's id for lists; null where the page has none). Only the
 * host and path are read: query and hash are ignored (Lightning's console adds `?ws=…`). Content scripts match once
 * and hand the match to the reader; no reader matches the URL again (issue 10's custom-domain bug).
 * @example matchPage(new URL('https://acme.zendesk.com/agent/tickets/7')) // { tool: 'zendesk', kind: 'ticket', recordId: '7' }
 */
export function matchPage(url: URL, custom: CustomHosts = NO_CUSTOM_HOSTS): PageMatch | null {
  for (const tool of TOOLS) {
    const match = matchToolPage(url, tool, custom);
    if (match) return match;
  }
  return null;
}

/**
 * Which page of `tool` `url` is, asking that tool alone (the registry test checks each tool rejects every other
 * tool's pages this way, whatever the registry's order).
 * @example matchToolPage(new URL('https://acme.zendesk.com/agent/tickets/7'), TOOLS[0]) // null: Salesforce's detector
 */
export function matchToolPage(url: URL, tool: ToolDefinition<Tool>, custom: CustomHosts = NO_CUSTOM_HOSTS): PageMatch | null {
  if (!isToolHost(url, tool, custom)) return null;
  for (const page of tool.pages) {
    const match = page.path.exec(url.pathname);
    if (match) return { tool: tool.id, kind: page.kind, recordId: page.id ? page.id(match) : (match[1] ?? null) };
  }
  return null;
}

/**
 * The content scripts a tool's pages need: the CRM sidebar where it has account pages (it also shows a ticket's
 * account where tickets are read from the page), the ticket badges where it has ticket pages or lists.
 * @example toolSurfaces(salesforce) // ['crm-sidebar', 'ticket-badges']
 */
export function toolSurfaces(tool: ToolDefinition<Tool>): Surface[] {
  const surfaces: Surface[] = [];
  if (tool.pages.some((p) => p.kind === 'account')) surfaces.push('crm-sidebar');
  if (tool.tickets && tool.pages.some((p) => p.kind !== 'account')) surfaces.push('ticket-badges');
  return surfaces;
}

/**
 * The manifest match patterns of the tools a content script serves (its `matches`): each tool's path-filtered
 * patterns where it has them (Freshdesk's agent app, Jira's), else its hosts.
 */
export const surfaceMatches = (surface: Surface): string[] =>
  TOOLS.filter((t) => toolSurfaces(t).includes(surface)).flatMap((t) => (t as ToolDefinition<Tool>).contentPatterns ?? t.hostPatterns);

/** The manifest's `host_permissions`: the hosts of tools whose API the background reads. */
export const apiHostPermissions = (): string[] => TOOLS.filter((t) => t.apiHostAccess).flatMap((t) => t.hostPatterns);
