/**
 * The property rows of a HubSpot record page (a company, a ticket): each rendered property by its INTERNAL NAME (the
 * same in every portal language) and by its visible LABEL, value as displayed. Rows, labels and values are found
 * through test hooks only (./selectors.ts); a row whose value has not rendered is pending, never read as empty.
 */
import { deepQueryAlternatives, deepQueryFirst } from '../dom/deep-query';
import { controlValue, visibleText } from '../dom/dom-text';
import { HS_ALL_PROPERTIES_ROW, HS_LEGACY_PROPERTY_ROW, HS_LOADING, HS_PROPERTY_LABEL, HS_PROPERTY_ROW, HS_PROPERTY_VALUE, HS_RECORD_SIDEBAR, HS_VALUE_NOISE } from './selectors';

/** What HubSpot displays for a property with no value (display mode). */
const EMPTY_PLACEHOLDER = '--';
const PANEL_ROW_PREFIX = 'property-input-';
/** Parts of a value (or a link) that are not its text: an enum's caret, decorative icons. */
export const VALUE_NOISE = HS_VALUE_NOISE.join(', ');
const LABEL_AND_NOISE = [...HS_PROPERTY_LABEL, ...HS_VALUE_NOISE].join(', ');

/** Where each kind of row is and which attribute names its property (real-markup-notes.md §3.2, §3.3). */
const ROW_KINDS: ReadonlyArray<{ rows: readonly string[]; inSidebar: boolean; name: (row: Element) => string | null }> = [
  { rows: HS_PROPERTY_ROW, inSidebar: true, name: (row) => row.getAttribute('data-test-id') },
  // Searched on the whole page: the panel is a flyout, likely outside the left sidebar (my reading of notes §3.3).
  { rows: HS_ALL_PROPERTIES_ROW, inSidebar: false, name: (row) => row.getAttribute('data-test-id')?.slice(PANEL_ROW_PREFIX.length) ?? null },
  { rows: HS_LEGACY_PROPERTY_ROW, inSidebar: true, name: (row) => row.getAttribute('data-profile-property') },
];

export interface RecordProperties {
  /** Internal name → displayed value (`''` for HubSpot's `--`): the first rendered row of a name wins. */
  names: Map<string, string>;
  /** Visible label → displayed value: the first rendered row of a label wins. */
  fields: Map<string, string>;
  /** Internal names of rows on the page whose value has not rendered yet (and no rendered row of that name). */
  pending: Set<string>;
}

/**
 * The left sidebar of the record (its highlights strip and property cards), or `root` on a page without the record
 * layout. Association cards elsewhere show other records, so a record's own properties are read here.
 */
export function recordSidebar(root: ParentNode): ParentNode {
  return deepQueryFirst(root, HS_RECORD_SIDEBAR) ?? root;
}

/**
 * The properties of the record's property cards (in `sidebar`), then of the "View all properties" panel when it is
 * open (anywhere on `root`), then of the older sidebar form.
 * @example readRecordProperties(document).names.get('segment') // 'Enterprise'
 */
export function readRecordProperties(root: ParentNode, sidebar: ParentNode = recordSidebar(root)): RecordProperties {
  const names = new Map<string, string>();
  const fields = new Map<string, string>();
  const pending = new Set<string>();
  for (const kind of ROW_KINDS) {
    for (const row of deepQueryAlternatives(kind.inSidebar ? sidebar : root, kind.rows)) {
      const name = kind.name(row);
      const read = readRow(row);
      if (!read) {
        if (name) pending.add(name);
        continue;
      }
      if (name && !names.has(name)) names.set(name, read.value);
      if (read.label && !fields.has(read.label)) fields.set(read.label, read.value);
    }
  }
  for (const name of names.keys()) pending.delete(name);
  return { names, fields, pending };
}

/**
 * The value a value node displays: its control's value, else its text without an enum's caret; `''` for HubSpot's
 * `--` (an empty property); null for no text at all, which is a value that has not rendered yet.
 * @example displayedValue(strip.querySelector('[data-test-id="highlight-property-display-hs_pipeline_stage"]')!) // 'New'
 */
export function displayedValue(node: Element): string | null {
  const control = controlValue(node);
  if (control !== null) return control;
  return shown(visibleText(node, { skip: VALUE_NOISE }));
}

/** A row's label ('' when it shows none) and value; null while the value has not rendered. */
function readRow(row: Element): { label: string; value: string } | null {
  if (deepQueryFirst(row, HS_LOADING)) return null;
  const value = rowValue(row);
  if (value === null) return null;
  const label = deepQueryFirst(row, HS_PROPERTY_LABEL);
  return { label: label ? visibleText(label) : '', value };
}

/** The value node's displayed value; for rows without one (owner fields), the row's text without its label. */
function rowValue(row: Element): string | null {
  const valueNode = deepQueryFirst(row, HS_PROPERTY_VALUE);
  return valueNode ? displayedValue(valueNode) : shown(visibleText(row, { skip: LABEL_AND_NOISE }));
}

/** HubSpot shows an empty property as `--`, so text that is empty altogether is a value that has not rendered. */
function shown(text: string): string | null {
  if (text === '') return null;
  return text === EMPTY_PLACEHOLDER ? '' : text;
}
