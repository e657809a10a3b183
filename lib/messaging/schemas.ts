/** The zod schemas every message payload is parsed with in the background (see `./protocol.ts`). */
import { z } from '../domain/zod';
import { MESSAGE_LIMITS as MAX, type EvaluateAccountRequest as EvaluateAccountPayload } from './limits';
import type { ApiTicket } from '../sites/page-data';
import type { RawPageTicket, Tool as ToolId } from '../sites/types';
import { TOOL_IDS } from '../sites/registry';

const Tool = z.enum(TOOL_IDS);
const RecordId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);

/**
 * key → text, within the limits a content script clips to (`toEvaluateRequest`). Keys are checked here rather than
 * by a key schema, whose failure zod reports only as "Invalid key in record": the messages say what was too long.
 */
function keyedTexts(key: string, maxKey: number, what: string) {
  return z
    .record(z.string(), z.string().max(MAX.value, `a value is longer than ${MAX.value} characters`))
    .refine((texts) => Object.keys(texts).length <= MAX.fields, `too many ${what} (at most ${MAX.fields})`)
    .refine((texts) => Object.keys(texts).every((k) => k.length <= maxKey), `a ${key} is longer than ${maxKey} characters`);
}

export const EvaluateAccountRequest = z.object({
  tool: Tool,
  recordId: RecordId,
  // The page the record was read on: our content scripts run on https pages only. A script URL here would end
  // up as the popup's link to the CRM record.
  url: z
    .string()
    .url()
    .max(MAX.url)
    .regex(/^https:\/\//, 'expected an https URL'),
  name: z.string().max(MAX.name).nullable(),
  fields: keyedTexts('field label', MAX.label, 'fields'),
  // The same values keyed by the CRM's own property names (HubSpot internal names, Salesforce API names), within the
  // same limits as `fields`. Optional, as in RawRecord: a record may carry none.
  names: keyedTexts('property name', MAX.label, 'names').optional(),
}) satisfies z.ZodType<EvaluateAccountPayload>;
export type EvaluateAccountRequest = z.infer<typeof EvaluateAccountRequest>;

export const GetCachedAccountRequest = z.object({ tool: Tool, recordId: RecordId });
export type GetCachedAccountRequest = z.infer<typeof GetCachedAccountRequest>;

const HttpsUrl = z
  .string()
  .url()
  .max(MAX.url)
  .regex(/^https:\/\//, 'expected an https URL');
const Text = (max: number) => z.string().max(max, `a text is longer than ${max} characters`);

/** A ticket read off a page (lib/sites/page-data.ts `RawPageTicket`), within the limits `toPageTicketRequest` clips to. */
export const PageTicket = z.object({
  tool: Tool,
  ticketId: RecordId,
  label: Text(MAX.name).nullable(),
  subject: Text(MAX.value).nullable(),
  priority: Text(MAX.name).nullable(),
  status: Text(MAX.name).nullable(),
  opened: Text(MAX.name).nullable(),
  // The account's link: an https page (it becomes the badge's "open the account" link).
  account: z.object({ tool: Tool, recordId: RecordId, name: Text(MAX.name).nullable(), url: HttpsUrl.nullable() }).nullable(),
  entitlement: Text(MAX.name).nullable(),
  toolDue: z.array(z.object({ metric: z.enum(['first-response', 'next-response', 'resolution']), due: Text(MAX.name), status: Text(MAX.name).nullable() })).max(MAX.toolDue),
  missing: z.array(Text(MAX.label)).max(MAX.missing),
}) satisfies z.ZodType<RawPageTicket>;

export const EvaluatePageTicketsRequest = z.object({
  tickets: z.array(PageTicket).min(1).max(MAX.tickets),
  /** The page's language (`<html lang>`, else the browser's), for the order of numeric dates it shows. */
  locale: z
    .string()
    .max(35)
    .regex(/^[A-Za-z0-9-]+$/)
    .optional(),
});
export type EvaluatePageTicketsRequest = z.infer<typeof EvaluatePageTicketsRequest>;

const Metric = z.enum(['first-response', 'next-response', 'resolution']);

/** A ticket a tool's API gave a content script (lib/sites/page-data.ts `ApiTicket`), within what `toApiTicketRequest` clips to. */
export const ApiTicketPayload = z.object({
  ticket: z.object({
    tool: Tool,
    ticketId: RecordId,
    subject: Text(MAX.value).nullable(),
    priority: Text(MAX.name).nullable(),
    severityField: Text(MAX.name).nullable(),
    status: Text(MAX.name).nullable(),
    createdAt: Text(MAX.name).nullable(),
    firstResponseAt: Text(MAX.name).nullable(),
    resolvedAt: Text(MAX.name).nullable(),
    organizationId: RecordId.nullable(),
    toolDue: z
      .array(z.object({ metric: Metric, due: Text(MAX.name), status: Text(MAX.name).nullable() }))
      .max(MAX.toolDue)
      .optional(),
  }),
  label: Text(MAX.name).nullable(),
  account: EvaluateAccountRequest.extend({ kind: z.literal('account') }).nullable(),
  organization: z.object({ id: RecordId, name: Text(MAX.name), domains: z.array(Text(MAX.label)).max(MAX.domains) }).nullable(),
  statusSince: Text(MAX.name).nullable(),
  customFields: keyedTexts('custom field id', MAX.label, 'custom fields').optional(),
}) satisfies z.ZodType<ApiTicket<ToolId>>;

/** What went wrong with a request, as lib/http/fetch-json.ts says it (the content script made the request). */
const Problem = z.object({
  kind: z.enum(['session-expired', 'forbidden', 'not-found', 'rate-limited', 'server-error', 'timeout', 'malformed', 'network']),
  message: Text(MAX.name),
  status: z.number().int().min(100).max(599).nullable(),
  retryAt: z.number().int().nonnegative().nullable(),
});

export const EvaluateApiTicketsRequest = z
  .object({
    /** The batch's ticket ids (what the tool did not answer for is missing, or as last read while it fails). */
    // Empty only for the agent's own tickets when none is open (`mine` empty too).
    ticketIds: z.array(RecordId).max(MAX.tickets),
    // None at all: the batch failed, or was not asked (the back-off); the answer still carries the policy's calendars.
    tickets: z.array(ApiTicketPayload).max(MAX.tickets),
    /** How the request went: read; failed (why); not made, since the origin is backing off. */
    outcome: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('read') }),
      z.object({ kind: z.literal('failed'), problem: Problem }),
      z.object({ kind: z.literal('blocked'), problem: Problem }),
    ]),
    /**
     * Set when the batch is the agent's own open tickets, fetched because the background asked (`refreshMine`), not
     * shown on the page: they are watched as "yours"; `mine` lists every id the tool gave (all batches), so those it no
     * longer gives stop being theirs.
     */
    mine: z.array(RecordId).max(MAX.tickets).optional(),
  })
  .refine((r) => r.ticketIds.length > 0 || r.mine !== undefined, 'no ticket ids');
export type EvaluateApiTicketsRequest = z.infer<typeof EvaluateApiTicketsRequest>;

/** May the content script ask its tool's API now (`fresh`: the agent's Retry)? The back-off is the background's, per origin. */
export const AskApiGateRequest = z.object({ fresh: z.boolean() });
export type AskApiGateRequest = z.infer<typeof AskApiGateRequest>;

/** A watched ticket: `origin#ticketId` (lib/alerts/watch.ts). */
const WatchKey = z.string().min(3).max(400);
/** Popup → background: open a watched ticket (focus its tab, else open its page). */
export const OpenWatchedTicketRequest = z.object({ key: WatchKey });
export type OpenWatchedTicketRequest = z.infer<typeof OpenWatchedTicketRequest>;
/** Popup → background: "not for this ticket" (no more notifications for it), or undo it. */
export const SnoozeTicketRequest = z.object({ key: WatchKey, on: z.boolean() });
export type SnoozeTicketRequest = z.infer<typeof SnoozeTicketRequest>;
