import type { AccountAttribute, RawAccountFields } from './account';
import { squash } from './result';

/**
 * Which CRM properties hold which account attribute. Each entry is a visible label or a property's own name (HubSpot
 * internal name, Salesforce API name, Zendesk field key); see `mapFields` for the order they are tried in.
 */
export type FieldMapping = Partial<Record<AccountAttribute, string[]>>;

/** Labels as the handbook's account attributes are usually named on a record page. */
const COMMON: FieldMapping = {
  name: ['Account Name', 'Company name', 'Name'],
  domain: ['Website', 'Company Domain Name', 'Domain'],
  segment: ['Segment', 'Market Segment', 'Customer Segment'],
  arr: ['ARR', 'Annual Recurring Revenue'],
  packages: ['Purchased Packages', 'Packages'],
  deployment: ['Deployment', 'Deployment Type'],
  kubernetes: ['Kubernetes', 'Deploys on Kubernetes'],
  externalServices: ['External Services', 'Uses External Services'],
  implementationStart: ['Implementation Start', 'Implementation Start Date'],
  implementationEnd: ['Implementation End', 'Implementation End Date'],
  implementationExempt: ['Implementation Exempt', 'Implementation Exemption'],
  slackOptOut: ['Slack Opt-Out', 'Slack Opt Out'],
  renewalDate: ['Renewal Date', 'Contract Renewal Date'],
  tier: ['Tier', 'Edition', 'GitLab Edition'],
};

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

/** Property names first, then labels, attribute by attribute. */
function namesThenLabels(names: FieldMapping, labels: FieldMapping): FieldMapping {
  const out: FieldMapping = {};
  for (const attribute of new Set([...Object.keys(names), ...Object.keys(labels)]) as Set<AccountAttribute>) {
    out[attribute] = [...(names[attribute] ?? []), ...(labels[attribute] ?? [])];
  }
  return out;
}

/**
 * The shipped field mappings, one per tool.
 * - Salesforce: labels. Custom fields' API names are chosen per org (`Segment__c`, `Customer_Segment__c`, …), so no
 *   default could name them; an admin adds theirs (read from `data-target-selection-name`, real-markup-notes.md
 *   §1.2) beside the labels. The standard fields' API names `Name` and `Website` are the same in every org and
 *   language, and are already entries here (`mapFields` tries every entry as an API name first).
 * - HubSpot: internal names, then labels (see HUBSPOT_NAMES).
 * - Zendesk: organization field keys (`organization_fields` in the Support API), so they are snake_case.
 */
export const DEFAULT_FIELD_MAPPINGS: Record<'salesforce' | 'hubspot' | 'zendesk', FieldMapping> = {
  salesforce: COMMON,
  hubspot: namesThenLabels(HUBSPOT_NAMES, { ...COMMON, name: ['Company name', 'Name'], domain: ['Company Domain Name', 'Website URL', 'Domain'] }),
  zendesk: {
    name: ['name'],
    domain: ['domain_names', 'domain'],
    segment: ['segment', 'market_segment'],
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
  },
};

/**
 * Turns a record into account attributes through a mapping. For each attribute, every entry is first looked up among
 * the record's property `names` (HubSpot internal names, Salesforce API names), then among its `fields` labels: a
 * property's name is the same in every language and survives an admin's relabelling, so it wins over any label.
 * Names compare without case (Salesforce API names are case-insensitive) but otherwise exactly; labels compare
 * squashed (case and punctuation do not matter). An attribute none of whose entries is present stays absent (unknown).
 * @example mapFields({ 'Market Segment': 'ENT' }, DEFAULT_FIELD_MAPPINGS.salesforce) // { segment: 'ENT' }
 * @example mapFields({ Kundensegment: 'ENT' }, DEFAULT_FIELD_MAPPINGS.hubspot, { segment: 'ENT' }) // { segment: 'ENT' }
 */
export function mapFields(fields: Record<string, unknown>, mapping: FieldMapping, names: Record<string, unknown> = {}): RawAccountFields {
  const byName = lookup(names, nameKey);
  const byLabel = lookup(fields, squash);
  const out: RawAccountFields = {};
  for (const [attribute, entries] of Object.entries(mapping) as Array<[AccountAttribute, string[]]>) {
    const found = firstPresent(entries, byName, nameKey) ?? firstPresent(entries, byLabel, squash);
    if (found) out[attribute] = found.value;
  }
  return out;
}

const nameKey = (name: string): string => name.trim().toLowerCase();

/** First key wins, as readers keep the first property of a given label or name. */
function lookup(record: Record<string, unknown>, key: (text: string) => string): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [k, value] of Object.entries(record)) if (!map.has(key(k))) map.set(key(k), value);
  return map;
}

function firstPresent(entries: readonly string[], map: Map<string, unknown>, key: (text: string) => string): { value: unknown } | null {
  for (const entry of entries) if (map.has(key(entry))) return { value: map.get(key(entry)) };
  return null;
}
