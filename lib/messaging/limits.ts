/**
 * The bounds on what a content script may send the background. The background's zod schemas
 * (`./schemas.ts`) refuse anything beyond them; content scripts, which carry no zod, clip what they read
 * off a page to them first, so a customer who typed a 3,000-character organization name still gets a panel.
 */
import type { ApiTicket } from '../sites/page-data';
import type { RawPageTicket, RawRecord, Tool } from '../sites/types';

/**
 * What a content script asks the background to evaluate: a record read off a page, within MESSAGE_LIMITS. Plain
 * TypeScript, so content scripts carry no zod; ./schemas.ts parses it in the background (and is checked to agree).
 */
export type EvaluateAccountRequest = Pick<RawRecord, 'tool' | 'recordId' | 'url' | 'name' | 'fields' | 'names'>;

export const MESSAGE_LIMITS = { name: 512, label: 256, value: 4096, fields: 200, url: 2048, tickets: 1000, toolDue: 8, missing: 8, domains: 8 } as const;

/**
 * Cuts text to at most `max` characters, marking the cut with an ellipsis.
 * @example clipText('abcdef', 4) // 'abc…'
 */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * A record read off a page, as an `evaluateAccount` request within the limits: long texts are clipped (a clipped
 * value reads as unknown or as less, never as more), fields (and property names) beyond the limit are dropped, and
 * an over-long URL loses its query and fragment.
 * @example toEvaluateRequest(readSalesforceAccount(document, match, url)!).name
 */
export function toEvaluateRequest(record: RawRecord): EvaluateAccountRequest {
  let url = record.url;
  if (url.length > MESSAGE_LIMITS.url) {
    const parsed = new URL(url);
    url = clipText(`${parsed.origin}${parsed.pathname}`, MESSAGE_LIMITS.url);
  }
  const request: EvaluateAccountRequest = {
    tool: record.tool,
    recordId: record.recordId,
    url,
    name: record.name === null ? null : clipText(record.name, MESSAGE_LIMITS.name),
    fields: clipKeyedTexts(record.fields),
  };
  if (record.names) request.names = clipKeyedTexts(record.names);
  return request;
}

/**
 * Labels (or property names) → values within the limits: the first `fields` entries, each key and value clipped; when
 * two keys clip to the same text the first keeps it. Built from entries, so a key such as `__proto__` stays a key.
 */
function clipKeyedTexts(texts: Record<string, string>): Record<string, string> {
  const clipped = new Map<string, string>();
  for (const [key, value] of Object.entries(texts).slice(0, MESSAGE_LIMITS.fields)) {
    const k = clipText(key, MESSAGE_LIMITS.label);
    if (!clipped.has(k)) clipped.set(k, clipText(value, MESSAGE_LIMITS.value));
  }
  return Object.fromEntries(clipped);
}

/** Text read off a page, within `max` (null stays null). */
const clipOrNull = (text: string | null, max: number): string | null => (text === null ? null : clipText(text, max));

/**
 * A ticket read off a page, within the limits an `evaluatePageTickets` request allows: texts clipped, lists cut.
 * @example toPageTicketRequest(row.ticket).subject
 */
export function toPageTicketRequest(ticket: RawPageTicket): RawPageTicket {
  const { name, value, url } = MESSAGE_LIMITS;
  return {
    tool: ticket.tool,
    ticketId: ticket.ticketId,
    label: clipOrNull(ticket.label, name),
    subject: clipOrNull(ticket.subject, value),
    priority: clipOrNull(ticket.priority, name),
    status: clipOrNull(ticket.status, name),
    opened: clipOrNull(ticket.opened, name),
    account: ticket.account && {
      tool: ticket.account.tool,
      recordId: ticket.account.recordId,
      name: clipOrNull(ticket.account.name, name),
      // An over-long link is dropped, not cut: a cut URL would lead somewhere else.
      url: ticket.account.url !== null && ticket.account.url.length <= url ? ticket.account.url : null,
    },
    entitlement: clipOrNull(ticket.entitlement, name),
    toolDue: ticket.toolDue.slice(0, MESSAGE_LIMITS.toolDue).map((d) => ({ metric: d.metric, due: clipText(d.due, name), status: clipOrNull(d.status, name) })),
    missing: ticket.missing.slice(0, MESSAGE_LIMITS.missing).map((m) => clipText(m, MESSAGE_LIMITS.label)),
  };
}

/** An instant as an API gave it (ISO text), within the limits; anything longer is no instant. */
const instantOrNull = (text: string | null): string | null => (text !== null && text.length <= MESSAGE_LIMITS.name ? text : null);

/**
 * A ticket a tool's API gave the content script (Zendesk, Freshdesk, Jira Service Management), as an `evaluateApiTickets`
 * request within the limits: texts clipped, the account as `toEvaluateRequest` clips a record, lists cut.
 * @example toApiTicketRequest(batch.tickets[0]).ticket.ticketId
 */
export function toApiTicketRequest(item: ApiTicket<Tool>): ApiTicket<Tool> {
  const { name, label } = MESSAGE_LIMITS;
  const t = item.ticket;
  return {
    ticket: {
      tool: t.tool,
      ticketId: t.ticketId,
      subject: clipOrNull(t.subject, MESSAGE_LIMITS.value),
      priority: clipOrNull(t.priority, name),
      severityField: clipOrNull(t.severityField, name),
      status: clipOrNull(t.status, name),
      createdAt: instantOrNull(t.createdAt),
      firstResponseAt: instantOrNull(t.firstResponseAt),
      resolvedAt: instantOrNull(t.resolvedAt),
      organizationId: t.organizationId !== null && t.organizationId.length <= 64 ? t.organizationId : null,
      toolDue: (t.toolDue ?? []).slice(0, MESSAGE_LIMITS.toolDue).map((d) => ({ metric: d.metric, due: clipText(d.due, name), status: clipOrNull(d.status, name) })),
    },
    label: clipOrNull(item.label, name),
    account: item.account && { ...toEvaluateRequest(item.account), kind: 'account' },
    // An organization whose id is not an id (the schema's `[\w-]{1,64}`) is left out, not the whole batch refused.
    organization:
      item.organization && /^[\w-]{1,64}$/.test(item.organization.id)
        ? {
            id: item.organization.id,
            name: clipText(item.organization.name, name),
            domains: item.organization.domains.slice(0, MESSAGE_LIMITS.domains).map((d) => clipText(d, label)),
          }
        : null,
    statusSince: instantOrNull(item.statusSince),
    ...(item.customFields ? { customFields: clipKeyedTexts(item.customFields) } : {}),
  };
}
