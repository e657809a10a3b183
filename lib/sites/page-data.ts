/**
 * What the site adapters hand to the rest of the extension. Adapters read; they never interpret:
 * every value is the raw text the page (or API) showed, keyed by the raw label (or API key).
 */

import type { FieldMapping } from '../parse/field-mapping';
import type { AccountAttribute } from '../parse/attributes';
import type { TicketFieldMapping } from '../parse/ticket-fields';
import type { Severity } from '../domain/ticket';
import type { FetchResult } from '../http/fetch-json';
import type { FetchProblem } from '../http/problem';

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

/** Which content script serves a tool's pages: the CRM sidebar (account records, and a ticket's account) or the ticket badges. */
export type Surface = 'crm-sidebar' | 'ticket-badges';

/** The SLA targets a tool's own due time can stand for (the handbook's metrics, and HubSpot's next response). */
export type ToolDueMetric = 'first-response' | 'next-response' | 'resolution';

/**
 * A ticket as a page shows it (a Salesforce Case, a HubSpot ticket): raw text, nothing interpreted. The background
 * reads the times, maps the priority and finds the account (lib/background/page-tickets.ts).
 */
export interface RawPageTicket<T extends string = string> {
  tool: T;
  ticketId: string;
  /** What agents call the ticket: Salesforce's Case Number (`00001026`), HubSpot's ticket name. */
  label: string | null;
  subject: string | null;
  /** The priority as displayed (`High`, `URGENT`): the policy's `priorityMap` (or the tool's) makes it a severity. */
  priority: string | null;
  status: string | null;
  /**
   * When the ticket was opened, as displayed (`11/28/2026, 9:14 AM`: in the agent's own zone, which the background
   * assumes is the browser's) or an ISO instant where the page carries one.
   */
  opened: string | null;
  /** The customer's account record, from the page's link to it; null when the page shows none. */
  account: { tool: T; recordId: string; name: string | null; url: string | null } | null;
  /** Salesforce's Entitlement Name, where the layout shows it. */
  entitlement: string | null;
  /** The tool's own SLA due times the page shows (HubSpot's `hs_time_to_*_sla_at`), as displayed: the second opinion. */
  toolDue: Array<{ metric: ToolDueMetric; due: string; status: string | null }>;
  /**
   * What the page does not show that the SLA needs, in the tool's own words (`Date/Time Opened` when a list view lacks
   * that column): the badge says which to add, and nothing is guessed.
   */
  missing: string[];
}

/** One row of a ticket list: its badge's place (`anchor`), and the ticket as the row shows it where the tool is read from the page. */
export interface TicketRow<T extends string = string> {
  row: Element;
  ticketId: string;
  anchor: Element;
  ticket?: RawPageTicket<T>;
}

/**
 * A ticket page: where its badge goes, and the ticket as the page shows it: what is evaluated where the tool is read
 * from the page; for a tool read through its API, what the badge falls back to when the API refuses.
 */
export interface TicketPlace<T extends string = string> {
  anchor: Element;
  ticketId: string;
  ticket?: RawPageTicket<T>;
}

/**
 * How the ticket badges read a tool's ticket pages and lists. `api`: the page gives ticket ids and the tool's `client`
 * reads the tickets from its API, on the page, with the agent's session (Zendesk, Freshdesk, Jira Service Management).
 * `page`: the tickets are read from the page itself (Salesforce Cases, HubSpot tickets). Either way the background
 * evaluates them. An `api` adapter without its client does not type-check.
 */
export type TicketAdapter<T extends string = string> =
  | (TicketAdapterBase<T> & { source: 'page'; client?: undefined })
  | (TicketAdapterBase<T> & {
      source: 'api';
      /**
       * The tool's API, read by the content script from the tool's own page with the agent's session (same-origin
       * GETs: the path the tool documents, or its notes say works).
       */
      client: TicketApiClient<T>;
    });

interface TicketAdapterBase<T extends string> {
  /** What the tool calls a ticket, as its users say it ("Case" in Salesforce). */
  noun: string;
  /** Tickets per request to the background (Zendesk's `show_many` takes 100). */
  batchSize: number;
  /**
   * The page of a ticket, where a notification's click and the popup's Due-soon list open it; `seenOn` is a page of the
   * tool where the ticket was seen (its origin; HubSpot's portal id is in its path).
   */
  ticketUrl(ticketId: string, seenOn: URL): string;
  /**
   * Where a `page` tool's ticket fields are read from: ticket field → the tool's property names and labels, tried in
   * order (lib/parse/ticket-fields.ts). The user and the administrator replace fields of it
   * (lib/settings/ticket-fields.ts).
   */
  defaultFields?: TicketFieldMapping;
  /**
   * The ticket page's badge place, or null while the page has not rendered it (callers retry on DOM mutations).
   * `page` is the caller's one match of the URL; `fields` the ticket field mapping in force (absent: `defaultFields`;
   * a field it gives no entries keeps its default).
   */
  ticketPage(root: ParentNode, page: PageMatch<T>, url: URL, fields?: TicketFieldMapping): TicketPlace<T> | null;
  /**
   * The cells `listRows` puts row badges in, as one static CSS selector over the page's light DOM, where the tool's
   * markup allows one: entrypoints/ticket-badges.content/host.css gives each such cell its badge's room from the page's
   * first layout, so nothing is done per row while the page is parsed (a test checks host.css carries the rule). Rows
   * whose badge place it does not cover (a view without the subject column) get their room from the board.
   */
  rowSlot?: string;
  /** The rows of a ticket list; `skip` leaves out rows already placed (while the page is parsed); `fields` as for `ticketPage`. */
  listRows?(root: ParentNode, page: PageMatch<T>, skip?: (row: Element) => boolean, fields?: TicketFieldMapping): TicketRow<T>[];
  /**
   * Shadow roots the list's rows live in (a `lightning-datatable` with a native shadow root): the badges watch them
   * for rows, since a document-wide MutationObserver does not see inside shadow roots.
   */
  rowRoots?(root: ParentNode): ShadowRoot[];
}

/** A same-origin GET of a path on the tool's origin (`/api/v2/tickets/7`), with the agent's session; never throws. */
export type GetJson = (path: string) => Promise<FetchResult>;

/**
 * One ticket as a tool's API gives it, with the customer as the API names it: either the account record itself, with
 * its attributes (a Freshdesk company's custom fields, evaluated through the tool's field mapping), or only the
 * organization's name and domains (a Jira Service Management organization), which the background matches to an
 * account in the directory, saying how, and never guessing.
 */
export interface ApiTicket<T extends string = string> {
  ticket: RawTicket<T>;
  /** What agents call the ticket where it is not its id (a Jira issue key is its id; none so far). */
  label: string | null;
  /** The customer's account with its attributes; null when the API names none (or only an organization). */
  account: RawRecord<T> | null;
  /** The customer's organization, named but without attributes: matched to the directory by name, then domain. */
  organization: { id: string; name: string; domains: string[] } | null;
  /**
   * When the ticket's current status began (Freshdesk's `stats.status_updated_at`): where the policy pauses on that
   * status, the pause starts there. Earlier pauses are not in the APIs; the badge says so.
   */
  statusSince: string | null;
  /**
   * The ticket's custom field values by field id (Zendesk's `custom_fields`): the background reads severity from the
   * one its administrator names (`zendeskSeverityField`), which the page does not know. Absent where the tool has none.
   */
  customFields?: Record<string, string>;
}

/** How a content script's request for a batch went: read; failed (why); not made, its origin backing off (why). */
export type ApiOutcome = { kind: 'read' } | { kind: 'failed'; problem: FetchProblem } | { kind: 'blocked'; problem: FetchProblem };

/** A batch of tickets from a tool's API, or why it could not be read. */
export type ApiTicketBatch<T extends string = string> = { ok: true; tickets: ApiTicket<T>[] } | { ok: false; problem: FetchProblem };

/**
 * A tool's API client as the content script uses it: the GETs for one batch of the tickets a page shows (one request
 * per page of rows where the API allows, never one per row), parsed into `ApiTicket`s. Parsers never throw: a reply
 * not shaped as documented is a `malformed` problem, a ticket entry not so shaped is left out (and so counted missing).
 */
export interface TicketApiClient<T extends string = string> {
  fetchTickets(get: GetJson, ticketIds: readonly string[], page: PageMatch<T>, url: URL): Promise<ApiTicketBatch<T>>;
  /**
   * The ids of the agent's own open tickets, as the tool lists them (Zendesk: a search for `assignee:me status<solved`),
   * where the tool has such a list: the background watches them without the agent opening them. At most `limit`.
   */
  fetchMine?(get: GetJson, limit: number): Promise<{ ok: true; ticketIds: string[] } | { ok: false; problem: FetchProblem }>;
}

/**
 * Everything the extension knows of one tool, in the tool's own folder (`lib/sites/<id>/tool.ts`). The registry
 * (`lib/sites/registry.ts`) lists these; the tool list, its zod enums, the options page's choices, the popup's labels
 * and the manifest's matches and host permissions are all derived from them.
 */
export interface ToolDefinition<Id extends string = string> {
  id: Id;
  /** The tool's name as users know it. */
  name: string;
  /** A shorter name where room is short (a badge's chip): "Jira" for Jira Service Management. Default: `name`. */
  shortName?: string;
  /** The tool's own hosts (custom domains come from the admin). */
  host: RegExp;
  /** Manifest match patterns for `host` (content scripts; host permissions where `apiHostAccess`). */
  hostPatterns: readonly string[];
  /**
   * Where the tool's pages allow a path filter: the content scripts' match patterns, narrower than `hostPatterns`
   * (Freshdesk's agent app under `/a/`, not its customer portal). Default: `hostPatterns`. Each must be a single-page
   * app's whole route space, since a script not injected at load never sees the routes the app moves to.
   */
  contentPatterns?: readonly string[];
  /** The background reads the tool's API with the agent's session, so its hosts are host permissions. */
  apiHostAccess: boolean;
  pages: readonly PageRoute[];
  /** What an account read from this tool is called beside its name (the popup: "Zendesk organization"). */
  recordLabel: string;
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
  /** Ticket pages and lists (the ticket badges), where the tool has tickets. */
  tickets?: TicketAdapter<Id>;
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
export interface RawTicket<T extends string = string> {
  tool: T;
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
  /** Known pauses of the SLA clock (ISO instants; `end` null while it lasts), where the source tells when they began. */
  pauses?: Array<{ start: string; end: string | null }>;
  /**
   * The tool's own SLA due times (Zendesk's `slas.policy_metrics`, side-loaded by `include=slas`; Freshdesk's
   * `fr_due_by`/`due_by`/`nr_due_by`; JSM's `ongoingCycle.breachTime`): the second opinion. ISO instants.
   */
  toolDue?: RawPageTicket['toolDue'];
}
