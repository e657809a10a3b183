/**
 * What the site adapters hand to the rest of the extension, for the tools of the registry. Adapters read; they never
 * interpret: every value is the raw text the page (or API) showed. The shapes are in ./page-data.ts, generic over the
 * tool id; here they are narrowed to the registry's tools.
 */
import type {
  PageMatch as AnyPageMatch,
  RawPageTicket as AnyRawPageTicket,
  RawTicket as AnyRawTicket,
  TicketAdapter as AnyTicketAdapter,
  RawRecord as AnyRawRecord,
  RawTicketRef as AnyRawTicketRef,
} from './page-data';
import type { Tool } from './registry';

export type { Tool };
export type PageMatch = AnyPageMatch<Tool>;
export type RawRecord = AnyRawRecord<Tool>;
export type RawTicketRef = AnyRawTicketRef<Tool>;
export type RawPageTicket = AnyRawPageTicket<Tool>;
export type RawTicket = AnyRawTicket<Tool>;
export type TicketAdapter = AnyTicketAdapter<Tool>;
export type { PageKind, PageRoute, Surface, ToolDefinition, ToolDueMetric } from './page-data';
