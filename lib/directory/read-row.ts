import { z } from '../domain/zod';
import { CustomTarget } from '../domain/account';
import type { AccountAttribute, RawAccountFields } from '../parse/account';
import { parseArr } from '../parse/arr';
import { parseBoolean } from '../parse/boolean';
import { parseDate, type DateOrder } from '../parse/date';
import { parseDeployment, parseTier } from '../parse/enums';
import { parsePackages, type PackageName } from '../parse/packages';
import { isBlank, squash, unreadable, type Parsed } from '../parse/result';
import { parseSegment } from '../parse/segment';
import type { DirectoryColumn } from './columns';
import { normaliseDomain } from './domain';
import { entryKey, type DirectoryEntry } from './entry';
import { show, type Cells, type RowProblem } from './source-rows';
import { TOOLS } from '../sites/registry';

export interface ReadRowContext {
  source: 'url' | 'import';
  now: number;
  catalogue: readonly PackageName[];
  /** `packageIndex(catalogue)`, built once per import. */
  packages: Map<string, string>;
  dateOrder: DateOrder;
}

export type ReadRow = { ok: true; entry: DirectoryEntry; unknownPackages: string[]; crmIncomplete: boolean } | { ok: false; problems: RowProblem[] };

const SlaTargets = z.array(CustomTarget);

const text =
  (field: string) =>
  (raw: unknown): Parsed<string> =>
    typeof raw === 'string'
      ? { value: raw.trim(), warning: null }
      : typeof raw === 'number' && Number.isFinite(raw)
        ? { value: String(raw), warning: null }
        : unreadable(field, raw);

// Every column's reader: the same tolerant parsers the CRM panels use, so a value the panel could read is
// accepted here and one it would show as "unknown" is refused. Packages are checked separately (unknown names warn).
const READERS: Record<Exclude<DirectoryColumn, 'packages'>, (raw: unknown, order: DateOrder) => Parsed<unknown>> = {
  id: text('Id'),
  name: (raw) => {
    const name = text('Name')(raw);
    // A name of punctuation only ("—", "?") is a placeholder, and would key every such row alike.
    return name.value !== null && squash(name.value) === '' ? unreadable('Name', raw) : name;
  },
  domain: (raw) =>
    typeof raw === 'string' ? (normaliseDomain(raw) === null ? unreadable('Domain', raw, 'not a host name') : { value: raw, warning: null }) : unreadable('Domain', raw),
  segment: parseSegment,
  arr: parseArr,
  deployment: parseDeployment,
  tier: parseTier,
  kubernetes: (raw) => parseBoolean(raw, 'Kubernetes'),
  externalServices: (raw) => parseBoolean(raw, 'External services'),
  implementationExempt: (raw) => parseBoolean(raw, 'Implementation exempt'),
  slackOptOut: (raw) => parseBoolean(raw, 'Slack opt-out'),
  implementationStart: (raw, order) => parseDate(raw, 'Implementation start', order),
  implementationEnd: (raw, order) => parseDate(raw, 'Implementation end', order),
  renewalDate: (raw, order) => parseDate(raw, 'Renewal date', order),
  slaTargets: (raw) => (SlaTargets.safeParse(raw).success ? { value: raw, warning: null } : unreadable('SLA targets', raw)),
  crmTool: (raw) => {
    const key = typeof raw === 'string' ? squash(raw) : '';
    // By id, through the registry's map: 'constructor' must not find Object.prototype.constructor.
    const tool = TOOLS.find((t) => squash(t.id) === key || squash(t.name) === key);
    return tool ? { value: tool.id, warning: null } : unreadable('CRM tool', raw, `expected ${TOOLS.map((t) => t.name).join(', ')}`);
  },
  crmId: text('CRM id'),
  crmUrl: (raw) =>
    typeof raw === 'string' && /^https?:\/\/[^\s/]+/i.test(raw.trim()) ? { value: raw.trim(), warning: null } : unreadable('CRM URL', raw, 'expected an http(s) URL'),
};

/**
 * Reads one labelled row into a directory entry, or says why it is skipped: a blank name, or any present value
 * its parser cannot read (every such field is reported, so one pass over the file fixes them all).
 * @example readRow(1, { name: { label: 'Name', value: 'Initech' } }, context) // { ok: true, entry: { key: 'name:initech', … } }
 */
export function readRow(row: number, cells: Cells, context: ReadRowContext): ReadRow {
  const problems: RowProblem[] = [];
  const refuse = (field: string, raw: unknown, message: string) => problems.push({ row, field, value: show(raw), message: `row ${row}: ${message}` });

  if (!cells.name || isBlank(cells.name.value)) refuse(cells.name?.label ?? 'name', cells.name?.value ?? '', 'no account name');
  const read: Partial<Record<DirectoryColumn, unknown>> = {};
  for (const [column, cell] of Object.entries(cells) as Array<[DirectoryColumn, { label: string; value: unknown }]>) {
    if (column === 'packages' || isBlank(cell.value)) continue;
    const parsed = READERS[column](cell.value, context.dateOrder);
    if (parsed.warning) refuse(cell.label, cell.value, parsed.warning);
    else read[column] = parsed.value;
  }
  const packages = cells.packages ? parsePackages(cells.packages.value, context.catalogue, context.packages) : null;
  if (packages && packages.value === null) refuse(cells.packages!.label, cells.packages!.value, packages.warnings[0] ?? 'Packages: cannot read');
  if (problems.length > 0) return { ok: false, problems };

  const fields: RawAccountFields = {};
  for (const [column, cell] of Object.entries(cells) as Array<[DirectoryColumn, { label: string; value: unknown }]>) {
    if (column !== 'crmTool' && column !== 'crmId' && column !== 'crmUrl') fields[column as AccountAttribute] = cell.value;
  }
  const tool = read.crmTool as NonNullable<DirectoryEntry['crm']>['tool'] | undefined;
  const recordId = read.crmId as string | undefined;
  const crm = tool && recordId ? { tool, recordId, url: (read.crmUrl as string | undefined) ?? null } : null;
  const name = read.name as string;
  const domain = typeof read.domain === 'string' ? normaliseDomain(read.domain) : null;
  const entry: DirectoryEntry = {
    key: entryKey({ name, domain, crm }),
    name,
    domain,
    crm,
    fields,
    source: context.source,
    updatedAt: context.now,
  };
  return { ok: true, entry, unknownPackages: packages?.unrecognized ?? [], crmIncomplete: !crm && Boolean(tool || recordId) };
}
