import { describe, expect, it } from 'vitest';
import { parseArr, parseBoolean, parseDate, parseDeployment, parseInstant, parsePackages, parseSegment, parseSeverity, parseTier } from '../../lib/parse';
import { PRESETS } from '../../lib/policy';

const catalogue = PRESETS.sourcegraph.packages;

describe('segment', () => {
  it.each([
    ['SMB', 'SMB'],
    ['smb', 'SMB'],
    ['Small Business', 'SMB'],
    ['MM', 'MM'],
    ['Mid-Market', 'MM'],
    ['Mid Market', 'MM'],
    ['Midmarket', 'MM'],
    ['MIDMARKET', 'MM'],
    ['Enterprise', 'Enterprise'],
    ['ENT', 'Enterprise'],
    [' enterprise ', 'Enterprise'],
    ['Strategic', 'Strategic'],
    ['STRATEGIC', 'Strategic'],
  ])('%j is %s', (raw, expected) => expect(parseSegment(raw)).toEqual({ value: expected, warning: null }));

  it.each(['Enterprize', 'Commercial', 'Large', 'Entp', '5'])('%j is unknown, with a warning naming it', (raw) => {
    expect(parseSegment(raw)).toEqual({ value: null, warning: `Segment: cannot read "${raw}"` });
  });
  it('blank is unknown without a warning', () => expect(parseSegment('  ')).toEqual({ value: null, warning: null }));
});

describe('ARR', () => {
  it.each<[unknown, number]>([
    [250000, 250000],
    ['$1,234,567', 1234567],
    ['1.2M', 1200000],
    ['$250k', 250000],
    ['USD 250,000', 250000],
    ['250000.00', 250000],
    ['$1,250,000.00', 1250000],
    ['250,000 USD', 250000],
    ['US$ 99,999.99', 99999.99],
    ['2.5mm', 2500000],
    ['0', 0],
  ])('%j is %d', (raw, expected) => expect(parseArr(raw)).toEqual({ value: expected, warning: null }));

  it.each([
    ['€250,000', 'EUR is not converted to USD'],
    ['EUR 250,000', 'EUR is not converted to USD'],
    ['£1.2M', 'GBP is not converted to USD'],
    ['250,000 GBP', 'GBP is not converted to USD'],
  ])('%j in another currency is unknown: %s', (raw, why) => {
    expect(parseArr(raw)).toEqual({ value: null, warning: `ARR: cannot read "${raw}" (${why})` });
  });

  it.each(['lots', '1.234.567,00', '12,34', '-5000', '$', '1e6', 'NaN'])('%j is unknown', (raw) => {
    expect(parseArr(raw).value).toBeNull();
    expect(parseArr(raw).warning).toMatch(/^ARR: cannot read/);
  });
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('the number %d is unknown', (raw) => expect(parseArr(raw).value).toBeNull());

  it.each(['$1 (%s)', '$1%sx', '$1 (EUR 1%sx)'])('a long run of spaces in %j is read in one pass (a hostile value cannot stall the page)', (shape) => {
    const raw = shape.replace('%s', ' '.repeat(100_000));
    const start = performance.now();
    expect(parseArr(raw).value).toBeNull();
    // Was quadratic: 100,000 spaces took about 3 s; one pass takes about 1 ms, so the bound leaves room for a slow machine.
    expect(performance.now() - start).toBeLessThan(500);
  });

  // Salesforce multi-currency orgs with "parenthetical currency conversion": the record's amount, then the viewer's
  // personal currency in brackets (research notes §1.6, confidence Low). The amount outside the brackets decides.
  it.each<[string, number]>([
    ['USD 640,000.00 (EUR 589,120.00)', 640000],
    ['$640,000 (€589,120)', 640000],
    ['$640,000 (589,120 EUR)', 640000],
    ['USD 640,000.00 (GBP 503,000.00)', 640000],
    ['$640,000 (PLN 2,500,000.00)', 640000],
    ['$640,000 (USD 640,000)', 640000],
    ['640,000 USD (EUR 589,120)', 640000],
    ['$1.2M (€1.1M)', 1200000],
    ['US$ 99,999.99 (¥14,999,999)', 99999.99],
    ['USD\u00a0640,000.00\u00a0(EUR\u00a0589,120.00)', 640000],
    ['USD\u202f640,000.00 (EUR\u202f589,120.00)', 640000],
  ])('%j with a conversion in brackets is the amount before it, %d', (raw, expected) => {
    expect(parseArr(raw)).toEqual({ value: expected, warning: null });
  });

  it.each<[string, number]>([
    ['USD\u00a0640,000.00', 640000],
    ['USD\u202f640,000.00', 640000],
    ['$\u00a0250k', 250000],
    ['250,000\u00a0USD', 250000],
    ['\u00a0$1.2\u202fM\u00a0', 1200000],
  ])('a no-break space reads like a space: %j is %d', (raw, expected) => expect(parseArr(raw)).toEqual({ value: expected, warning: null }));

  it.each([
    ['EUR 589,120.00 (USD 640,000.00)', 'EUR is not converted to USD'],
    ['€589,120 ($640,000)', 'EUR is not converted to USD'],
    ['GBP\u00a0503,000.00 (USD\u00a0640,000.00)', 'GBP is not converted to USD'],
    ['$640,000 (EUR 589,120) GBP', 'EUR is not converted to USD'],
    ['640,000 (EUR 589,120)', 'the amount before the conversion names no currency'],
    // A de-DE viewer: both figures use a dot for thousands, so `640.000` may be 640 thousand.
    ['USD 640.000 (EUR 589.120)', 'a dot before three digits may separate thousands'],
  ])('%j is unknown: %s', (raw, why) => {
    expect(parseArr(raw)).toEqual({ value: null, warning: `ARR: cannot read "${raw}" (${why})` });
  });

  // A bracket that is not clearly a conversion may qualify the figure, so the amount is not read past it.
  it.each([
    '$640,000 (est.)',
    '$640 (in thousands)',
    '$640,000 (FY24)',
    '$640,000 (EUR)',
    '($640,000)',
    '$640,000 ()',
    'USD 640 000,00 (EUR 589 120,00)',
    '640\u00a0000',
    '640\u202f000,00',
  ])('%j is unknown', (raw) => {
    expect(parseArr(raw).value).toBeNull();
    expect(parseArr(raw).warning).toMatch(/^ARR: cannot read/);
  });
});

describe('packages', () => {
  it.each<[unknown, string[]]>([
    ['Slack Support;24/7 Support SLAs', ['slack-support', 'support-24x7']],
    ['24x7 SLAs', ['support-24x7']],
    ['24/7 SLAs, Dedicated Support', ['support-24x7', 'dedicated-support']],
    ['Application Managed Services', ['managed-services-application']],
    ['Managed Services Package 1', ['managed-services-application']],
    ['Application and Infrastructure Managed Services', ['managed-services-infrastructure']],
    ['Application & Infrastructure Managed Services', ['managed-services-infrastructure']],
    ['Managed Services Package 2', ['managed-services-infrastructure']],
    [
      ['Slack Account Management', 'slack support'],
      ['slack-support', 'slack-account-management'],
    ],
    ['Slack Support;Slack Support', ['slack-support']],
    ['', []],
  ])('%j → %j', (raw, expected) => expect(parsePackages(raw, catalogue)).toMatchObject({ value: expected, warnings: [] }));

  it('keeps the known packages and warns about an unknown one', () => {
    expect(parsePackages('Slack Support;Gold Plan', catalogue)).toEqual({
      value: ['slack-support'],
      unrecognized: ['Gold Plan'],
      warnings: ['Packages: unknown package "Gold Plan"'],
    });
  });
  it('a value of the wrong kind makes the field unknown', () => {
    expect(parsePackages({ a: 1 }, catalogue)).toEqual({ value: null, unrecognized: [], warnings: ['Packages: cannot read "{"a":1}"'] });
  });
});

describe('severity', () => {
  it.each<[unknown, number]>([
    [1, 1],
    [2, 2],
    ['1', 1],
    ['Sev1', 1],
    ['Sev 1', 1],
    ['sev-2', 2],
    ['S1', 1],
    ['P1', 1],
    ['p2', 2],
    ['Severity 1', 1],
    ['urgent', 1],
    ['High', 1],
    ['normal', 2],
    ['low', 2],
  ])('%j is severity %d', (raw, expected) => expect(parseSeverity(raw).value).toBe(expected));
  it.each(['Sev3', 'P4', 3, 'critical', 'asap'])('%j is unknown with a warning', (raw) => {
    expect(parseSeverity(raw).value).toBeNull();
    expect(parseSeverity(raw).warning).toMatch(/^Severity: cannot read/);
  });
  it('a policy may map its own priorities', () => expect(parseSeverity('critical', { critical: 1 }).value).toBe(1));
});

describe('dates, booleans, deployment, tier', () => {
  it.each([
    ['2026-11-03', '2026-11-03'],
    ['2026-11-03T10:00:00Z', '2026-11-03'],
    ['11/3/2026', '2026-11-03'],
    ['Nov 3, 2026', '2026-11-03'],
    ['3 November 2026', '2026-11-03'],
  ])('date %j is %s', (raw, expected) => expect(parseDate(raw, 'Renewal date').value).toBe(expected));
  it.each(['2026-02-30', '13/13/2026', 'soon', '2026-11'])('date %j is unknown', (raw) => expect(parseDate(raw, 'Renewal date').warning).toMatch(/^Renewal date: cannot read/));
  it('reads D/M/Y when told to', () => expect(parseDate('3/11/2026', 'X', 'DMY').value).toBe('2026-11-03'));

  it('refuses an instant without a zone rather than guessing one', () => {
    expect(parseInstant('2026-11-20T10:00:00', 'Created').warning).toBe('Created: cannot read "2026-11-20T10:00:00" (expected an ISO 8601 instant with a zone)');
    expect(parseInstant('2026-11-20T10:00:00-08:00', 'Created').value).toBe(Date.parse('2026-11-20T18:00:00Z'));
  });

  it.each([
    ['Yes', true],
    ['true', true],
    ['✓', true],
    ['No', false],
    ['FALSE', false],
    [true, true],
  ] as const)('boolean %j is %s', (raw, expected) => {
    expect(parseBoolean(raw, 'Kubernetes').value).toBe(expected);
  });
  it('boolean "maybe" is unknown', () => expect(parseBoolean('maybe', 'Kubernetes').warning).toBe('Kubernetes: cannot read "maybe"'));

  it.each([
    ['Self-Hosted', 'self-hosted'],
    ['on-prem', 'self-hosted'],
    ['Managed', 'managed'],
    ['Cloud', 'cloud'],
    ['SaaS', 'cloud'],
  ])('deployment %j is %s', (raw, expected) => expect(parseDeployment(raw).value).toBe(expected));
  it.each([
    ['CE', 'CE'],
    ['Enterprise Edition', 'EE'],
  ])('tier %j is %s', (raw, expected) => expect(parseTier(raw).value).toBe(expected));
});
