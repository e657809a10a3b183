import { HANDBOOK_LABELS, namesThenLabels, type FieldMapping } from '../../parse/field-mapping';

/**
 * HubSpot internal names: `name` and `domain` are HubSpot's own company properties; the rest are the names HubSpot
 * derives from the labels above when a portal creates them as custom properties (lower case, `_` for spaces) — the
 * same snake_case keys the Zendesk mapping uses. Internal names stay the same in every portal language
 * (real-markup-notes.md §3.3: each sidebar row is keyed by it), so they come first and the labels are the fallback.
 * Not `annualrevenue`: that built-in is the company's own "Annual Revenue" (its turnover), not the recurring
 * revenue it pays the vendor; reading it as ARR would put a $50M company above every discount threshold. A portal
 * that keeps ARR there can add `annualrevenue` on the options page.
 */
const HUBSPOT_NAMES: FieldMapping = {
  name: ['name'],
  domain: ['domain'],
  segment: ['segment', 'market_segment', 'customer_segment'],
  arr: ['arr', 'annual_recurring_revenue'],
  packages: ['purchased_packages', 'packages'],
  deployment: ['deployment', 'deployment_type'],
  kubernetes: ['kubernetes'],
  externalServices: ['external_services'],
  implementationStart: ['implementation_start', 'implementation_start_date'],
  implementationEnd: ['implementation_end', 'implementation_end_date'],
  implementationExempt: ['implementation_exempt'],
  slackOptOut: ['slack_opt_out'],
  renewalDate: ['renewal_date'],
  tier: ['tier', 'edition'],
};

/** HubSpot's shipped field mapping: internal names first, then labels (HubSpot's own for name and domain). */
export const HUBSPOT_FIELD_MAPPING: FieldMapping = namesThenLabels(HUBSPOT_NAMES, {
  ...HANDBOOK_LABELS,
  name: ['Company name', 'Name'],
  domain: ['Company Domain Name', 'Website URL', 'Domain'],
});
