import type { FieldMapping } from '../../parse/field-mapping';
import { DEFAULT_PRIORITY_MAP } from '../../parse/severity';

/** Zendesk's shipped field mapping: organization field keys (`organization_fields` in the Support API), so snake_case. */
export const ZENDESK_FIELD_MAPPING: FieldMapping = {
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
};

/** Zendesk's four priorities → handbook severity (urgent, high → 1; normal, low → 2); a policy's `sla.priorityMap` replaces it. */
export const ZENDESK_PRIORITY_MAP = DEFAULT_PRIORITY_MAP;
