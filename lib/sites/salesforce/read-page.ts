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
 * `sfdc:RecordField.Account.Segment__c` names the field `Segment__c` of the object `Account` (real-markup-notes.md §1.2,
 * §1.4). Each reader takes its own object's fields only: an edit modal of another object (`sfdc:RecordField.Task.Subject`)
 * can be mounted in the same page.
 */
const SELECTION_NAME_ATTRIBUTE = 'data-target-selection-name';
const RECORD_FIELD = /^sfdc:RecordField\.(\w+)\.(\w+)$/;

/** One rendered layout item: its label, the field it names (`{ object: 'Account', field: 'Segment__c' }`) if any, and its value. */
export interface LayoutField {
  label: string;
  selection: { object: string; field: string } | null;
  /** The value as displayed ('' for an empty field). */
  value: string;
  /** The value container, for values that are more than text (a lookup's link). */
  valueEl: Element;
}

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
    const apiName = field.selection?.object === 'Account' ? field.selection.field : null;
    if (apiName !== null && !names.has(apiName)) names.set(apiName, field.value);
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

/**
 * One layout item (SF_LAYOUT_ITEM) of any record page, or null while it has not rendered. Shared by the account and
 * Case readers (./read-case.ts): which object's fields to take is the caller's choice, by `selection.object`.
 * @example readLayoutItem(item) // { label: 'Segment', selection: { object: 'Account', field: 'Segment__c' }, value: 'Enterprise', valueEl }
 */
export function readLayoutItem(item: Element): LayoutField | null {
  const labelEl = deepQueryFirst(item, SF_FIELD_LABEL);
  const label = (labelEl ? visibleText(labelEl) : '') || (item.getAttribute(FIELD_LABEL_ATTRIBUTE) ?? '').trim();
  if (!label) return null;

  // A missing value container means the item has not rendered; an empty one is an empty field ('').
  const valueEl = deepQueryFirst(item, SF_FIELD_VALUE);
  if (!valueEl) return null;
  return { label, selection: fieldSelection(item), value: readValue(valueEl), valueEl };
}

/** On the host in some builds, on the inner `div.slds-grid[role=listitem]` in the real capture (notes §1.2); absent on others. */
function fieldSelection(item: Element): { object: string; field: string } | null {
  const holder = item.matches(SF_FIELD_API_NAME.join(', ')) ? item : deepQueryFirst(item, SF_FIELD_API_NAME);
  const match = RECORD_FIELD.exec(holder?.getAttribute(SELECTION_NAME_ATTRIBUTE) ?? '');
  return match ? { object: match[1]!, field: match[2]! } : null;
}

/**
 * A value container's value: checkbox fields render a checkbox (or an image) and no text, read as 'true'/'false';
 * everything else is the displayed text without the inline-edit and screen-reader noise (SF_VALUE_NOISE).
 */
export function readValue(valueEl: Element): string {
  const checkbox = deepQueryFirst(valueEl, SF_CHECKBOX_VALUE);
  if (checkbox) return controlValue(checkbox) ?? (checkbox.getAttribute('alt') ?? '').trim().toLowerCase();
  return visibleText(valueEl, { skip: VALUE_NOISE });
}

/** The record's name in the (first) highlights panel of `scope`: its title, e.g. `Acme Corp`, or a Case's number. */
export function readRecordName(scope: ParentNode): string | null {
  const panel = deepQueryFirst(scope, SF_HIGHLIGHTS_PANEL);
  const title = panel ? deepQueryFirst(panel, SF_RECORD_TITLE) : null;
  const name = title ? visibleText(title, { skip: VALUE_NOISE }) : '';
  return name || null;
}
