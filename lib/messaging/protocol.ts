/**
 * The one typed message map between content scripts / popup and the background. Verb-noun names; every
 * payload is parsed with zod in the background (`./schemas.ts`, kept out of content scripts so they stay
 * small), whatever its type says.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SyncRecord } from '../directory/sync';
import type { PageMatch, RawRecord, Tool } from '../sites/types';
import type {
  AskApiGateRequest,
  EvaluateAccountRequest,
  EvaluateApiTicketsRequest,
  EvaluatePageTicketsRequest,
  GetCachedAccountRequest,
  OpenWatchedTicketRequest,
  SnoozeTicketRequest,
} from './schemas';
import type { WatchList } from '../alerts/overview';
import type { EvaluatedAccount, FetchProblem, TicketLookup } from './answers';

export interface ProtocolMap {
  evaluateAccount(data: EvaluateAccountRequest): EvaluatedAccount;
  /** The account as last read in the CRM, else as the directory has it; null when Lens knows nothing of it. */
  getCachedAccount(data: GetCachedAccountRequest): EvaluatedAccount | null;
  /** Tickets read off a page (Salesforce Cases, HubSpot tickets): evaluated with their accounts as Lens knows them. */
  evaluatePageTickets(data: EvaluatePageTicketsRequest): TicketLookup;
  /**
   * Tickets a content script read from its tool's API with the agent's session (Zendesk, Freshdesk, JSM),
   * and how the request went: evaluated with their accounts (a Freshdesk company as the API gave it; a JSM organization
   * matched in the directory); while the tool fails, the tickets as last read, marked stale.
   */
  evaluateApiTickets(data: EvaluateApiTicketsRequest): TicketLookup;
  /** Before a content script asks its tool's API: the problem to answer with while its origin backs off, else null. */
  askApiGate(data: AskApiGateRequest): FetchProblem | null;
  /** Popup, options → background: the watched tickets, due first (the Due-soon list), with the alert settings in force. */
  getWatchList(): WatchList;
  /** Popup → background: open a watched ticket (its tab if one shows it, else its page in a new tab). */
  openWatchedTicket(data: OpenWatchedTicketRequest): void;
  /** Popup → background: "not for this ticket", or undo it. */
  snoozeTicket(data: SnoozeTicketRequest): void;
  /**
   * Background → a tool's content script: fetch the agent's own open tickets (Zendesk's "assignee:me status<solved") with
   * the page's session and send them as `evaluateApiTickets` with `mine`. Answers whether the tool has such a list.
   */
  refreshMine(): boolean;
  /** Options → background: fetch the directory URL now. */
  syncDirectory(): SyncRecord | null;
  /** Background → content script: the keyboard command toggles the panel. */
  togglePanel(): void;
  /** Options → content script: the record as the page shows it (label → value), for the mapping preview. */
  readPageFields(): RawRecord | null;
  /** Popup → content script: which record or ticket this tab shows (no "tabs" permission needed to ask). */
  describePage(): (PageMatch & { origin: string; account?: { tool: Tool; recordId: string } | null }) | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
