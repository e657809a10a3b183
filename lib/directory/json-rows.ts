import { quote, squash } from '../parse/result';
import { columnFor, type DirectoryColumn } from './columns';
import { fileProblem, show, type Cells, type SourceRows } from './source-rows';

// The nested `Account` shape (as `parseAccount` accepts it) and the `DirectoryEntry` shape (`crm`, `fields`),
// so a file of canonical accounts or an exported directory imports as is. Keys compare squashed, like labels.
const NESTED: Record<string, Record<string, DirectoryColumn> | 'any column'> = {
  infrastructure: { kubernetes: 'kubernetes', externalservices: 'externalServices' },
  implementation: { start: 'implementationStart', end: 'implementationEnd', exempt: 'implementationExempt' },
  crm: { tool: 'crmTool', recordid: 'crmId', id: 'crmId', url: 'crmUrl' },
  fields: 'any column',
};
// An exported entry's bookkeeping, recomputed on import rather than warned about.
const ENTRY_BOOKKEEPING = new Set(['key', 'source', 'updatedat']);

/**
 * Reads a JSON array of account objects into labelled rows. Never throws: unparseable JSON or a top-level
 * value that is not an array is one file problem.
 * @example jsonRows('[{"Account Name":"Initech"}]').rows[0] // { row: 1, cells: { name: { label: 'Account Name', value: 'Initech' } } }
 */
export function jsonRows(text: string): SourceRows {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { rows: [], fileProblems: [fileProblem(`not valid JSON: ${(error as Error).message}`)], warnings: [] };
  }
  if (!Array.isArray(data)) {
    const kind = data === null ? 'null' : typeof data === 'object' ? 'an object' : `a ${typeof data}`;
    return { rows: [], fileProblems: [fileProblem(`expected a JSON array of accounts, got ${kind}`, show(data))], warnings: [] };
  }

  const unknownKeys = new Map<string, number>();
  const rows: SourceRows['rows'] = data.map((item: unknown, index) => {
    const row = index + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return { row, problem: { row, field: '', value: show(item), message: `row ${row}: expected an object, got ${quote(item)}` } };
    }
    return { row, cells: cellsOf(item as Record<string, unknown>, unknownKeys) };
  });
  const warnings = [...unknownKeys].map(([key, count]) => `Unknown key ${quote(key)} ignored (in ${count} row${count === 1 ? '' : 's'})`);
  return { rows, fileProblems: [], warnings };
}

function cellsOf(item: Record<string, unknown>, unknownKeys: Map<string, number>): Cells {
  const flat: Cells = {};
  const nested: Cells = {};
  for (const [key, value] of Object.entries(item)) {
    // Own keys only: a key such as 'constructor' must not find Object.prototype's.
    const inner = Object.hasOwn(NESTED, squash(key)) ? NESTED[squash(key)] : undefined;
    if (inner && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [subKey, subValue] of Object.entries(value as Record<string, unknown>)) {
        const column = inner === 'any column' ? columnFor(subKey) : Object.hasOwn(inner, squash(subKey)) ? inner[squash(subKey)] : undefined;
        if (column) nested[column] ??= { label: `${key}.${subKey}`, value: subValue };
        else unknownKeys.set(`${key}.${subKey}`, (unknownKeys.get(`${key}.${subKey}`) ?? 0) + 1);
      }
      continue;
    }
    if (ENTRY_BOOKKEEPING.has(squash(key))) continue;
    const column = columnFor(key);
    // The first key wins when two spell the same attribute ("name" and "Account Name").
    if (column) flat[column] ??= { label: key, value };
    else unknownKeys.set(key, (unknownKeys.get(key) ?? 0) + 1);
  }
  // Flat keys win over the nested shape, as in `parseAccount`.
  return { ...nested, ...flat };
}
