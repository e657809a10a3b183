/**
 * Reads a HubSpot ticket page (the CRM ticket record, or a ticket in the Help Desk workspace) into the ticket badges'
 * TicketPlace: the badge goes beside the record title, and the ticket is read from the page as displayed, each
 * property by its INTERNAL NAME (next-tools-and-anchors.md §2b: `hs_ticket_priority`, `hs_pipeline_stage`, the SLA
 * properties), from the same property rows as a company (./properties.ts) and then the highlights strip.
 */
import { deepQueryAlternatives, deepQueryFirst } from '../dom/deep-query';
import { visibleText } from '../dom/dom-text';
import { displayedValue, readRecordProperties, VALUE_NOISE, type RecordProperties } from './properties';
import { HS_ASSOCIATION_CARD, HS_COMPANY_LINK, HS_HIGHLIGHT_STRIP, HS_HIGHLIGHT_VALUE, HS_TICKET_TITLE } from './selectors';
import { HUBSPOT_COMPANY_PATH } from './urls';
import type { PageMatch, RawPageTicket, TicketPlace, ToolDueMetric } from '../page-data';

/** HubSpot's default ticket properties read here, by internal name (§2b; `createdate` and `subject` are built-ins). */
const NAME = {
  subject: 'subject',
  priority: 'hs_ticket_priority',
  opened: 'createdate',
  status: 'hs_pipeline_stage',
  primaryCompany: 'hs_primary_company_id',
  recordId: 'hs_object_id',
} as const;

/** HubSpot's own SLA due times (§2b, High): the due-time property, its status property, and the target it stands for. */
const TOOL_DUE: ReadonlyArray<{ metric: ToolDueMetric; due: string; status: string }> = [
  { metric: 'first-response', due: 'hs_time_to_first_response_sla_at', status: 'hs_time_to_first_response_sla_status' },
  { metric: 'next-response', due: 'hs_time_to_next_response_sla_at', status: 'hs_time_to_next_response_sla_status' },
  { metric: 'resolution', due: 'hs_time_to_close_sla_at', status: 'hs_time_to_close_sla_status' },
];

/**
 * HubSpot's English default labels, read only where no row or strip value on the page carries the internal name (a
 * label changes with the portal's language and an admin's renaming; a name does not). HubSpot labels the pipeline
 * stage "Ticket status" on tickets; "Pipeline stage" is the generic name. Not the SLA properties: the notes quote only
 * one of their labels, and a misread second opinion is worse than none.
 */
const LABELS: Readonly<Record<string, readonly string[]>> = {
  [NAME.subject]: ['Ticket name'],
  [NAME.priority]: ['Priority'],
  [NAME.opened]: ['Create date'],
  [NAME.status]: ['Ticket status', 'Pipeline stage'],
};

/** The properties the SLA needs, and what `missing` calls them when the page does not show them: HubSpot's labels. */
const NEEDED: ReadonlyArray<readonly [name: string, label: string]> = [
  [NAME.opened, 'Create date'],
  [NAME.priority, 'Priority'],
];

/** Properties only a ticket has (deals have `dealstage`, companies `name`): one of them tells a ticket's DOM from another record's. */
const TICKET_ONLY: readonly string[] = [NAME.subject, NAME.status, NAME.priority, ...TOOL_DUE.flatMap((t) => [t.due, t.status])];

const HIGHLIGHT_PREFIX = 'highlight-property-display-';

/** A company the ticket is associated with, as its association card links it. */
export type TicketCompany = NonNullable<RawPageTicket<'hubspot'>['account']>;

/** One property as the page shows it: its value, still loading, or not on the page at all. */
type Shown = { state: 'shown'; value: string } | { state: 'pending' } | { state: 'absent' };

/**
 * The ticket page's badge place and the ticket as the page shows it, or null: when `page` is not a HubSpot ticket;
 * while no property row has rendered (cards load after the page; callers retry on DOM mutations); while a property
 * read here is still loading (so a half-rendered ticket never says "Priority is missing"); when the page shows another
 * ticket's record id, or no property of a ticket at all (the previous record's DOM during a client-side navigation);
 * when there is no title or highlights strip to put the badge beside. The Help Desk workspace is read only where it
 * shows the record-sidebar hooks (§2b found none there, Low): without them this is null and the page shows no badge.
 * @example readHubspotTicket(document, matchPage(url)!, url)?.ticket?.priority // 'High'
 */
export function readHubspotTicket(root: ParentNode, page: PageMatch, url: URL): TicketPlace<'hubspot'> | null {
  if (page.tool !== 'hubspot' || page.kind !== 'ticket' || page.recordId === null) return null;

  const rows = readRecordProperties(root);
  // The strip alone does not count: it renders before the property cards, which would make every property "missing".
  if (rows.names.size === 0 && rows.fields.size === 0) return null;
  const strip = readHighlights(root);
  const read = (name: string): Shown => shownProperty(name, rows, strip);

  const names = [...Object.values(NAME), ...TOOL_DUE.flatMap((t) => [t.due, t.status])];
  if (names.some((name) => read(name).state === 'pending')) return null;
  // Another record's DOM (the company the agent came from, while HubSpot swaps in the ticket) has rows too, and its own
  // `createdate`: a page that names none of a ticket's own properties is not this ticket's yet.
  if (!TICKET_ONLY.some((name) => rows.names.has(name) || strip.names.has(name))) return null;

  const shownId = digits(valueOf(read(NAME.recordId)));
  if (shownId !== null && shownId !== page.recordId) return null;

  const title = deepQueryFirst(root, HS_TICKET_TITLE);
  const anchor = title ?? deepQueryFirst(root, HS_HIGHLIGHT_STRIP);
  if (!anchor) return null;

  const subject = valueOf(read(NAME.subject)) ?? ((title ? visibleText(title) : '') || null);
  const ticket: RawPageTicket<'hubspot'> = {
    tool: 'hubspot',
    ticketId: page.recordId,
    label: subject,
    subject,
    priority: valueOf(read(NAME.priority)),
    status: valueOf(read(NAME.status)),
    opened: valueOf(read(NAME.opened)),
    account: ticketAccount(root, url, valueOf(read(NAME.primaryCompany))),
    // HubSpot has no entitlements.
    entitlement: null,
    toolDue: TOOL_DUE.flatMap(({ metric, due, status }) => {
      const at = valueOf(read(due));
      return at === null ? [] : [{ metric, due: at, status: valueOf(read(status)) }];
    }),
    // A property shown empty (`--`) is on the page: the agent cannot "add" it; its value is null.
    missing: NEEDED.flatMap(([name, label]) => (read(name).state === 'absent' ? [label] : [])),
  };
  return { anchor, ticketId: page.recordId, ticket };
}

/**
 * The distinct companies the ticket's association cards link to, in page order, each with its record id, the link's
 * text and its absolute URL. Exported for the case the badge reads as "several companies": the reader's account is
 * null then, and this says why.
 * @example readTicketCompanies(document, url).map((c) => c.name) // ['Acme Corp']
 */
export function readTicketCompanies(root: ParentNode, url: URL): TicketCompany[] {
  const byId = new Map<string, TicketCompany>();
  for (const card of deepQueryAlternatives(root, HS_ASSOCIATION_CARD)) {
    for (const link of deepQueryAlternatives(card, HS_COMPANY_LINK)) {
      const target = companyUrl(link.getAttribute('href'), url);
      if (!target) continue;
      const recordId = HUBSPOT_COMPANY_PATH.exec(target.pathname)![1]!;
      // An avatar or icon link to the same company carries no name; the name link does.
      const name = visibleText(link, { skip: VALUE_NOISE }) || null;
      const known = byId.get(recordId);
      if (!known) byId.set(recordId, { tool: 'hubspot', recordId, name, url: target.href });
      else if (known.name === null) known.name = name;
    }
  }
  return [...byId.values()];
}

/**
 * The ticket's company: the primary company (`hs_primary_company_id`, §2b) when the page shows it, else the one
 * company its association cards link to. Several companies and no primary: null (which company the SLA follows is
 * not the page's to say; readTicketCompanies tells the caller there were several). None: null.
 */
function ticketAccount(root: ParentNode, url: URL, primaryShown: string | null): TicketCompany | null {
  const companies = readTicketCompanies(root, url);
  const primary = digits(primaryShown);
  if (primary !== null) return companies.find((c) => c.recordId === primary) ?? { tool: 'hubspot', recordId: primary, name: null, url: null };
  return companies.length === 1 ? companies[0]! : null;
}

/** `href` resolved against the page, when it is a company record of the same app (same origin: the portal's links are relative). */
function companyUrl(href: string | null, page: URL): URL | null {
  if (!href) return null;
  let target: URL;
  try {
    target = new URL(href, page);
  } catch {
    return null;
  }
  return target.origin === page.origin && HUBSPOT_COMPANY_PATH.test(target.pathname) ? target : null;
}

/** The highlights strip's values by internal name (the text after `highlight-property-display-`): first rendered wins. */
function readHighlights(root: ParentNode): { names: Map<string, string>; pending: Set<string> } {
  const names = new Map<string, string>();
  const pending = new Set<string>();
  for (const node of deepQueryAlternatives(root, HS_HIGHLIGHT_VALUE)) {
    const name = node.getAttribute('data-test-id')?.slice(HIGHLIGHT_PREFIX.length);
    if (!name || names.has(name)) continue;
    const value = displayedValue(node);
    if (value === null) pending.add(name);
    else names.set(name, value);
  }
  for (const name of names.keys()) pending.delete(name);
  return { names, pending };
}

/**
 * A property by internal name: the property rows, then the highlights strip (a summary of the same values), then,
 * only where neither carries the name, the English label. Still loading (a row of that name with no value yet, and
 * none rendered) is pending.
 */
function shownProperty(name: string, rows: RecordProperties, strip: { names: Map<string, string>; pending: Set<string> }): Shown {
  const value = rows.names.get(name) ?? strip.names.get(name);
  if (value !== undefined) return { state: 'shown', value };
  if (rows.pending.has(name) || strip.pending.has(name)) return { state: 'pending' };
  const labels = (LABELS[name] ?? []).map((l) => l.toLowerCase());
  for (const [label, labelled] of rows.fields) {
    if (labels.includes(label.toLowerCase())) return { state: 'shown', value: labelled };
  }
  return { state: 'absent' };
}

/** A shown value, or null when the property is empty (`--`) or not shown. */
function valueOf(shown: Shown): string | null {
  return shown.state === 'shown' && shown.value !== '' ? shown.value : null;
}

/**
 * A record id as displayed, digits only: HubSpot may group a number's digits (`9,876,543,210`; the grouping is my
 * assumption, as for any number property). Null when it is not a number.
 */
function digits(shown: string | null): string | null {
  if (shown === null) return null;
  const bare = shown.replace(/[\s,.'\u00a0\u202f]/g, '');
  return /^[0-9]+$/.test(bare) ? bare : null;
}
