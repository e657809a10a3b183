import type { Severity } from '../../domain/ticket';
import { HANDBOOK_KEYS, HANDBOOK_LABELS, namesThenLabels, type FieldMapping } from '../../parse/field-mapping';
import type { TicketFieldMapping } from '../../parse/ticket-fields';

/**
 * HubSpot internal names: `name` and `domain` are HubSpot's own company properties; the rest are the names HubSpot
 * derives from the labels when a portal creates them as custom properties (lower case, `_` for spaces): HANDBOOK_KEYS. Internal names stay the same in every portal language
 * (real-markup-notes.md §3.3: each sidebar row is keyed by it), so they come first and the labels are the fallback.
 * Not `annualrevenue`: that built-in is the company's own "Annual Revenue" (its turnover), not the recurring
 * revenue it pays the vendor; reading it as ARR would put a $50M company above every discount threshold. A portal
 * that keeps ARR there can add `annualrevenue` on the options page.
 */
const HUBSPOT_NAMES: FieldMapping = { ...HANDBOOK_KEYS, segment: ['segment', 'market_segment', 'customer_segment'] };

/** HubSpot's shipped field mapping: internal names first, then labels (HubSpot's own for name and domain). */
export const HUBSPOT_FIELD_MAPPING: FieldMapping = namesThenLabels(HUBSPOT_NAMES, {
  ...HANDBOOK_LABELS,
  name: ['Company name', 'Name'],
  domain: ['Company Domain Name', 'Website URL', 'Domain'],
});

/**
 * HubSpot's ticket priorities → handbook severity, where no policy's `sla.priorityMap` replaces it: `hs_ticket_priority`
 * has the options LOW, MEDIUM, HIGH (seen) and URGENT (not verified), set per portal (next-tools-and-anchors.md §2b);
 * pages show their labels (`High`), and severity matching ignores case. As for Zendesk's (lib/parse/severity.ts),
 * the two upper priorities are Severity 1; MEDIUM, which Zendesk lacks, is Severity 2 like Zendesk's "normal".
 */
export const HUBSPOT_PRIORITY_MAP: Readonly<Record<string, Severity>> = { urgent: 1, high: 1, medium: 2, low: 2 };

/**
 * Where a ticket's fields are read (lib/parse/ticket-fields.ts): HubSpot's default ticket properties by internal name
 * (next-tools-and-anchors.md §2b: `hs_ticket_priority`, `hs_pipeline_stage`; `createdate` and `subject` are
 * built-ins), the same in every portal language, then HubSpot's English default labels, read only where no row or
 * strip value carries any of the names (a label changes with the portal's language and an admin's renaming). HubSpot
 * labels the pipeline stage "Ticket status" on tickets; "Pipeline stage" is the generic name. The account is the
 * primary company's id (`hs_primary_company_id`, §2b), read by name only; without it the association cards decide.
 * No `number` (a ticket's name, its subject, is what agents call it) and no `entitlement` (HubSpot has none): a portal
 * with such a property adds it on the options page.
 */
export const HUBSPOT_TICKET_FIELDS: TicketFieldMapping = {
  subject: ['subject', 'Ticket name'],
  priority: ['hs_ticket_priority', 'Priority'],
  status: ['hs_pipeline_stage', 'Ticket status', 'Pipeline stage'],
  opened: ['createdate', 'Create date'],
  account: ['hs_primary_company_id'],
};
