/**
 * Reads a HubSpot ticket page (the CRM ticket record, or a ticket in the Help Desk workspace) into the ticket badges'
 * TicketPlace: the badge goes beside the record title, and the ticket is read from the page as displayed, each
 * field as the ticket field mapping names it (./defaults.ts, HUBSPOT_TICKET_FIELDS): by INTERNAL NAME first
 * (next-tools-and-anchors.md §2b: `hs_ticket_priority`, `hs_pipeline_stage`, the SLA properties), from the same
 * property rows as a company (./properties.ts) and then the highlights strip, and by label only where neither
 * carries a name.
 */
import { deepQueryAlternatives, deepQueryFirst } from '../dom/deep-query';
import { visibleText } from '../dom/dom-text';
import { nameKey } from '../../parse/field-mapping';
import { squash } from '../../parse/result';
import { SLA_NEEDS, TICKET_FIELDS, findTicketField, shownLabel, withDefaultTicketFields, type TicketField, type TicketFieldMapping } from '../../parse/ticket-fields';
import { HUBSPOT_TICKET_FIELDS } from './defaults';
import { displayedValue, readRecordProperties, VALUE_NOISE, type RecordProperties } from './properties';
import { HS_ASSOCIATION_CARD, HS_COMPANY_LINK, HS_HIGHLIGHT_STRIP, HS_HIGHLIGHT_VALUE, HS_TICKET_TITLE } from './selectors';
import { HUBSPOT_COMPANY_PATH } from './urls';
import type { PageMatch, RawPageTicket, TicketPlace, ToolDueMetric } from '../page-data';

/** The record's own id (a built-in): the page showing another ticket's is not this ticket's yet. */
const RECORD_ID = 'hs_object_id';

/** HubSpot's own SLA due times (§2b, High): the due-time property, its status property, and the target it stands for. */
const TOOL_DUE: ReadonlyArray<{ metric: ToolDueMetric; due: string; status: string }> = [
  { metric: 'first-response', due: 'hs_time_to_first_response_sla_at', status: 'hs_time_to_first_response_sla_status' },
  { metric: 'next-response', due: 'hs_time_to_next_response_sla_at', status: 'hs_time_to_next_response_sla_status' },
  { metric: 'resolution', due: 'hs_time_to_close_sla_at', status: 'hs_time_to_close_sla_status' },
];

/**
 * A HubSpot internal name as opposed to a label: lower case, digits and `_` (HubSpot derives internal names so). What
 * `missing` names a field by is its first entry that is not one (`Create date`, or the portal's own label).
 */
const INTERNAL_NAME = /^[a-z][a-z0-9_]*$/;
const isInternalName = (entry: string): boolean => INTERNAL_NAME.test(entry);

/**
 * Built-in properties only a ticket has (deals have `dealstage`, companies `name`): one of them tells a ticket's DOM
 * from another record's. Fixed, whatever the mapping: this says what record the page shows, not what a field holds.
 */
const TICKET_ONLY: readonly string[] = ['subject', 'hs_pipeline_stage', 'hs_ticket_priority', ...TOOL_DUE.flatMap((t) => [t.due, t.status])];

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
 * `mapping`: the ticket field mapping in force (absent: HUBSPOT_TICKET_FIELDS).
 * @example readHubspotTicket(document, matchPage(url)!, url)?.ticket?.priority // 'High'
 */
export function readHubspotTicket(root: ParentNode, page: PageMatch, url: URL, mapping?: TicketFieldMapping): TicketPlace<'hubspot'> | null {
  if (page.tool !== 'hubspot' || page.kind !== 'ticket' || page.recordId === null) return null;
  const fields = withDefaultTicketFields(HUBSPOT_TICKET_FIELDS, mapping);

  const rows = readRecordProperties(root);
  // The strip alone does not count: it renders before the property cards, which would make every property "missing".
  if (rows.names.size === 0 && rows.fields.size === 0) return null;
  const strip = readHighlights(root);
  const labels = new Map<string, string>();
  for (const [label, value] of rows.fields) if (!labels.has(squash(label))) labels.set(squash(label), value);
  // The SLA properties and the record id by name only: the notes quote only one of the SLA labels, and a misread
  // second opinion is worse than none.
  const byName = (name: string): Shown => shownProperty([name], rows, strip, null);
  const shown = Object.fromEntries(TICKET_FIELDS.map((field) => [field, shownProperty(fields[field] ?? [], rows, strip, labels)])) as Record<TicketField, Shown>;
  const due = TOOL_DUE.map(({ metric, due, status }) => ({ metric, due: byName(due), status: byName(status) }));
  const recordId = byName(RECORD_ID);

  const all = [...Object.values(shown), recordId, ...due.flatMap((d) => [d.due, d.status])];
  if (all.some((read) => read.state === 'pending')) return null;
  // Another record's DOM (the company the agent came from, while HubSpot swaps in the ticket) has rows too, and its own
  // `createdate`: a page that names none of a ticket's own properties is not this ticket's yet.
  if (!TICKET_ONLY.some((name) => rows.names.has(name) || strip.names.has(name))) return null;

  const shownId = digits(valueOf(recordId));
  if (shownId !== null && shownId !== page.recordId) return null;

  const title = deepQueryFirst(root, HS_TICKET_TITLE);
  const anchor = title ?? deepQueryFirst(root, HS_HIGHLIGHT_STRIP);
  if (!anchor) return null;

  const subject = valueOf(shown.subject) ?? ((title ? visibleText(title) : '') || null);
  const ticket: RawPageTicket<'hubspot'> = {
    tool: 'hubspot',
    ticketId: page.recordId,
    label: valueOf(shown.number) ?? subject,
    subject,
    priority: valueOf(shown.priority),
    status: valueOf(shown.status),
    opened: valueOf(shown.opened),
    account: ticketAccount(root, url, valueOf(shown.account)),
    // HubSpot has no entitlements: read only where a portal maps a property of its own.
    entitlement: valueOf(shown.entitlement),
    toolDue: due.flatMap(({ metric, due, status }) => {
      const at = valueOf(due);
      return at === null ? [] : [{ metric, due: at, status: valueOf(status) }];
    }),
    // A property shown empty (`--`) is on the page: the agent cannot "add" it; its value is null.
    missing: SLA_NEEDS.flatMap((field) => (shown[field].state === 'absent' ? [shownLabel(fields[field] ?? [], isInternalName) ?? field] : [])),
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

/** The highlights strip: values by internal name, and the names whose value has not rendered yet. */
interface Highlights {
  names: Map<string, string>;
  pending: Set<string>;
}

/** The highlights strip's values by internal name (the text after `highlight-property-display-`): first rendered wins. */
function readHighlights(root: ParentNode): Highlights {
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
 * A property by its entries: the first entry whose internal name a property row, then the highlights strip (a summary
 * of the same values), shows; still loading where a row or strip item of one of those names has no value yet (and
 * none is shown); only then, where `labels` (squashed label → value) is given, the first entry that labels a row.
 */
function shownProperty(entries: readonly string[], rows: RecordProperties, strip: Highlights, labels: ReadonlyMap<string, string> | null): Shown {
  for (const entry of entries) {
    const name = nameKey(entry);
    const value = rows.names.get(name) ?? strip.names.get(name);
    if (value !== undefined) return { state: 'shown', value };
  }
  if (entries.some((entry) => rows.pending.has(nameKey(entry)) || strip.pending.has(nameKey(entry)))) return { state: 'pending' };
  const labelled = labels ? findTicketField(entries, null, labels) : undefined;
  return labelled === undefined ? { state: 'absent' } : { state: 'shown', value: labelled };
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
