import { z } from '../domain/zod';
import { Account, CustomTarget } from '../domain/account';
import { parseArr } from './arr';
import { parseBoolean } from './boolean';
import { parseDate, type DateOrder } from './date';
import { parseDeployment, parseTier } from './enums';
import { parsePackages, type PackageName } from './packages';
import { isBlank, quote, type Parsed } from './result';
import { parseSegment } from './segment';

import type { RawAccountFields } from './attributes';

export { ACCOUNT_ATTRIBUTES, RECORD_ATTRIBUTES, type AccountAttribute, type RawAccountFields } from './attributes';

export interface ParsedAccount {
  account: Account;
  /** Each names the field and the raw value that could not be read. */
  warnings: string[];
  /** Package names the catalogue does not know, kept for display. */
  unrecognizedPackages: string[];
}

export interface ParseAccountOptions {
  catalogue: readonly PackageName[];
  dateOrder?: DateOrder;
}

/**
 * Reads an account from a raw object: the nested shape of `Account` (as in a JSON file) or flat attributes
 * (as a field mapping produces). Never throws; whatever cannot be read is unknown, with a warning.
 * @example parseAccount({ segment: 'ENT', arr: '$250k' }, { catalogue }).account.segment // 'Enterprise'
 */
export function parseAccount(raw: unknown, options: ParseAccountOptions): ParsedAccount {
  const warnings: string[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push(`Account: expected an object, got ${quote(raw)}`);
    raw = {};
  }
  const f = flatten(raw as Record<string, unknown>);
  const take = <T>(parsed: Parsed<T>): T | null => {
    if (parsed.warning) warnings.push(parsed.warning);
    return parsed.value;
  };
  const text = (value: unknown, field: string): string | null => {
    if (isBlank(value)) return null;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    warnings.push(`${field}: cannot read ${quote(value)}`);
    return null;
  };

  const segment = take(parseSegment(f.segment));
  if (f.segment === undefined) warnings.push('Segment: missing');
  const packages = parsePackages(f.packages, options.catalogue);
  warnings.push(...packages.warnings);
  if (f.packages === undefined) warnings.push('Packages: missing');

  const order = options.dateOrder ?? 'MDY';
  const account: Account = {
    id: text(f.id, 'Id'),
    name: text(f.name, 'Name'),
    domain: normaliseDomain(text(f.domain, 'Domain')),
    segment,
    arr: take(parseArr(f.arr)),
    deployment: take(parseDeployment(f.deployment)),
    infrastructure: {
      kubernetes: take(parseBoolean(f.kubernetes, 'Kubernetes')),
      externalServices: take(parseBoolean(f.externalServices, 'External services')),
    },
    packages: f.packages === undefined ? null : packages.value,
    implementation: {
      start: take(parseDate(f.implementationStart, 'Implementation start', order)),
      end: take(parseDate(f.implementationEnd, 'Implementation end', order)),
      // An exemption is an explicit act by the Implementation Team and GTM Leadership: only a clear "yes" counts.
      exempt: take(parseBoolean(f.implementationExempt, 'Implementation exempt')) ?? false,
    },
    // Opting out is an explicit act recorded on the account; a blank field means nobody opted out.
    slackOptOut: isBlank(f.slackOptOut) ? false : take(parseBoolean(f.slackOptOut, 'Slack opt-out')),
    renewalDate: take(parseDate(f.renewalDate, 'Renewal date', order)),
    tier: take(parseTier(f.tier)),
    slaTargets: readTargets(f.slaTargets, warnings),
  };
  return { account, warnings, unrecognizedPackages: packages.unrecognized };
}

/** Accepts the nested `Account` shape and flattens it to attributes; flat keys win when both are given. */
function flatten(raw: Record<string, unknown>): RawAccountFields {
  const nested = (key: string) => (raw[key] && typeof raw[key] === 'object' ? (raw[key] as Record<string, unknown>) : {});
  const infra = nested('infrastructure');
  const impl = nested('implementation');
  const pick = (flat: string, fallback: unknown) => (flat in raw ? raw[flat] : fallback);
  return {
    ...raw,
    kubernetes: pick('kubernetes', infra.kubernetes),
    externalServices: pick('externalServices', infra.externalServices),
    implementationStart: pick('implementationStart', impl.start),
    implementationEnd: pick('implementationEnd', impl.end),
    implementationExempt: pick('implementationExempt', impl.exempt),
  };
}

function normaliseDomain(domain: string | null): string | null {
  if (!domain) return null;
  return (
    domain
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/.*$/, '') || null
  );
}

function readTargets(raw: unknown, warnings: string[]): Account['slaTargets'] {
  if (isBlank(raw)) return null;
  const parsed = z.array(CustomTarget).safeParse(raw);
  if (parsed.success) return parsed.data;
  warnings.push(`SLA targets: cannot read ${quote(raw)}`);
  return null;
}
