/** The zod schemas every message payload is parsed with in the background (see `./messaging`). */
import { z } from 'zod';
import { MESSAGE_LIMITS as MAX } from './message-limits';

const Tool = z.enum(['salesforce', 'hubspot', 'zendesk']);
const RecordId = z.string().min(1).max(64).regex(/^[\w-]+$/);

export const EvaluateAccountRequest = z.object({
  tool: Tool,
  recordId: RecordId,
  // The page the record was read on: our content scripts run on https pages only. A script URL here would end
  // up as the popup's link to the CRM record.
  url: z.string().url().max(MAX.url).regex(/^https:\/\//, 'expected an https URL'),
  name: z.string().max(MAX.name).nullable(),
  fields: z.record(z.string().max(MAX.label), z.string().max(MAX.value)).refine((f) => Object.keys(f).length <= MAX.fields, 'too many fields'),
});
export type EvaluateAccountRequest = z.infer<typeof EvaluateAccountRequest>;

export const GetCachedAccountRequest = z.object({ tool: Tool, recordId: RecordId });
export type GetCachedAccountRequest = z.infer<typeof GetCachedAccountRequest>;

export const LookupTicketsRequest = z.object({
  /** The Zendesk origin the agent is on, e.g. https://acme.zendesk.com; requests go only there. */
  origin: z.string().url().max(256),
  ticketIds: z.array(z.string().regex(/^\d{1,12}$/)).min(1).max(1000),
  /** Bypass the cache (the retry button). */
  fresh: z.boolean().optional(),
});
export type LookupTicketsRequest = z.infer<typeof LookupTicketsRequest>;

