import { quote } from '../parse/result';
import { columnFor, NAME_LABELS, type DirectoryColumn } from './columns';
import { parseCsv } from './csv';
import { fileProblem, show, type Cells, type RowProblem, type SourceRows } from './source-rows';

/**
 * Reads CSV text with a header row into labelled rows. Row numbers count data records after the header
 * (blank lines included, so row N is spreadsheet line N + 1 when no field spans lines). A record with a
 * different number of fields than the header is skipped: a shifted column must never feed the wrong attribute.
 * @example csvRows('Account Name,ARR\nInitech,$250k').rows[0] // { row: 1, cells: { name: …, arr: … } }
 */
export function csvRows(text: string): SourceRows {
  const { records, unterminated } = parseCsv(text);
  const [header, ...data] = records;
  if (!header || (header.length === 1 && header[0]!.trim() === '')) {
    return { rows: [], fileProblems: [fileProblem('the file is empty: expected a header row naming the columns')], warnings: [] };
  }

  const warnings: string[] = [];
  const columns: Array<DirectoryColumn | null> = header.map((label, index) => {
    const column = columnFor(label);
    if (!column) {
      warnings.push(label.trim() ? `Unknown column ${quote(label)} ignored` : `Column ${index + 1} has no header and is ignored`);
      return null;
    }
    const first = header.findIndex((other) => columnFor(other) === column);
    if (first !== index) {
      warnings.push(`Column ${quote(label)} also gives ${column}; using ${quote(header[first]!)}`);
      return null;
    }
    return column;
  });

  const rows: SourceRows['rows'] = [];
  const fileProblems: RowProblem[] = [];
  const hasName = columns.includes('name');
  if (!hasName) {
    fileProblems.push(fileProblem(`no column holds the account name (expected one of ${NAME_LABELS.map((l) => quote(l)).join(', ')})`, header.join(',')));
  }
  data.forEach((fields, index) => {
    const row = index + 1;
    // A blank line is not a row, except in a one-column file where it is an empty value.
    if (fields.length === 1 && fields[0] === '' && header.length > 1) return;
    if (!hasName) return void rows.push({ row, problem: null });
    if (unterminated && index === data.length - 1) {
      return void rows.push({ row, problem: { row, field: '', value: show(fields.join(',')), message: `row ${row}: a quoted field is never closed` } });
    }
    if (fields.length !== header.length) {
      const message = `row ${row}: expected ${header.length} columns, got ${fields.length}`;
      return void rows.push({ row, problem: { row, field: '', value: show(fields.join(',')), message } });
    }
    const cells: Cells = {};
    columns.forEach((column, i) => {
      if (column) cells[column] = { label: header[i]!, value: fields[i] };
    });
    rows.push({ row, cells });
  });
  return { rows, fileProblems, warnings };
}
