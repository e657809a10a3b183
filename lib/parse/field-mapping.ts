import type { AccountAttribute, RawAccountFields } from './account';
import { squash } from './result';

/** Which CRM labels (or API keys) hold which account attribute: the first one present wins. */
export type FieldMapping = Partial<Record<AccountAttribute, string[]>>;

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
 * The shipped field mappings, one per tool. Salesforce and HubSpot are read by the labels on the record page;
 * Zendesk by the organization field keys (`organization_fields` in the Support API), so they are snake_case.
 */
export const DEFAULT_FIELD_MAPPINGS: Record<'salesforce' | 'hubspot' | 'zendesk', FieldMapping> = {
  salesforce: COMMON,
  hubspot: { ...COMMON, name: ['Company name', 'Name'], domain: ['Company Domain Name', 'Website URL', 'Domain'] },
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
 * Turns a record's label → value map into account attributes through a mapping. Labels compare squashed
 * (case and punctuation do not matter). An attribute whose labels are all absent stays absent (unknown).
 * @example mapFields({ 'Market Segment': 'ENT' }, DEFAULT_FIELD_MAPPINGS.salesforce) // { segment: 'ENT' }
 */
export function mapFields(fields: Record<string, unknown>, mapping: FieldMapping): RawAccountFields {
  const byKey = new Map(Object.entries(fields).map(([label, value]) => [squash(label), value]));
  const out: RawAccountFields = {};
  for (const [attribute, labels] of Object.entries(mapping) as Array<[AccountAttribute, string[]]>) {
    for (const label of labels) {
      const key = squash(label);
      if (byKey.has(key)) {
        out[attribute] = byKey.get(key);
        break;
      }
    }
  }
  return out;
}
