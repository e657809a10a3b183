/**
 * The one typed message map between content scripts / popup and the background. Verb-noun names; every
 * payload is parsed with zod in the background (see `entrypoints/background`), whatever its type says.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import type { SyncRecord } from './directory-sync';
import type { PageMatch, RawRecord } from './sites/types';
import type { AccountView, TicketLookup } from './views';

const Tool = z.enum(['salesforce', 'hubspot', 'zendesk']);
const RecordId = z.string().min(1).max(64).regex(/^[\w-]+$/);

export const EvaluateAccountRequest = z.object({
  tool: Tool,
  recordId: RecordId,
  url: z.string().url().max(2048),
  name: z.string().max(512).nullable(),
  fields: z.record(z.string().max(256), z.string().max(4096)).refine((f) => Object.keys(f).length <= 200, 'too many fields'),
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

export interface ProtocolMap {
  evaluateAccount(data: EvaluateAccountRequest): AccountView;
  getCachedAccount(data: GetCachedAccountRequest): AccountView | null;
  lookupTickets(data: LookupTicketsRequest): TicketLookup;
  /** Options → background: fetch the directory URL now. */
  syncDirectory(): SyncRecord | null;
  /** Background → content script: the keyboard command toggles the panel. */
  togglePanel(): void;
  /** Options → content script: the record as the page shows it (label → value), for the mapping preview. */
  readPageFields(): RawRecord | null;
  /** Popup → content script: which record or ticket this tab shows (no "tabs" permission needed to ask). */
  describePage(): (PageMatch & { origin: string }) | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
