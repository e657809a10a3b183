import { quote } from '../parse/result';
import type { DirectoryColumn } from './columns';

/** One value of a row, with the label it had in the file (what the admin searches for when fixing it). */
export interface Cell {
  label: string;
  value: unknown;
}
export type Cells = Partial<Record<DirectoryColumn, Cell>>;

/** Why a row was skipped: its 1-based data row number, the field as labelled in the file, the raw value. */
export interface RowProblem {
  row: number;
  field: string;
  value: string;
  message: string;
}

/**
 * A file read into rows of labelled cells, before any value is interpreted. A row with a `problem` is skipped;
 * `problem: null` means it is skipped for a reason already given once for the whole file.
 */
export interface SourceRows {
  rows: Array<{ row: number; cells: Cells } | { row: number; problem: RowProblem | null }>;
  /** Something wrong with the file as a whole (reported as row 0). */
  fileProblems: RowProblem[];
  warnings: string[];
}

/** A raw value for a problem report: text as is, anything else as short JSON; at most 60 characters. */
export const show = (raw: unknown): string => quote(raw).slice(1, -1);

export const fileProblem = (message: string, value = ''): RowProblem => ({ row: 0, field: '', value, message });
