import type { DateOrder } from '../parse/date';
import { packageIndex, type PackageName } from '../parse/packages';
import { quote } from '../parse/result';
import { csvRows } from './csv-rows';
import type { DirectoryEntry } from './entry';
import { jsonRows } from './json-rows';
import { readRow } from './read-row';
import type { RowProblem } from './source-rows';

export type { RowProblem } from './source-rows';

export interface DirectoryImportOptions {
  format?: 'json' | 'csv' | 'auto';
  source: 'url' | 'import';
  /** Stamped on every entry as `updatedAt` (epoch ms). */
  now: number;
  /** The active policy's packages: names are checked against it, unknown ones only warn. */
  catalogue: readonly PackageName[];
  /** How to read slashed dates such as 03/11/2026 (default `MDY`, as Salesforce and HubSpot export in en-US). */
  dateOrder?: DateOrder;
}

export interface DirectoryImport {
  /** One per key; a later row replaces an earlier one with the same key. */
  entries: DirectoryEntry[];
  /** Data rows read (including rows later replaced by a duplicate); `imported + skipped` is every data row. */
  imported: number;
  skipped: number;
  /** The first 20 reasons rows were skipped (a warning says how many more there were); row 0 is the file itself. */
  problems: RowProblem[];
  warnings: string[];
}

const MAX_PROBLEMS = 20;
const MAX_DUPLICATE_WARNINGS = 20;

/**
 * Reads a directory file (JSON array or CSV with a header row) into entries. Pure and total: never throws,
 * never guesses a value. A row is skipped when its name is blank or any present value cannot be read;
 * unknown package names only warn, since the file may come from a vendor with another catalogue.
 * @example parseDirectoryText('Name,Segment\nInitech,MM', { source: 'import', now, catalogue }).imported // 1
 */
export function parseDirectoryText(text: string, options: DirectoryImportOptions): DirectoryImport {
  const format = options.format === 'json' || options.format === 'csv' ? options.format : sniff(text);
  const source = format === 'json' ? jsonRows(text) : csvRows(text);
  const context = {
    source: options.source,
    now: options.now,
    catalogue: options.catalogue,
    packages: packageIndex(options.catalogue),
    dateOrder: options.dateOrder ?? 'MDY',
  };

  const problems: RowProblem[] = [...source.fileProblems];
  let problemCount = problems.length;
  const note = (problem: RowProblem) => {
    problemCount++;
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const byKey = new Map<string, { entry: DirectoryEntry; row: number }>();
  const duplicates: string[] = [];
  const unknownPackages = new Map<string, { rows: number; first: number }>();
  let crmIncomplete = 0;
  let imported = 0;
  let skipped = 0;

  for (const item of source.rows) {
    if (!('cells' in item)) {
      skipped++;
      if (item.problem) note(item.problem);
      continue;
    }
    const result = readRow(item.row, item.cells, context);
    if (!result.ok) {
      skipped++;
      result.problems.forEach(note);
      continue;
    }
    imported++;
    const { entry } = result;
    const earlier = byKey.get(entry.key);
    if (earlier) {
      duplicates.push(`row ${item.row} replaces row ${earlier.row} (both are ${quote(entry.key)})`);
      // Delete first so the entry takes the later row's place in the order.
      byKey.delete(entry.key);
    }
    byKey.set(entry.key, { entry, row: item.row });
    for (const name of new Set(result.unknownPackages)) {
      const seen = unknownPackages.get(name);
      if (seen) seen.rows++;
      else unknownPackages.set(name, { rows: 1, first: item.row });
    }
    if (result.crmIncomplete) crmIncomplete++;
  }

  const warnings = [...source.warnings];
  for (const [name, { rows, first }] of unknownPackages) {
    warnings.push(`Packages: unknown package ${quote(name)} (in ${rows} row${rows === 1 ? '' : 's'}, first row ${first}); kept as given`);
  }
  if (crmIncomplete > 0) {
    warnings.push(`${crmIncomplete} row${crmIncomplete === 1 ? ' has' : 's have'} a CRM tool or record id but not both; keyed by domain or name instead`);
  }
  warnings.push(...duplicates.slice(0, MAX_DUPLICATE_WARNINGS));
  if (duplicates.length > MAX_DUPLICATE_WARNINGS) warnings.push(`…and ${duplicates.length - MAX_DUPLICATE_WARNINGS} more duplicate rows replaced earlier ones`);
  if (problemCount > problems.length) warnings.push(`${problemCount - problems.length} more problems not listed (only the first ${MAX_PROBLEMS} are kept)`);

  return { entries: [...byKey.values()].map((v) => v.entry), imported, skipped, problems, warnings };
}

/** `[` (or `{`, to report "expected an array" rather than CSV nonsense) starts JSON; anything else is CSV. */
function sniff(text: string): 'json' | 'csv' {
  const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)?.[0];
  return first === '[' || first === '{' ? 'json' : 'csv';
}
