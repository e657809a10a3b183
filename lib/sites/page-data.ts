/**
 * What the site adapters hand to the rest of the extension. Adapters read; they never interpret:
 * every value is the raw text the page (or API) showed, keyed by the raw label (or API key).
 */

import type { FieldMapping } from '../parse/field-mapping';
import type { AccountAttribute } from '../parse/attributes';
import type { Severity } from '../domain/ticket';

// Generic over the tool id: a tool's folder imports these (its own id is a literal there), and ./types.ts narrows them
// to the registry's `Tool` for everyone else, so no type here depends on the registry that lists the tools.
export type PageKind = 'account' | 'ticket' | 'ticket-list';
/**
 * What an adapter read from a page, nothing interpreted yet: `fields` is visible label → raw text; `names` is the
 * same values keyed by the CRM's own property name (HubSpot internal name such as `segment`, Salesforce API name
 * such as `Segment__c`), which unlike a label does not change with the portal's language or an admin's renaming.
 * `names` holds only the properties whose name the page shows (a Salesforce item without
 * `data-target-selection-name` is in `fields` only). It is absent where the source has no second key: Zendesk
 * organizations come from the API and their `fields` are keyed by field key already.
 */
export interface RawRecord<T extends string = string> {
  tool: T;
  kind: 'account';
  recordId: string;
  url: string;
  name: string | null;
  fields: Record<string, string>;
  names?: Record<string, string>;
}
export interface RawTicketRef<T extends string = string> {
  tool: T;
  ticketId: string;
}
export interface PageMatch<T extends string = string> {
  tool: T;
  kind: PageKind;
  recordId: string | null;
}

/** One page kind of a tool: its path, and the record (or view) id the path carries (null: the page has none). */
export interface PageRoute {
  kind: PageKind;
  path: RegExp;
  /** The id from the path's match; default: the first capture group, or null without one. */
  id?: (match: RegExpExecArray) => string | null;
}

/** Which content script serves a tool's pages: the CRM sidebar (account records) or the ticket badges. */
export type Surface = 'crm-sidebar' | 'ticket-badges';

/**
 * Everything the extension knows of one tool, in the tool's own folder (`lib/sites/<id>/tool.ts`). The registry
 * (`lib/sites/registry.ts`) lists these; the tool list, its zod enums, the options page's choices, the popup's labels
 * and the manifest's matches and host permissions are all derived from them.
 */
export interface ToolDefinition<Id extends string = string> {
  id: Id;
  /** The tool's name as users know it. */
  name: string;
  /** The tool's own hosts (custom domains come from the admin). */
  host: RegExp;
  /** Manifest match patterns for `host` (content scripts; host permissions where `apiHostAccess`). */
  hostPatterns: readonly string[];
  /** The background reads the tool's API with the agent's session, so its hosts are host permissions. */
  apiHostAccess: boolean;
  pages: readonly PageRoute[];
  /** What an account read from this tool is called beside its name (the popup: "Zendesk organization"). */
  recordLabel: string;
  surface: Surface;
  /** Reads the account on an account page (CRM tools). */
  readAccount?: (root: ParentNode, page: PageMatch, url: URL) => RawRecord<Id> | null;
  /** The element that holds the record shown (to tell the previous record's DOM from the next). */
  recordElement?: (root: ParentNode) => Element | null;
  /** The shipped field mapping: attribute → labels or the tool's own property names, tried in order. */
  defaultFieldMapping: FieldMapping;
  /** What a field-mapping entry names for this tool (shown in the options page). */
  mappingKeys: string;
  /** The account attributes this tool's records can carry (each must have default mapping entries). */
  supplies: readonly AccountAttribute[];
  /** Tool priority → handbook severity, where the tool has priorities and no policy overrides them. */
  priorityMap?: Readonly<Record<string, Severity>>;
  /** Every selector constant of the tool's `selectors.ts`, by name (the selector-count test walks them). */
  selectors: Readonly<Record<string, readonly string[]>>;
}

/**
 * One Zendesk ticket as read from the Support API (or, degraded, from the ticket page).
 * Timestamps are the API's ISO-8601 strings; `priority`/`status` are the API values
 * (`urgent`/`high`/`normal`/`low`, `new`/`open`/…) or, from the page, the displayed text.
 */
export interface RawTicket {
  tool: 'zendesk';
  ticketId: string;
  subject: string | null;
  priority: string | null;
  /** Value of the custom ticket field the account configured as "severity", if any. */
  severityField: string | null;
  status: string | null;
  createdAt: string | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  organizationId: string | null;
}
