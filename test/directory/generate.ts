/**
 * Realistic fake accounts for tests and benchmarks: company names from word lists and invented brand names
 * (so the vocabulary grows with the count, as real directories' does), accented names, domains, CRM ids in
 * each tool's format, and attribute values spelled the messy ways CRMs hold them. Seeded: the same seed
 * gives the same accounts on every machine.
 */
import type { PackageName } from '../../lib/parse/packages';
import { entryKey, type DirectoryEntry } from '../../lib/directory/entry';
import { fold } from '../../lib/directory/fold';

export interface GenerateOptions {
  seed?: number;
  /** `updatedAt` of every entry and the day renewal dates are relative to (default 2026-01-01). */
  now?: number;
  /** Package names are drawn from here (names and aliases); none when empty. */
  catalogue?: readonly PackageName[];
  source?: DirectoryEntry['source'];
}

const FIRST = [
  'Stark',
  'Wayne',
  'Acme',
  'Blue',
  'Red',
  'Green',
  'Silver',
  'Golden',
  'North',
  'South',
  'East',
  'West',
  'Pacific',
  'Atlantic',
  'Summit',
  'Pioneer',
  'Liberty',
  'Union',
  'Global',
  'United',
  'First',
  'Royal',
  'Bright',
  'Clear',
  'Swift',
  'Iron',
  'Granite',
  'Cedar',
  'Maple',
  'Oak',
  'Willow',
  'River',
  'Lake',
  'Harbor',
  'Coastal',
  'Prairie',
  'Mountain',
  'Polar',
  'Solar',
  'Lunar',
  'Stellar',
  'Quantum',
  'Vector',
  'Apex',
  'Vertex',
  'Nimbus',
  'Zenith',
  'Orion',
  'Atlas',
  'Titan',
  'Phoenix',
  'Falcon',
  'Eagle',
  'Hawk',
  'Lion',
  'Tiger',
  'Bear',
  'Wolf',
  'Fox',
  'Raven',
  'Sparrow',
  'Société',
  'Müller',
  'Zürich',
  'Øresund',
  'Crème',
  'Ångström',
  'Señor',
  'Lumière',
  'Bâloise',
  'Göteborg',
  'Kraków',
];
const SECOND = [
  'Industries',
  'Systems',
  'Logistics',
  'Health',
  'Energy',
  'Capital',
  'Partners',
  'Analytics',
  'Software',
  'Networks',
  'Dynamics',
  'Foods',
  'Pharma',
  'Biotech',
  'Motors',
  'Aerospace',
  'Media',
  'Labs',
  'Robotics',
  'Security',
  'Insurance',
  'Bank',
  'Retail',
  'Airlines',
  'Shipping',
  'Textiles',
  'Mining',
  'Chemicals',
  'Telecom',
  'Consulting',
  'Ventures',
  'Holdings',
  'Brewing',
  'Hotels',
  'Studios',
  'Games',
  'Education',
  'Payments',
  'Cloud',
  'Data',
  'Devices',
  'Générale',
  'Rückversicherung',
  'Électrique',
  'Gesellschaft',
];
const SUFFIX = ['Inc', 'Inc.', 'LLC', 'Ltd', 'GmbH', 'AG', 'SA', 'S.A.', 'Corp', 'Corporation', 'Group', 'PLC', 'BV', 'Co.'];
const SYLLABLES = [
  'glo',
  'bex',
  'ini',
  'tech',
  'van',
  'del',
  'ay',
  'um',
  'brel',
  'zen',
  'tri',
  'no',
  'va',
  'quan',
  'tum',
  'sky',
  'net',
  'cor',
  'pex',
  'lux',
  'ora',
  'vi',
  'ta',
  'mar',
  'ko',
  'ra',
  'sol',
  'ix',
  'dyn',
  'amo',
  'ver',
  'ant',
  'ex',
  'ly',
  'io',
  'par',
  'gon',
  'tel',
  'co',
  'mo',
  'zo',
  'fin',
  'ity',
  'ent',
  'ra',
  'lo',
  'gi',
  'cs',
  'ster',
  'wick',
  'ford',
  'ton',
];
const TLDS = ['com', 'com', 'com', 'com', 'io', 'net', 'co.uk', 'de', 'fr', 'ch', 'co', 'ai'];
const SEGMENTS: Record<string, string[]> = {
  SMB: ['SMB', 'Small Business', 'smb'],
  MM: ['MM', 'Mid-Market', 'Mid Market', 'midmarket'],
  Enterprise: ['Enterprise', 'ENT', 'enterprise'],
  Strategic: ['Strategic', 'STRATEGIC'],
};
const ARR_RANGE: Record<string, [number, number]> = { SMB: [5e3, 1e5], MM: [5e4, 5e5], Enterprise: [2e5, 3e6], Strategic: [1e6, 2e7] };
const DEPLOYMENTS = ['Self-Hosted', 'self-hosted', 'On-Prem', 'Cloud', 'SaaS', 'Managed Instance', 'Dedicated Cloud'];
const YES_NO = ['Yes', 'No', 'true', 'false', 'Y', 'N'];
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Generates `count` directory entries.
 * @example generateAccounts(50_000, { seed: 7, catalogue: PRESETS.sourcegraph.packages })
 */
export function generateAccounts(count: number, options: GenerateOptions = {}): DirectoryEntry[] {
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const now = options.now ?? Date.UTC(2026, 0, 1);
  const packageNames = (options.catalogue ?? []).flatMap((p) => [p.name, p.name, ...p.aliases]);
  const domains = new Set<string>();
  const names = new Set<string>();
  const entries: DirectoryEntry[] = [];

  for (let i = 0; i < count; i++) {
    const brand = () => {
      const word = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
      return word[0]!.toUpperCase() + word.slice(1);
    };
    const candidate = () => {
      const roll = random();
      return roll < 0.35
        ? `${brand()} ${pick(SECOND)}`
        : roll < 0.6
          ? `${pick(FIRST)} ${pick(SECOND)}`
          : roll < 0.8
            ? `${brand()} ${pick(SUFFIX)}`
            : roll < 0.9
              ? `${pick(FIRST)} ${brand()} ${pick(SECOND)} ${pick(SUFFIX)}`
              : brand();
    };
    // Real directories rarely hold two accounts of the same name: draw again a few times before allowing one.
    let name = candidate();
    for (let tries = 0; names.has(name) && tries < 8; tries++) name = candidate();
    names.add(name);

    // A domain from the name's first two words, made unique like registrars make people do.
    const stem = fold(name)
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .slice(0, 2)
      .join(random() < 0.3 ? '-' : '');
    let domain = `${stem}.${pick(TLDS)}`;
    for (let n = 2; domains.has(domain); n++) domain = `${stem}${n}.${pick(TLDS)}`;
    domains.add(domain);

    const tool = random() < 0.1 ? null : pick(['salesforce', 'salesforce', 'salesforce', 'hubspot', 'zendesk'] as const);
    const recordId =
      tool === 'salesforce'
        ? `001${Array.from({ length: 15 }, () => pick([...BASE62])).join('')}`
        : tool === 'hubspot'
          ? String(int(1e9, 9.99e9))
          : tool === 'zendesk'
            ? String(int(1e7, 9.99e8))
            : null;
    const url =
      tool === 'salesforce'
        ? `https://example.lightning.force.com/lightning/r/Account/${recordId}/view`
        : tool === 'hubspot'
          ? `https://app.hubspot.com/contacts/1234567/company/${recordId}`
          : tool === 'zendesk'
            ? `https://example.zendesk.com/agent/organizations/${recordId}`
            : null;
    const crm = tool && recordId ? { tool, recordId, url } : null;

    const segment = pick(Object.keys(SEGMENTS));
    const [low, high] = ARR_RANGE[segment]!;
    const arr = Math.round((low + random() * (high - low)) / 1000) * 1000;
    const packages = packageNames.length ? [...new Set(Array.from({ length: int(0, 3) }, () => pick(packageNames)))].join(';') : '';
    const renewal = new Date(now + int(-30, 400) * 86_400_000).toISOString().slice(0, 10);
    const fields: DirectoryEntry['fields'] = {
      name,
      domain: random() < 0.3 ? `https://www.${domain}/` : domain,
      segment: pick(SEGMENTS[segment]!),
      arr: pick([`$${arr.toLocaleString('en-US')}`, `$${arr.toLocaleString('en-US')}.00`, `USD ${arr}`, arr >= 1e6 ? `$${arr / 1e6}M` : `$${arr / 1e3}k`]),
      deployment: pick(DEPLOYMENTS),
      kubernetes: pick(YES_NO),
      externalServices: pick(YES_NO),
      packages,
      slackOptOut: random() < 0.05 ? 'Yes' : 'No',
      renewalDate: renewal,
    };
    entries.push({ key: entryKey({ name, domain, crm }), name, domain, crm, fields, source: options.source ?? 'import', updatedAt: now });
  }
  return entries;
}

/** A small, fast, seedable PRNG (mulberry32, public domain, by Tommy Ettinger): good enough for test data, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
