/**
 * Reads the rows of a Salesforce Case list (a list view, an account's Cases related list): each `lightning-datatable`
 * row whose key is a Case id, with the Case as the row shows it and where its badge goes. Columns are found by their
 * label, as the ticket field mapping names them (./defaults.ts; a list prints no API names, so an org in another
 * language needs its labels there), on the cells (`data-label`) and in the header, so the list view's column order
 * and choice do not matter; a column the SLA needs and the list view does not show is reported in `missing`, by the
 * mapping's label. Pure DOM reading.
 */
import { deepQueryFirst, lightThenDeep } from '../dom/deep-query';
import { squash } from '../../parse/result';
import { TICKET_FIELDS, type TicketField, type TicketFieldMapping } from '../../parse/ticket-fields';
import type { PageMatch, TicketRow } from '../page-data';
import { CASE_ID, caseAccount, caseFieldMapping, missingCaseFields, textOrNull } from './case-fields';
import { SF_ACTIVE_PAGE, SF_LIST_CELL_VALUE, SF_LIST_CELL, SF_LIST_CELL_CONTENT, SF_LIST_HEADER_TITLE, SF_LIST_ROW, SF_LIST_TABLE } from './selectors';

const CELL = SF_LIST_CELL.join(', ');
/** The row's record id (the datatable's key field), a Case id in a Case list. */
const ROW_KEY_ATTRIBUTE = 'data-row-key-value';
const CELL_LABEL_ATTRIBUTE = 'data-label';
/** Header label (squashed) → position among the row's cells, per table. */
type Columns = ReadonlyMap<string, number>;
/** Each field's entries, squashed once per read: the labels its column may carry. */
type ColumnKeys = ReadonlyArray<readonly [TicketField, readonly string[]]>;

/**
 * The Case rows on a Case list page, in table order, leaving out those `skip` names and rows not rendered yet (no
 * cells). Only the shown page's lists (SF_ACTIVE_PAGE; the whole page where no page host is marked): Lightning keeps the
 * pages an agent left mounted but hidden, and their rows are not read. Rows are searched inside each
 * `lightning-datatable` (light DOM first, then its open shadow root), or in the page where no datatable element is
 * found. `mapping`: the ticket field mapping in force
 * (absent: SALESFORCE_TICKET_FIELDS).
 * @example readSalesforceCaseRows(document, { tool: 'salesforce', kind: 'ticket-list', recordId: null })[0].ticket.label // '00001026'
 */
export function readSalesforceCaseRows(root: ParentNode, page: PageMatch, skip?: (row: Element) => boolean, mapping?: TicketFieldMapping): TicketRow<'salesforce'>[] {
  if (page.tool !== 'salesforce' || page.kind !== 'ticket-list') return [];
  const fields = caseFieldMapping(mapping);
  const keys: ColumnKeys = TICKET_FIELDS.map((field) => [field, (fields[field] ?? []).map(squash).filter(Boolean)] as const);
  // Every row repeats the same few column labels: each is squashed once per read.
  const squashed = new Map<string, string>();
  const labelKey = (label: string): string => {
    let key = squashed.get(label);
    if (key === undefined) squashed.set(label, (key = squash(label)));
    return key;
  };
  const read: ReadContext = { fields, keys, labelKey };
  // The shown page only: Lightning keeps the pages an agent navigated away from mounted but hidden beside it
  // (SF_ACTIVE_PAGE), and a hidden list of 1,000 cases would be read, fetched and badged for nothing.
  // Light DOM first (lightThenDeep): this runs at every change of a page of a thousand rows, and a walk into every
  // shadow tree visits every element of it; Lightning's list views are light DOM (synthetic shadow, notes §1.5).
  const scope = lightThenDeep(root, SF_ACTIVE_PAGE)[0] ?? root;
  const tables = lightThenDeep(scope, SF_LIST_TABLE);
  const seen = new Set<Element>();
  const columns = new Map<Element, Columns>();
  const rows: TicketRow<'salesforce'>[] = [];
  for (const container of tables.length > 0 ? tables : [scope]) {
    for (const row of lightThenDeep(container, SF_LIST_ROW)) {
      if (seen.has(row)) continue; // a datatable nested in another's cell is searched twice
      seen.add(row);
      if (skip?.(row)) continue;
      const found = readRow(row, columns, read);
      if (found) rows.push(found);
    }
  }
  return rows;
}

/**
 * The open shadow roots of the page's datatables (the native-shadow variant, where the rows live in the datatable's
 * shadow root): the badges observe them for rows, which a document-wide MutationObserver does not see.
 */
export function salesforceRowRoots(root: ParentNode): ShadowRoot[] {
  return lightThenDeep(root, SF_LIST_TABLE).flatMap((table) => (table.shadowRoot ? [table.shadowRoot] : []));
}

interface ReadContext {
  fields: TicketFieldMapping;
  keys: ColumnKeys;
  labelKey: (label: string) => string;
}

function readRow(row: Element, columns: Map<Element, Columns>, { fields, keys, labelKey }: ReadContext): TicketRow<'salesforce'> | null {
  const ticketId = (row.getAttribute(ROW_KEY_ATTRIBUTE) ?? '').trim();
  if (!CASE_ID.test(ticketId)) return null; // not a Case row (a list of another object, a placeholder row)
  const cells = Array.from(row.children).filter((cell) => cell.localName === 'th' || cell.localName === 'td');
  if (cells.length === 0) return null;

  const found = rowCells(cells, columnsOf(row, columns), keys, labelKey);
  const cell = (field: TicketField): Element | null => found.get(field) ?? null;
  // A cell's value without its inline-edit button (light DOM first: one native query).
  const value = (field: TicketField): Element | null => {
    const c = cell(field);
    return c && (c.querySelector(SF_LIST_CELL_VALUE[0]) ?? c);
  };
  const subject = cell('subject');
  // The badge goes before the subject (as in Zendesk's subject cell); without that column, in the row header, which
  // shows the record's name (the Case Number in a Case list view).
  const place = subject ?? cells.find((c) => c.localName === 'th') ?? cell('number') ?? cells.find((c) => c.matches(CELL));
  if (!place) return null;

  return {
    row,
    ticketId,
    anchor: lightThenDeep(place, SF_LIST_CELL_CONTENT)[0] ?? place,
    ticket: {
      tool: 'salesforce',
      ticketId,
      label: textOrNull(value('number')),
      subject: textOrNull(subject && (subject.querySelector(SF_LIST_CELL_VALUE[0]) ?? subject)),
      priority: textOrNull(value('priority')),
      status: textOrNull(value('status')),
      opened: textOrNull(value('opened')),
      // A list has no page URL at hand: the link's own document base (the page's URL in a browser) gives the origin.
      account: caseAccount(cell('account'), row.baseURI ?? null),
      entitlement: textOrNull(value('entitlement')),
      toolDue: [],
      missing: missingCaseFields(fields, (field) => found.has(field)),
    },
  };
}

/**
 * Each field's cell in the row: the column labelled by the field's first entry that labels one, by the cell's own
 * `data-label`, else by the header's position. Labels compare squashed (`keys`), so case and punctuation do not matter.
 */
function rowCells(cells: readonly Element[], header: Columns, keys: ColumnKeys, labelKey: (label: string) => string): Map<TicketField, Element> {
  const labelled = new Map<string, Element>();
  for (const c of cells) {
    const label = c.getAttribute(CELL_LABEL_ATTRIBUTE);
    if (label === null || !c.matches(CELL)) continue;
    const key = labelKey(label);
    if (key && !labelled.has(key)) labelled.set(key, c);
  }
  const found = new Map<TicketField, Element>();
  for (const [field, labels] of keys) {
    for (const key of labels) {
      const index = header.get(key);
      const c = labelled.get(key) ?? (index === undefined ? undefined : cells[index]);
      if (c) {
        found.set(field, c);
        break;
      }
    }
  }
  return found;
}

/**
 * The header's labels (squashed) by position among the header row's cells, which line up with each body row's cells (the
 * checkbox and action columns have a header cell too). Read once per table and call.
 */
function columnsOf(row: Element, memo: Map<Element, Columns>): Columns {
  const table = row.closest('table');
  if (!table) return new Map();
  let columns = memo.get(table);
  if (columns) return columns;
  const found = new Map<string, number>();
  const headerCells = Array.from(table.querySelector('thead tr')?.children ?? []);
  headerCells.forEach((th, index) => {
    const title = squash(deepQueryFirst(th, SF_LIST_HEADER_TITLE)?.getAttribute('title') ?? '');
    if (title && !found.has(title)) found.set(title, index);
  });
  memo.set(table, (columns = found));
  return columns;
}
