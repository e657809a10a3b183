/**
 * Reads a Salesforce Lightning account record page into a RawRecord: each detail-layout field by its
 * LABEL (what the admin named it on the page layout, in the user's language), and also by its API NAME
 * (`Segment__c`) where the item carries one, value as displayed. Fields in light DOM and in open shadow
 * roots are read alike (see deep-query.ts / dom-text.ts).
 */
import { deepQueryAlternatives, deepQueryFirst } from '../dom/deep-query';
import { controlValue, visibleText } from '../dom/dom-text';
import {
  SF_ACTIVE_PAGE,
  SF_CHECKBOX_VALUE,
  SF_FIELD_API_NAME,
  SF_FIELD_LABEL,
  SF_FIELD_VALUE,
  SF_HIGHLIGHTS_PANEL,
  SF_LAYOUT_ITEM,
  SF_RECORD_TITLE,
  SF_VALUE_NOISE,
} from './selectors';
import type { PageMatch, RawRecord } from '../page-data';

/** The LWC layout item repeats its label in this attribute; used when the label element isn't rendered. */
const FIELD_LABEL_ATTRIBUTE = 'field-label';
const VALUE_NOISE = SF_VALUE_NOISE.join(', ');
/**
 * `sfdc:RecordField.Account.Segment__c` names the field `Segment__c` (real-markup-notes.md §1.2, §1.4). Account fields
 * only: an edit modal of another object (`sfdc:RecordField.Task.Subject`) can be mounted in the same page.
 */
const SELECTION_NAME_ATTRIBUTE = 'data-target-selection-name';
const ACCOUNT_FIELD = /^sfdc:RecordField\.Account\.(\w+)$/;

/**
 * The account shown on `root`, or null when `page` is not a Lightning account page or no detail field
 * has rendered yet (Lightning renders the detail panel lazily; callers retry on DOM mutations).
 * `page` is the caller's one match of the URL (custom domains included): the reader never matches again.
 * The first field with a given label (or API name) wins.
 */
export function readSalesforceAccount(root: ParentNode, page: PageMatch, url: URL): RawRecord<'salesforce'> | null {
  if (page.tool !== 'salesforce' || page.kind !== 'account' || page.recordId === null) return null;

  const scope = pageScope(root);
  if (!scope) return null;

  const fields = new Map<string, string>();
  const names = new Map<string, string>();
  for (const item of deepQueryAlternatives(scope, SF_LAYOUT_ITEM)) {
    const field = readLayoutItem(item);
    if (!field) continue;
    if (!fields.has(field.label)) fields.set(field.label, field.value);
    if (field.apiName !== null && !names.has(field.apiName)) names.set(field.apiName, field.value);
  }
  if (fields.size === 0) return null;

  return {
    tool: 'salesforce',
    kind: 'account',
    recordId: page.recordId,
    url: url.href,
    name: readRecordName(scope),
    fields: Object.fromEntries(fields),
    names: Object.fromEntries(names),
  };
}

/**
 * Only the visible page: hidden, cached pages of other records stay mounted next to it. When the
 * active-page marker is missing and more than one record page is mounted, which one is showing
 * can't be told — null rather than a guess that could show another customer's entitlements.
 */
function pageScope(root: ParentNode): ParentNode | null {
  const active = deepQueryFirst(root, SF_ACTIVE_PAGE);
  if (active) return active;
  return deepQueryAlternatives(root, SF_HIGHLIGHTS_PANEL).length > 1 ? null : root;
}

function readLayoutItem(item: Element): { label: string; apiName: string | null; value: string } | null {
  const labelEl = deepQueryFirst(item, SF_FIELD_LABEL);
  const label = (labelEl ? visibleText(labelEl) : '') || (item.getAttribute(FIELD_LABEL_ATTRIBUTE) ?? '').trim();
  if (!label) return null;

  // A missing value container means the item has not rendered; an empty one is an empty field ('').
  const valueEl = deepQueryFirst(item, SF_FIELD_VALUE);
  if (!valueEl) return null;
  return { label, apiName: fieldApiName(item), value: readValue(valueEl) };
}

/** On the host in some builds, on the inner `div.slds-grid[role=listitem]` in the real capture (notes §1.2); absent on others. */
function fieldApiName(item: Element): string | null {
  const holder = item.matches(SF_FIELD_API_NAME.join(', ')) ? item : deepQueryFirst(item, SF_FIELD_API_NAME);
  return ACCOUNT_FIELD.exec(holder?.getAttribute(SELECTION_NAME_ATTRIBUTE) ?? '')?.[1] ?? null;
}

/** Checkbox fields render a checkbox (or an image) and no text: 'true'/'false'. Everything else is the displayed text. */
function readValue(valueEl: Element): string {
  const checkbox = deepQueryFirst(valueEl, SF_CHECKBOX_VALUE);
  if (checkbox) return controlValue(checkbox) ?? (checkbox.getAttribute('alt') ?? '').trim().toLowerCase();
  return visibleText(valueEl, { skip: VALUE_NOISE });
}

function readRecordName(scope: ParentNode): string | null {
  const panel = deepQueryFirst(scope, SF_HIGHLIGHTS_PANEL);
  const title = panel ? deepQueryFirst(panel, SF_RECORD_TITLE) : null;
  const name = title ? visibleText(title, { skip: VALUE_NOISE }) : '';
  return name || null;
}
