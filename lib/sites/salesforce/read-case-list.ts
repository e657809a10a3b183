/**
 * Reads the rows of a Salesforce Case list (a list view, an account's Cases related list): each `lightning-datatable`
 * row whose key is a Case id, with the Case as the row shows it and where its badge goes. Columns are found by their
 * label, on the cells (`data-label`) and in the header, so the list view's column order and choice do not matter; a
 * column the SLA needs and the list view does not show is reported in `missing`. Pure DOM reading.
 */
import { deepQueryAlternatives, deepQueryFirst } from '../dom/deep-query';
import type { PageMatch, TicketRow } from '../page-data';
import { CASE_FIELDS, CASE_ID, SLA_NEEDS, caseAccount, textOrNull, type CaseField } from './case-fields';
import { SF_LIST_CELL, SF_LIST_CELL_CONTENT, SF_LIST_HEADER_TITLE, SF_LIST_ROW, SF_LIST_TABLE } from './selectors';

const CELL = SF_LIST_CELL.join(', ');
/** The row's record id (the datatable's key field), a Case id in a Case list. */
const ROW_KEY_ATTRIBUTE = 'data-row-key-value';
const CELL_LABEL_ATTRIBUTE = 'data-label';
/** Header label → position among the row's cells, per table. */
type Columns = ReadonlyMap<string, number>;

/**
 * The Case rows on a Case list page, in table order, leaving out those `skip` names and rows not rendered yet (no
 * cells). Rows are searched inside each `lightning-datatable` and its open shadow root (deep-query), or in the whole
 * page where no datatable element is found. Rows of a hidden, cached list are read too: each is its own Case, so no
 * row can show another's SLA, and a badge in a hidden list is not seen.
 * @example readSalesforceCaseRows(document, { tool: 'salesforce', kind: 'ticket-list', recordId: null })[0].ticket.label // '00001026'
 */
export function readSalesforceCaseRows(root: ParentNode, page: PageMatch, skip?: (row: Element) => boolean): TicketRow<'salesforce'>[] {
  if (page.tool !== 'salesforce' || page.kind !== 'ticket-list') return [];
  const tables = deepQueryAlternatives(root, SF_LIST_TABLE);
  const seen = new Set<Element>();
  const columns = new Map<Element, Columns>();
  const rows: TicketRow<'salesforce'>[] = [];
  for (const container of tables.length > 0 ? tables : [root]) {
    for (const row of deepQueryAlternatives(container, SF_LIST_ROW)) {
      if (seen.has(row)) continue; // a datatable nested in another's cell is searched twice
      seen.add(row);
      if (skip?.(row)) continue;
      const read = readRow(row, columns);
      if (read) rows.push(read);
    }
  }
  return rows;
}

/**
 * The open shadow roots of the page's datatables (the native-shadow variant, where the rows live in the datatable's
 * shadow root): the badges observe them for rows, which a document-wide MutationObserver does not see.
 */
export function salesforceRowRoots(root: ParentNode): ShadowRoot[] {
  return deepQueryAlternatives(root, SF_LIST_TABLE).flatMap((table) => (table.shadowRoot ? [table.shadowRoot] : []));
}

function readRow(row: Element, columns: Map<Element, Columns>): TicketRow<'salesforce'> | null {
  const ticketId = (row.getAttribute(ROW_KEY_ATTRIBUTE) ?? '').trim();
  if (!CASE_ID.test(ticketId)) return null; // not a Case row (a list of another object, a placeholder row)
  const cells = Array.from(row.children).filter((cell) => cell.localName === 'th' || cell.localName === 'td');
  if (cells.length === 0) return null;

  const header = columnsOf(row, columns);
  const cell = (field: CaseField): Element | null => cellOf(cells, header, CASE_FIELDS[field]);
  const subject = cell('Subject');
  // The badge goes before the subject (as in Zendesk's subject cell); without that column, in the row header, which
  // shows the record's name (the Case Number in a Case list view).
  const place = subject ?? cells.find((c) => c.localName === 'th') ?? cell('CaseNumber') ?? cells.find((c) => c.matches(CELL));
  if (!place) return null;

  return {
    row,
    ticketId,
    anchor: deepQueryFirst(place, SF_LIST_CELL_CONTENT) ?? place,
    ticket: {
      tool: 'salesforce',
      ticketId,
      label: textOrNull(cell('CaseNumber')),
      subject: textOrNull(subject),
      priority: textOrNull(cell('Priority')),
      status: textOrNull(cell('Status')),
      opened: textOrNull(cell('CreatedDate')),
      // A list has no page URL at hand: the link's own document base (the page's URL in a browser) gives the origin.
      account: caseAccount(cell('AccountId'), row.baseURI ?? null),
      entitlement: textOrNull(cell('EntitlementId')),
      toolDue: [],
      missing: SLA_NEEDS.filter((field) => cell(field) === null).map((field) => CASE_FIELDS[field]),
    },
  };
}

/** The cell of the column labelled `label`: by the cell's own `data-label`, else by the header's position. */
function cellOf(cells: readonly Element[], header: Columns, label: string): Element | null {
  const labelled = cells.find((c) => c.matches(CELL) && c.getAttribute(CELL_LABEL_ATTRIBUTE) === label);
  if (labelled) return labelled;
  const index = header.get(label);
  return index === undefined ? null : (cells[index] ?? null);
}

/**
 * The header's labels by position among the header row's cells, which line up with each body row's cells (the
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
    const title = (deepQueryFirst(th, SF_LIST_HEADER_TITLE)?.getAttribute('title') ?? '').trim();
    if (title && !found.has(title)) found.set(title, index);
  });
  memo.set(table, (columns = found));
  return columns;
}
