import { ACCOUNT_ATTRIBUTES, type AccountAttribute } from '../parse/account';
import { squash } from '../parse/result';
import { DEFAULT_FIELD_MAPPINGS } from '../sites/registry';

/** What a directory column (CSV header) or JSON key can hold: an account attribute or the CRM record's identity. */
export type DirectoryColumn = AccountAttribute | 'crmTool' | 'crmId' | 'crmUrl';

// Labels beyond the attribute names themselves. The CRM field mappings already list the labels Salesforce,
// HubSpot and Zendesk exports carry ("Account Name", "Purchased Packages", "Website", "domain_names"…).
const CRM_LABELS: Record<'crmTool' | 'crmId' | 'crmUrl', string[]> = {
  crmTool: ['CRM Tool', 'CRM'],
  crmId: ['CRM Id', 'CRM Record Id', 'Record Id'],
  crmUrl: ['CRM URL', 'CRM Link', 'Record URL'],
};

const LABELS: ReadonlyMap<string, DirectoryColumn> = (() => {
  const map = new Map<string, DirectoryColumn>();
  const add = (label: string, column: DirectoryColumn) => {
    const key = squash(label);
    if (!map.has(key)) map.set(key, column);
  };
  // Attribute names first, so an exact name always means its own attribute.
  for (const attribute of ACCOUNT_ATTRIBUTES) add(attribute, attribute);
  for (const [column, labels] of Object.entries(CRM_LABELS)) {
    add(column, column as DirectoryColumn);
    for (const label of labels) add(label, column as DirectoryColumn);
  }
  for (const mapping of Object.values(DEFAULT_FIELD_MAPPINGS)) {
    for (const [attribute, labels] of Object.entries(mapping)) {
      for (const label of labels ?? []) add(label, attribute as AccountAttribute);
    }
  }
  return map;
})();

/**
 * The column a header label or JSON key stands for, ignoring case, spaces and punctuation; null when unknown.
 * @example columnFor('Purchased Packages') // 'packages'
 */
export function columnFor(label: string): DirectoryColumn | null {
  return LABELS.get(squash(label)) ?? null;
}

/** The labels that name a column, for messages such as "no column holds the account name". */
export const NAME_LABELS = ['name', 'Account Name', 'Company name'] as const;
