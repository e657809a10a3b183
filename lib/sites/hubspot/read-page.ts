/**
 * Reads a HubSpot company record page into a RawRecord: each property of the record's property cards by its
 * INTERNAL NAME (`segment`: the same in every portal language) into `names`, and by its visible LABEL into
 * `fields`, value as displayed. Rows, labels and values are found through test hooks only (./selectors.ts).
 */
import { deepQueryAlternatives, deepQueryFirst } from '../dom/deep-query';
import { controlValue, visibleText } from '../dom/dom-text';
import {
  HS_ALL_PROPERTIES_ROW,
  HS_LEGACY_PROPERTY_ROW,
  HS_LOADING,
  HS_PROPERTY_LABEL,
  HS_PROPERTY_ROW,
  HS_PROPERTY_VALUE,
  HS_RECORD_SIDEBAR,
  HS_RECORD_TITLE,
  HS_VALUE_NOISE,
} from './selectors';
import type { PageMatch, RawRecord } from '../page-data';

/** What HubSpot displays for a property with no value (display mode). */
const EMPTY_PLACEHOLDER = '--';
const PANEL_ROW_PREFIX = 'property-input-';
const VALUE_NOISE = HS_VALUE_NOISE.join(', ');
const LABEL_AND_NOISE = [...HS_PROPERTY_LABEL, ...HS_VALUE_NOISE].join(', ');

/** Where each kind of row is and which attribute names its property (real-markup-notes.md §3.2, §3.3). */
const ROW_KINDS: ReadonlyArray<{ rows: readonly string[]; inSidebar: boolean; name: (row: Element) => string | null }> = [
  { rows: HS_PROPERTY_ROW, inSidebar: true, name: (row) => row.getAttribute('data-test-id') },
  // Searched on the whole page: the panel is a flyout, likely outside the left sidebar (my reading of notes §3.3).
  { rows: HS_ALL_PROPERTIES_ROW, inSidebar: false, name: (row) => row.getAttribute('data-test-id')?.slice(PANEL_ROW_PREFIX.length) ?? null },
  { rows: HS_LEGACY_PROPERTY_ROW, inSidebar: true, name: (row) => row.getAttribute('data-profile-property') },
];

/**
 * The company shown on `root`, or null when `page` is not a HubSpot company record or no property has rendered yet
 * (the cards load after the page, row by row; callers retry on DOM mutations). A row whose value has not rendered is
 * left out, never read as empty. Sidebar cards are read first, then the "View all properties" panel when it is open;
 * the first property with a given internal name, or label, wins.
 * @example readHubspotCompany(document, matchPage(url)!, url)?.names?.segment // 'Enterprise'
 */
export function readHubspotCompany(root: ParentNode, page: PageMatch, url: URL): RawRecord<'hubspot'> | null {
  if (page.tool !== 'hubspot' || page.kind !== 'account' || page.recordId === null) return null;

  // The left sidebar only: association cards in the right sidebar show other records.
  const sidebar: ParentNode = deepQueryFirst(root, HS_RECORD_SIDEBAR) ?? root;
  const fields = new Map<string, string>();
  const names = new Map<string, string>();
  for (const kind of ROW_KINDS) {
    for (const row of deepQueryAlternatives(kind.inSidebar ? sidebar : root, kind.rows)) {
      const read = readRow(row);
      if (!read) continue;
      const name = kind.name(row);
      if (name && !names.has(name)) names.set(name, read.value);
      if (read.label && !fields.has(read.label)) fields.set(read.label, read.value);
    }
  }
  if (fields.size === 0 && names.size === 0) return null;

  // The record's own strip first, in case a record preview opened over the page carries the same hooks (a guess).
  const title = deepQueryFirst(sidebar, HS_RECORD_TITLE) ?? deepQueryFirst(root, HS_RECORD_TITLE);
  return {
    tool: 'hubspot',
    kind: 'account',
    recordId: page.recordId,
    url: url.href,
    name: (title ? visibleText(title) : '') || null,
    fields: Object.fromEntries(fields),
    names: Object.fromEntries(names),
  };
}

/** A row's label ('' when it shows none) and value; null while the value has not rendered. */
function readRow(row: Element): { label: string; value: string } | null {
  if (deepQueryFirst(row, HS_LOADING)) return null;
  const value = rowValue(row);
  if (value === null) return null;
  const label = deepQueryFirst(row, HS_PROPERTY_LABEL);
  return { label: label ? visibleText(label) : '', value };
}

/**
 * The value node's control value or text (an enum's badge without its caret); for rows without one (owner fields),
 * the row's text without its label. HubSpot shows an empty property as `--`, so a row with no text at all is one
 * whose value has not rendered yet (null), while `--` is the empty value ('').
 */
function rowValue(row: Element): string | null {
  const valueNode = deepQueryFirst(row, HS_PROPERTY_VALUE);
  const control = valueNode ? controlValue(valueNode) : null;
  if (control !== null) return control;
  const text = valueNode ? visibleText(valueNode, { skip: VALUE_NOISE }) : visibleText(row, { skip: LABEL_AND_NOISE });
  if (text === '') return null;
  return text === EMPTY_PLACEHOLDER ? '' : text;
}
