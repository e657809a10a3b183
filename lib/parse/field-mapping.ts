import type { AccountAttribute, RawAccountFields } from './attributes';
import { squash } from './result';

/**
 * Which CRM properties hold which account attribute. Each entry is a visible label or a property's own name (HubSpot
 * internal name, Salesforce API name, Zendesk field key); see `mapFields` for the order they are tried in.
 */
export type FieldMapping = Partial<Record<AccountAttribute, string[]>>;

/**
 * Labels as the handbook's account attributes are usually named on a CRM record page: each tool's default mapping
 * (`lib/sites/<tool>/defaults.ts`) starts from these.
 */
export const HANDBOOK_LABELS: FieldMapping = {
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
 * The same attributes as snake_case keys: how a tool names a custom field or property it derives from a label
 * (Zendesk organization field keys, HubSpot internal names). Each tool's default mapping starts from these.
 */
export const HANDBOOK_KEYS: FieldMapping = {
  name: ['name'],
  domain: ['domain'],
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
};

/**
 * Property names first, then labels, attribute by attribute.
 * @example namesThenLabels({ segment: ['segment'] }, { segment: ['Segment'] }).segment // ['segment', 'Segment']
 */
export function namesThenLabels(names: FieldMapping, labels: FieldMapping): FieldMapping {
  const out: FieldMapping = {};
  for (const attribute of new Set([...Object.keys(names), ...Object.keys(labels)]) as Set<AccountAttribute>) {
    out[attribute] = [...(names[attribute] ?? []), ...(labels[attribute] ?? [])];
  }
  return out;
}

/**
 * Turns a record into account attributes through a mapping. For each attribute, every entry is first looked up among
 * the record's property `names` (HubSpot internal names, Salesforce API names), then among its `fields` labels: a
 * property's name is the same in every language and survives an admin's relabelling, so it wins over any label.
 * Names compare without case (Salesforce API names are case-insensitive) but otherwise exactly; labels compare
 * squashed (case and punctuation do not matter). An attribute none of whose entries is present stays absent (unknown).
 * @example mapFields({ 'Market Segment': 'ENT' }, HANDBOOK_LABELS) // { segment: 'ENT' }
 * @example mapFields({ Kundensegment: 'ENT' }, { segment: ['segment', 'Segment'] }, { segment: 'ENT' }) // { segment: 'ENT' }
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

/** How a property's own name compares: without case (Salesforce API names are case-insensitive), otherwise exactly. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

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
