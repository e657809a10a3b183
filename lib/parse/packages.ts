import { isBlank, quote, squash } from './result';

/** What the package reader needs from the policy's catalogue. */
export interface PackageName {
  id: string;
  name: string;
  aliases: string[];
}

export interface ParsedPackages {
  /** Canonical ids, deduplicated, in catalogue order; `null` when the field itself is unreadable. */
  value: string[] | null;
  /** Unrecognised entries, kept so the panel can show them. */
  unrecognized: string[];
  warnings: string[];
}

/** Builds the lookup once per catalogue: squashed name or alias → id. */
export function packageIndex(catalogue: readonly PackageName[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const pkg of catalogue) {
    for (const spelling of [pkg.id, pkg.name, ...pkg.aliases]) index.set(squash(spelling), pkg.id);
  }
  return index;
}

/**
 * Reads purchased packages: a list, or one string split on `;` or `,` (a Salesforce multi-select picklist
 * arrives as `A;B`). Each entry is matched to a catalogue id by name or alias; unknown entries are warned about.
 * A blank value means "none purchased"; only a value of the wrong kind makes the whole field unknown.
 * @example parsePackages('Slack Support;24x7 SLAs', catalogue).value // ['slack-support', 'support-24x7']
 */
export function parsePackages(raw: unknown, catalogue: readonly PackageName[], index = packageIndex(catalogue)): ParsedPackages {
  if (isBlank(raw)) return { value: [], unrecognized: [], warnings: [] };
  let entries: unknown[];
  if (typeof raw === 'string') entries = raw.split(/[;,\n]/);
  else if (Array.isArray(raw)) entries = raw;
  else return { value: null, unrecognized: [], warnings: [`Packages: cannot read ${quote(raw)}`] };

  const found = new Set<string>();
  const unrecognized: string[] = [];
  for (const entry of entries) {
    if (isBlank(entry)) continue;
    const id = typeof entry === 'string' ? index.get(squash(entry)) : undefined;
    if (id) found.add(id);
    else unrecognized.push(typeof entry === 'string' ? entry.trim() : quote(entry));
  }
  const order = catalogue.map((p) => p.id);
  return {
    value: [...found].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    unrecognized,
    warnings: unrecognized.map((name) => `Packages: unknown package ${quote(name)}`),
  };
}
