/**
 * The HubSpot reader on the real record markup (real-markup-notes.md §3.2–§3.3): properties by internal name first,
 * a German portal, rows in edit mode and still loading, the owner's bare text, the "View all properties" panel and
 * the older sidebar form. The selector counts for these fixtures are in selectors.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mapFields } from '../../lib/parse/field-mapping';
import { readHubspotCompany } from '../../lib/sites/hubspot/read-page';
import type { RawRecord } from '../../lib/sites/types';
import { loadFixtureDocument, readAtUrl } from '../fixtures/dom';
import { DEFAULT_FIELD_MAPPINGS } from '../../lib/sites/registry';

const HS_URL = new URL('https://app.hubspot.com/contacts/4815162/record/0-2/9876543210');
const read = (doc: Document): RawRecord | null => readAtUrl(readHubspotCompany, doc, HS_URL);
const readFixture = (name: string): RawRecord => read(loadFixtureDocument(name))!;
const mapped = (record: RawRecord) => mapFields(record.fields, DEFAULT_FIELD_MAPPINGS.hubspot, record.names);
const row = (doc: Document, name: string) => doc.querySelector(`ul[data-selenium-test="profile-properties-list"] > span[data-test-id="${name}"]`)!;

describe('a company record in the current layout', () => {
  it('maps every handbook attribute through the internal names of the default mapping', () => {
    expect(mapped(readFixture('hubspot/company.html'))).toEqual({
      name: 'Acme Corp',
      domain: 'acme.example',
      segment: 'Enterprise',
      arr: '$1,250,000',
      packages: 'Slack Support; 24/7 Support SLAs',
      deployment: 'Dedicated Cloud',
      kubernetes: 'Yes',
      externalServices: '',
      implementationStart: '01/15/2024',
      implementationEnd: '06/30/2024',
      slackOptOut: 'No',
      renewalDate: '03/31/2025',
    });
  });

  it("reads the owner's bare text, which carries no property-input marker", () => {
    const doc = loadFixtureDocument('hubspot/company.html');
    expect(row(doc, 'hubspot_owner_id').querySelector('[data-selenium-test^="property-input-"]')).toBeNull();
    expect(read(doc)?.names?.hubspot_owner_id).toBe('Jane Doe');
  });

  it("reads an enum's badge without its caret, and `--` as an empty property ('')", () => {
    const { names } = readFixture('hubspot/company.html');
    expect(names?.segment).toBe('Enterprise');
    expect(names?.external_services).toBe('');
  });

  it("does not take HubSpot's own Annual Revenue (the company's turnover) for ARR, even when ARR is missing", () => {
    const doc = loadFixtureDocument('hubspot/company.html');
    row(doc, 'arr').remove();
    const record = read(doc)!;
    expect(record.names?.annualrevenue).toBe('$50,000,000');
    expect(mapped(record).arr).toBeUndefined();
  });

  it('depends on no class name and no label id: without any, the page reads the same', () => {
    const doc = loadFixtureDocument('hubspot/company.html');
    for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
    expect(read(doc)).toEqual(readFixture('hubspot/company.html'));
  });

  it('reads the left sidebar only: a property list in a right-sidebar card belongs to another record', () => {
    const doc = loadFixtureDocument('hubspot/company.html');
    const foreign = doc.createElement('ul');
    foreign.setAttribute('data-selenium-test', 'profile-properties-list');
    foreign.append(row(doc, 'segment').cloneNode(true));
    (foreign.querySelector('[data-test-id="segment"]') as Element).setAttribute('data-test-id', 'jobtitle');
    doc.querySelector('[data-test-id="records-right-sidebar"]')!.append(foreign);
    expect(read(doc)?.names).not.toHaveProperty('jobtitle');
  });

  it('keeps a row whose internal name is `__proto__` as a name like any other', () => {
    const doc = loadFixtureDocument('hubspot/company.html');
    row(doc, 'createdate').setAttribute('data-test-id', '__proto__');
    const names = read(doc)!.names!;
    expect(Object.getPrototypeOf(names)).toBe(Object.prototype);
    expect(Object.entries(names)).toContainEqual(['__proto__', '09/12/2021 10:02 AM GMT+2']);
  });
});

describe('a German portal', () => {
  it('reads to the same account as the English page through the internal names', () => {
    expect(mapped(readFixture('hubspot/company-de.html'))).toEqual(mapped(readFixture('hubspot/company.html')));
  });

  it('would lose segment, ARR and packages to its labels alone', () => {
    const byLabel = mapFields(readFixture('hubspot/company-de.html').fields, DEFAULT_FIELD_MAPPINGS.hubspot);
    expect(byLabel).not.toHaveProperty('segment');
    expect(byLabel).not.toHaveProperty('arr');
    expect(byLabel).not.toHaveProperty('packages');
  });

  it('reads a row in edit mode, whose value is a button one level deeper', () => {
    const doc = loadFixtureDocument('hubspot/company-de.html');
    expect(row(doc, 'kubernetes').querySelector('[data-deferred-property-input-mode="input"] button[data-selenium-test="property-input-kubernetes"]')).not.toBeNull();
    expect(read(doc)?.names?.kubernetes).toBe('Yes');
    expect(read(doc)?.fields.Kubernetes).toBe('Yes');
  });
});

describe('a record still loading', () => {
  it('leaves rows whose value has not rendered out, instead of reading them as empty', () => {
    const { names, fields } = readFixture('hubspot/company-loading.html');
    for (const name of ['hubspot_owner_id', 'segment', 'arr', 'purchased_packages', 'deployment']) expect(names).not.toHaveProperty(name);
    for (const label of ['Company owner', 'Segment', 'ARR', 'Purchased Packages']) expect(fields).not.toHaveProperty(label);
  });

  it('reads a deferred row once its value arrives', () => {
    const doc = loadFixtureDocument('hubspot/company-loading.html');
    row(doc, 'segment').querySelector('[data-test-id="hover-content-wrapper"]')!.innerHTML =
      '<span data-selenium-test="property-input-segment"><span data-test-id="badge">Enterprise</span></span>';
    expect(read(doc)?.names?.segment).toBe('Enterprise');
  });

  it('reads the open "View all properties" panel after the sidebar, skipping its skeleton placeholders', () => {
    const { names, fields } = readFixture('hubspot/company-loading.html');
    expect(names).toEqual({ name: 'Acme Corp', domain: 'acme.example', industry: 'Computer Software', numberofemployees: '1,200' });
    expect(fields.Industry).toBe('Computer Software');
  });

  it('is null while no property has a value yet, and while the property card has not rendered', () => {
    const doc = loadFixtureDocument('hubspot/company-loading.html');
    doc.querySelector('[data-test-id="all-properties-panel"]')!.remove();
    row(doc, 'name').remove();
    row(doc, 'domain').remove();
    expect(read(doc)).toBeNull();
    doc.querySelector('[data-card-type="PROPERTIES_V3"]')!.remove();
    expect(read(doc)).toBeNull();
  });
});

describe('the older sidebar form (form[data-selenium-test="profile-properties"])', () => {
  it('reads each property by data-profile-property and its label, values from readonly inputs or plain text', () => {
    const record = readFixture('hubspot/company-legacy.html');
    expect(record.name).toBe('Acme Corp');
    expect(record.names).toEqual({
      name: 'Acme Corp',
      domain: 'acme.example', // plain text: the overlay's "edit" and "externalLink" icons are not the value
      segment: 'Enterprise',
      arr: '$1,250,000',
      purchased_packages: 'Slack Support; 24/7 Support SLAs',
      external_services: '',
      renewal_date: '03/31/2025',
    });
    expect(record.fields['Company domain name']).toBe('acme.example');
  });
});
