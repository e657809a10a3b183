import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnFor } from '../../lib/directory/columns';
import { parseDirectoryText, type DirectoryImportOptions } from '../../lib/directory/rows';
import { PRESETS } from '../../lib/policy';

const catalogue = PRESETS.sourcegraph.packages;
const NOW = Date.UTC(2026, 10, 20, 12); // Fri 2026-11-20 12:00 UTC
const options: DirectoryImportOptions = { source: 'import', now: NOW, catalogue };
const read = (text: string, extra: Partial<DirectoryImportOptions> = {}) => parseDirectoryText(text, { ...options, ...extra });
const names = (text: string, extra: Partial<DirectoryImportOptions> = {}) => read(text, extra).entries.map((e) => e.name);
const RUNS = { numRuns: 10_000, seed: 20261120 };

describe('a JSON directory', () => {
  it('reads an array of flat accounts, keys in any case, with their CRM record', () => {
    const result = read(
      JSON.stringify([
        {
          Name: 'Initech',
          DOMAIN: 'https://www.initech.com/',
          segment: 'Mid-Market',
          ARR: '$250,000',
          packages: ['Implementation Services'],
          crmTool: 'Salesforce',
          crmId: '001Dn00000MiD002AA',
          crmUrl: 'https://acme.lightning.force.com/lightning/r/Account/001Dn00000MiD002AA/view',
        },
        { 'Account Name': 'Globex Corporation', Website: 'globex.com', Segment: 'ENT', arr: 480000 },
        { name: 'Northwind Traders' },
      ]),
    );
    expect(result).toMatchObject({ imported: 3, skipped: 0, problems: [], warnings: [] });
    expect(result.entries).toEqual([
      {
        key: 'salesforce:001Dn00000MiD002AA',
        name: 'Initech',
        domain: 'initech.com',
        crm: { tool: 'salesforce', recordId: '001Dn00000MiD002AA', url: 'https://acme.lightning.force.com/lightning/r/Account/001Dn00000MiD002AA/view' },
        fields: { name: 'Initech', domain: 'https://www.initech.com/', segment: 'Mid-Market', arr: '$250,000', packages: ['Implementation Services'] },
        source: 'import',
        updatedAt: NOW,
      },
      {
        key: 'domain:globex.com',
        name: 'Globex Corporation',
        domain: 'globex.com',
        crm: null,
        fields: { name: 'Globex Corporation', domain: 'globex.com', segment: 'ENT', arr: 480000 },
        source: 'import',
        updatedAt: NOW,
      },
      { key: 'name:northwindtraders', name: 'Northwind Traders', domain: null, crm: null, fields: { name: 'Northwind Traders' }, source: 'import', updatedAt: NOW },
    ]);
  });

  it('accepts the nested Account shape and the directory’s own crm object, flat keys winning', () => {
    const [entry] = read(
      JSON.stringify([
        {
          name: 'Stark Industries',
          infrastructure: { kubernetes: true, externalServices: 'No' },
          kubernetes: 'Yes',
          implementation: { start: '2026-10-01', end: '2026-10-31', exempt: false },
          crm: { tool: 'hubspot', recordId: '9100000005', url: null },
        },
      ]),
    ).entries;
    expect(entry).toMatchObject({
      key: 'hubspot:9100000005',
      crm: { tool: 'hubspot', recordId: '9100000005', url: null },
      fields: { kubernetes: 'Yes', externalServices: 'No', implementationStart: '2026-10-01', implementationEnd: '2026-10-31', implementationExempt: false },
    });
  });

  it('imports an exported directory (entries as stored) as it was', () => {
    const exported = read('Name,Website,Segment,ARR,CRM Tool,CRM Id\nInitech,initech.com,MM,$250k,hubspot,91\nGlobex,globex.com,ENT,$480k,,').entries;
    const again = read(JSON.stringify(exported), { source: 'url', now: NOW + 1 });
    expect(again).toMatchObject({ imported: 2, skipped: 0, problems: [], warnings: [] });
    expect(again.entries).toEqual(exported.map((e) => ({ ...e, source: 'url', updatedAt: NOW + 1 })));
  });

  it.each([
    ['not JSON at all', '{oops', /^not valid JSON: /],
    ['truncated', '[{"name": "Initech"', /^not valid JSON: /],
    ['an object, not an array', '{"accounts": []}', /^expected a JSON array of accounts, got an object$/],
    ['a number', '42', /^expected a JSON array of accounts, got a number$/],
    ['null', 'null', /^expected a JSON array of accounts, got null$/],
  ])('%s: nothing imported, one problem on row 0', (_, text, message) => {
    const result = read(text, { format: 'json' });
    expect(result).toMatchObject({ entries: [], imported: 0, skipped: 0 });
    expect(result.problems).toEqual([{ row: 0, field: '', value: expect.any(String), message: expect.stringMatching(message) }]);
  });

  it('skips an element that is not an object', () => {
    const result = read('[{"name":"Initech"}, "Globex", null]');
    expect(result).toMatchObject({ imported: 1, skipped: 2 });
    expect(result.problems.map((p) => p.message)).toEqual(['row 2: expected an object, got "Globex"', 'row 3: expected an object, got "null"']);
  });

  it('warns once per unknown key', () => {
    expect(read('[{"name":"A","owner":"x"},{"name":"B","owner":"y"}]').warnings).toEqual(['Unknown key "owner" ignored (in 2 rows)']);
  });
});

describe('a CSV directory', () => {
  const header = 'Account Name,Website,Market Segment,ARR,Purchased Packages,Deployment,Renewal Date,CRM Tool,CRM Id';

  it('maps header labels to attributes, case, space and punctuation aside', () => {
    const result = read(`${header}\r\nInitech,initech.com,Mid-Market,"$250,000",Implementation Services;Slack Support,Self-Hosted,11/3/2026,salesforce,001Dn00000MiD002AA\r\n`);
    expect(result).toMatchObject({ imported: 1, skipped: 0, problems: [], warnings: [] });
    expect(result.entries[0]).toEqual({
      key: 'salesforce:001Dn00000MiD002AA',
      name: 'Initech',
      domain: 'initech.com',
      crm: { tool: 'salesforce', recordId: '001Dn00000MiD002AA', url: null },
      fields: {
        name: 'Initech',
        domain: 'initech.com',
        segment: 'Mid-Market',
        arr: '$250,000',
        packages: 'Implementation Services;Slack Support',
        deployment: 'Self-Hosted',
        renewalDate: '11/3/2026',
      },
      source: 'import',
      updatedAt: NOW,
    });
  });

  it.each([
    ['name', 'name'],
    ['NAME', 'name'],
    ['Account Name', 'name'],
    ['account_name', 'name'],
    ['Company name', 'name'],
    ['Purchased Packages', 'packages'],
    ['Website', 'domain'],
    ['domain_names', 'domain'],
    ['Renewal Date', 'renewalDate'],
    ['Slack Opt-Out', 'slackOptOut'],
    ['implementationEnd', 'implementationEnd'],
    ['Market Segment', 'segment'],
    ['CRM Id', 'crmId'],
    ['crm_tool', 'crmTool'],
    ['CRM URL', 'crmUrl'],
    ['Id', 'id'],
    ['Owner', null],
    ['Region', null],
    ['', null],
  ])('the column %j holds %s', (label, column) => expect(columnFor(label)).toBe(column));

  it.each([
    ['quoted commas', 'name,segment\n"Stark, Industries",Strategic', ['Stark, Industries']],
    ['doubled quotes', 'name\n"The ""Best"" Co"', ['The "Best" Co']],
    ['a line break inside a quoted name', 'name,segment\n"Globex\nCorporation",ENT\nInitech,MM', ['Globex\nCorporation', 'Initech']],
    ['CRLF and a BOM', '\uFEFFname,segment\r\nInitech,MM\r\nGlobex,ENT\r\n', ['Initech', 'Globex']],
    ['no final line break', 'name\nInitech\nGlobex', ['Initech', 'Globex']],
    ['blank lines between rows', 'name,segment\nInitech,MM\n\nGlobex,ENT\n\n', ['Initech', 'Globex']],
  ])('%s', (_, csv, expected) => expect(names(csv)).toEqual(expected));

  it('reports 3 bad rows with their row, field and value, and imports the rest', () => {
    const csv = [
      'Name,Segment,ARR,Kubernetes,Renewal Date',
      'Initech,MM,"$250,000",Yes,2026-11-03',
      'Globex,Enterprize,$480k,No,2026-12-01', // row 2: segment misspelt
      'Umbrella Health,ENT,$95k,Yes,2026-12-01',
      ',SMB,$42k,No,2026-12-01', // row 4: no name
      'Stark Industries,Strategic,$2.4M,Yes,2026-02-30', // row 5: no such date
      'Northwind Traders,SMB,$42k,No,',
    ].join('\n');
    const result = read(csv);
    expect(`${result.imported} imported, ${result.skipped} skipped`).toBe('3 imported, 3 skipped');
    expect(result.problems).toEqual([
      { row: 2, field: 'Segment', value: 'Enterprize', message: 'row 2: Segment: cannot read "Enterprize"' },
      { row: 4, field: 'Name', value: '', message: 'row 4: no account name' },
      { row: 5, field: 'Renewal Date', value: '2026-02-30', message: 'row 5: Renewal date: cannot read "2026-02-30" (no such date)' },
    ]);
  });

  it('skips a row with the wrong number of columns, saying how many it has', () => {
    const result = read('Name,Segment,ARR\nInitech,MM,$250k\nGlobex,ENT\nUmbrella,ENT,$95k,extra');
    expect(result).toMatchObject({ imported: 1, skipped: 2 });
    expect(result.problems.map((p) => p.message)).toEqual(['row 2: expected 3 columns, got 2', 'row 3: expected 3 columns, got 4']);
  });

  it('reports every unreadable field of a skipped row, so one pass fixes them all', () => {
    const result = read('Name,Segment,Deployment,Slack Opt-Out\nGlobex,Enterprize,Mainframe,maybe');
    expect(result.skipped).toBe(1);
    expect(result.problems.map((p) => p.field)).toEqual(['Segment', 'Deployment', 'Slack Opt-Out']);
  });

  it.each([
    ['Segment', 'Large'],
    ['Deployment', 'Mainframe'],
    ['Tier', 'Ultimate'],
    ['Kubernetes', 'sometimes'],
    ['External Services', 'maybe'],
    ['Slack Opt-Out', 'perhaps'],
    ['Implementation Exempt', 'TBD'],
    ['Implementation Start', 'next week'],
    ['Implementation End', '13/45/2026'],
    ['Renewal Date', 'Q3'],
    ['Website', 'N/A'],
    ['CRM Tool', 'Pipedrive'],
    ['CRM URL', 'not a url'],
    ['Name', '—'],
  ])('an unreadable %s (%j) skips the row', (label, value) => {
    const csv = label === 'Name' ? `Name\n${value}` : `Name,${label}\nInitech,${value}`;
    const result = read(csv);
    expect(result).toMatchObject({ imported: 0, skipped: 1 });
    expect(result.problems[0]).toMatchObject({ row: 1, field: label, value });
  });

  it.each(['€250,000', '£1.2M', 'EUR 250,000', '250,000 GBP', '¥30,000,000'])('ARR in a foreign currency (%s) skips the row: it is never converted', (arr) => {
    const result = read(`Name,ARR\nInitech,"${arr}"`);
    expect(result).toMatchObject({ imported: 0, skipped: 1 });
    expect(result.problems[0]).toMatchObject({ row: 1, field: 'ARR', value: arr, message: expect.stringMatching(/is not converted to USD\)$/) });
  });

  it('blank values are not problems: a blank field is simply unknown', () => {
    expect(read('Name,Segment,ARR,Kubernetes,Renewal Date\nInitech, , ,,').imported).toBe(1);
  });

  it('an unknown package name warns (with how many rows) but imports the row', () => {
    const result = read('Name,Packages\nInitech,Slack Support;Premium Widgets\nGlobex,Premium Widgets');
    expect(result).toMatchObject({ imported: 2, skipped: 0, problems: [] });
    expect(result.warnings).toEqual(['Packages: unknown package "Premium Widgets" (in 2 rows, first row 1); kept as given']);
    expect(result.entries[0]!.fields.packages).toBe('Slack Support;Premium Widgets');
  });

  it('a later row with the same key replaces the earlier one, with a warning', () => {
    const result = read('Name,Website,Segment\nInitech,initech.com,MM\nGlobex,globex.com,ENT\nInitech Inc,https://initech.com,Enterprise');
    expect(result).toMatchObject({ imported: 3, skipped: 0 });
    expect(result.entries.map((e) => [e.key, e.name])).toEqual([
      ['domain:globex.com', 'Globex'],
      ['domain:initech.com', 'Initech Inc'],
    ]);
    expect(result.warnings).toEqual(['row 3 replaces row 1 (both are "domain:initech.com")']);
  });

  it('warns once per unknown column and once per repeated column', () => {
    const result = read('Name,Owner,Account Name,,Region\nInitech,Bob,Initech Inc,x,EMEA');
    expect(result.warnings).toEqual([
      'Unknown column "Owner" ignored',
      'Column "Account Name" also gives name; using "Name"',
      'Column 4 has no header and is ignored',
      'Unknown column "Region" ignored',
    ]);
    expect(result.entries[0]!.name).toBe('Initech');
  });

  it('without a name column every row is skipped, with one problem on row 0', () => {
    const result = read('Company;Segment\nInitech;MM\nGlobex;ENT');
    expect(result).toMatchObject({ imported: 0, skipped: 2 });
    expect(result.problems).toEqual([{ row: 0, field: '', value: 'Company;Segment', message: expect.stringMatching(/^no column holds the account name/) }]);
  });

  it('an empty file has nothing to import and says so', () => {
    expect(read('', { format: 'csv' }).problems).toEqual([{ row: 0, field: '', value: '', message: 'the file is empty: expected a header row naming the columns' }]);
  });

  it('keeps the first 20 problems and counts the rest in a warning', () => {
    const csv = ['Name,Segment', ...Array.from({ length: 25 }, (_, i) => `Account ${i},Enterprize`)].join('\n');
    const result = read(csv);
    expect(result).toMatchObject({ imported: 0, skipped: 25 });
    expect(result.problems).toHaveLength(20);
    expect(result.problems[19]!.row).toBe(20);
    expect(result.warnings).toEqual(['5 more problems not listed (only the first 20 are kept)']);
  });

  it('a 15-character Salesforce id from a report export is keyed like the 18-character one', () => {
    const [entry] = read('Name,CRM Tool,CRM Id\nInitech,Salesforce,001A0000006Vm9r').entries;
    expect(entry).toMatchObject({ key: 'salesforce:001A0000006Vm9rIAC', crm: { recordId: '001A0000006Vm9r' } });
  });

  it('a CRM id without a CRM tool keys the account by domain, with a warning', () => {
    const result = read('Name,Website,CRM Id\nInitech,initech.com,001Dn00000MiD002AA');
    expect(result.entries[0]).toMatchObject({ key: 'domain:initech.com', crm: null });
    expect(result.warnings).toEqual(['1 row has a CRM tool or record id but not both; keyed by domain or name instead']);
  });

  it('reads slashed dates in the order asked for', () => {
    expect(read('Name,Renewal Date\nInitech,13/11/2026').skipped).toBe(1);
    expect(read('Name,Renewal Date\nInitech,13/11/2026', { dateOrder: 'DMY' }).imported).toBe(1);
  });
});

describe('format sniffing', () => {
  it.each([
    ['[{"name":"Initech"}]', ['Initech']],
    ['  \n [{"name":"Initech"}]', ['Initech']],
    ['\uFEFF[{"name":"Initech"}]', ['Initech']],
    ['name\nInitech', ['Initech']],
  ])('%j is read as it looks', (text, expected) => expect(names(text, { format: 'auto' })).toEqual(expected));

  it('an explicit format wins over the look of the text', () => {
    expect(read('[{"name":"Initech"}]', { format: 'csv' }).problems[0]!.message).toMatch(/^no column holds the account name/);
  });

  it('stamps entries with the source and time given', () => {
    expect(read('name\nInitech', { source: 'url', now: 42 }).entries[0]).toMatchObject({ source: 'url', updatedAt: 42 });
  });
});

describe('import properties', () => {
  it('never throws on arbitrary text, in any format', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), fc.constantFrom('[', '[{', '"', '\uFEFF', ',,,\n"'));
    fc.assert(
      fc.property(text, fc.constantFrom('auto', 'csv', 'json') as fc.Arbitrary<'auto' | 'csv' | 'json'>, (raw, format) => {
        const result = read(raw, { format });
        expect(result.entries.length).toBeLessThanOrEqual(result.imported);
        expect(result.problems.length).toBeLessThanOrEqual(20);
      }),
      RUNS,
    );
  });

  it('every data row of a well-formed CSV table is either imported or skipped', () => {
    const labels = fc.uniqueArray(
      fc.constantFrom('Name', 'Account Name', 'Segment', 'ARR', 'Website', 'Packages', 'Kubernetes', 'Renewal Date', 'CRM Tool', 'CRM Id', 'Owner', 'Notes'),
      { minLength: 1, maxLength: 6 },
    );
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', ' ', 'Initech', 'Stark, Industries', 'say "hi"', 'line\nbreak', 'ENT', 'Enterprize', '$250k', '€5', 'Yes', 'N/A', '2026-02-30', 'salesforce', '001A'),
    );
    const table = labels.chain((header) => fc.tuple(fc.constant(header), fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), { maxLength: 8 })));
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), fc.boolean(), ([header, rows], eol, quoteAll) => {
        const field = (text: string) => (quoteAll || /[",\r\n]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text);
        const csv = [header, ...rows].map((record) => record.map(field).join(',') + eol).join('');
        const result = read(csv, { format: 'csv' });
        expect(result.imported + result.skipped).toBe(rows.length);
      }),
      RUNS,
    );
  });
});
