/**
 * A customer the tool names only as an organization (Jira Service Management's Organizations field: a name, and the
 * reporter's e-mail domain where Jira shows it), matched to an account of the directory. Exact matches only, said
 * as such: the organization's name, words folded (`Acme, Inc.` = `acme inc`), else one of its domains. A name that
 * fits several customers (entries of different domains), or domains of several customers, match none: Lens says
 * "no match" rather than guess between customers.
 */
import { normaliseDomain } from '../directory/domain';
import type { DirectoryEntry } from '../directory/entry';
import { fold, words } from '../directory/fold';

export interface OrganizationRef {
  name: string;
  domains: readonly string[];
}

export interface OrganizationMatch {
  entry: DirectoryEntry | null;
  /** What matched: the name, a domain; null when nothing did, or several accounts did. */
  by: 'name' | 'domain' | null;
  /** How many accounts fit when more than one did (then `entry` is null); 0 or 1 otherwise. */
  candidates: number;
}

/** The directory by folded name and by domain. */
export interface OrganizationIndex {
  byName: ReadonlyMap<string, readonly DirectoryEntry[]>;
  byDomain: ReadonlyMap<string, readonly DirectoryEntry[]>;
}

/**
 * A name as matching compares it: folded (case, accents) and reduced to its words.
 * @example nameKey('Société Générale, S.A.') // 'societe generale s a'
 */
export const nameKey = (name: string): string => words(fold(name)).join(' ');

/**
 * Indexes directory entries by name and domain. An entry seen in the CRM and the same account from the admin's
 * export share a key (`entryKey`), so they are one entry here too.
 * @example matchOrganization(buildOrganizationIndex(entries), { name: 'Initech', domains: [] }).by // 'name'
 */
export function buildOrganizationIndex(entries: Iterable<DirectoryEntry>): OrganizationIndex {
  const byName = new Map<string, DirectoryEntry[]>();
  const byDomain = new Map<string, DirectoryEntry[]>();
  const add = (map: Map<string, DirectoryEntry[]>, key: string, entry: DirectoryEntry) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.some((e) => e.key === entry.key)) list.push(entry);
  };
  for (const entry of entries) {
    const name = nameKey(entry.name);
    if (name) add(byName, name, entry);
    if (entry.domain) add(byDomain, entry.domain, entry);
  }
  return { byName, byDomain };
}

/** Which of one customer's entries answers for it: the admin's directory first, then an import, then the newest seen. */
const SOURCE_RANK: Record<DirectoryEntry['source'], number> = { url: 0, import: 1, seen: 2 };
const preferred = (entries: readonly DirectoryEntry[]): DirectoryEntry =>
  [...entries].sort((a, b) => SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || b.updatedAt - a.updatedAt)[0]!;

/**
 * How many customers these entries are. One customer is often several entries: its account seen in Salesforce, its
 * Zendesk organization, the admin's directory row. Entries share a customer when they share a domain (the directory's
 * identity beyond a CRM id); entries without a domain are taken for the one domain the others have, if exactly one.
 */
function customers(entries: readonly DirectoryEntry[]): number {
  const domains = new Set(entries.flatMap((e) => (e.domain ? [e.domain] : [])));
  return Math.max(1, domains.size);
}

/**
 * The one customer an organization names, by name first (what JSM agents type), then by domain. Entries of one
 * customer answer as one (`customers`); two customers of one name are no match, whatever their entries.
 * @example matchOrganization(index, { name: 'Globex', domains: ['globex.com'] }) // { entry, by: 'name', candidates: 1 }
 */
export function matchOrganization(index: OrganizationIndex, org: OrganizationRef): OrganizationMatch {
  const byName = index.byName.get(nameKey(org.name)) ?? [];
  if (byName.length > 0) {
    const count = customers(byName);
    return count === 1 ? { entry: preferred(byName), by: 'name', candidates: 1 } : { entry: null, by: null, candidates: count };
  }
  // The organization's name may itself be a domain (`acme.com`), as some service desks name them.
  const domains = [...new Set([org.name, ...org.domains].map((d) => normaliseDomain(d)).filter((d): d is string => d !== null))];
  const fits = new Map<string, DirectoryEntry[]>();
  for (const domain of domains) {
    const entries = index.byDomain.get(domain);
    if (entries?.length) fits.set(domain, [...entries]);
  }
  if (fits.size === 1) return { entry: preferred([...fits.values()][0]!), by: 'domain', candidates: 1 };
  return { entry: null, by: null, candidates: fits.size };
}

export interface OrganizationMatcherDeps {
  /** Every directory entry (read again only when `version` changes). */
  entries: () => Promise<DirectoryEntry[]>;
  /** Changes whenever the directory does (a sync, an import, an account seen): its count and last sync. */
  version: () => Promise<string>;
}

/**
 * The directory's organization index, built once and again only when the directory changed: a queue of a hundred
 * requests asks for it each minute, and 50,000 accounts are read once, not each time.
 */
export function organizationMatcher(deps: OrganizationMatcherDeps): (org: OrganizationRef) => Promise<OrganizationMatch> {
  let built: { version: string; index: Promise<OrganizationIndex> } | null = null;
  return async (org) => {
    const version = await deps.version();
    if (!built || built.version !== version) {
      const index = deps.entries().then(buildOrganizationIndex);
      built = { version, index };
      // A failed read is not kept: the next question reads again.
      index.catch(() => {
        if (built?.index === index) built = null;
      });
    }
    return matchOrganization(await built.index, org);
  };
}
