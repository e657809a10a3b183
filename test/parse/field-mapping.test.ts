/**
 * The field mapping reads a record's property names (HubSpot internal names, Salesforce API names) before its visible
 * labels, and the shipped mappings are data a test can check.
 */
import { describe, expect, it } from 'vitest';
import { ACCOUNT_ATTRIBUTES } from '../../lib/parse/account';
import { mapFields, type FieldMapping } from '../../lib/parse/field-mapping';
import { DEFAULT_FIELD_MAPPINGS } from '../../lib/sites/registry';

describe('mapFields', () => {
  it('takes a mapping entry that is an internal name over a label entry, wherever it stands in the list', () => {
    const mapping: FieldMapping = { segment: ['Segment', 'customer_tier'] };
    expect(mapFields({ Segment: 'SMB' }, mapping, { customer_tier: 'Enterprise' })).toEqual({ segment: 'Enterprise' });
  });

  it('falls back to the labels when no entry names a property of the record', () => {
    expect(mapFields({ 'Market Segment': 'ENT' }, DEFAULT_FIELD_MAPPINGS.hubspot, { industry: 'Software' })).toEqual({ segment: 'ENT' });
  });

  it('maps a record without names (a Zendesk organization) by its keys, as before', () => {
    expect(mapFields({ segment: 'strategic', arr: '1.2M' }, DEFAULT_FIELD_MAPPINGS.zendesk)).toEqual({ segment: 'strategic', arr: '1.2M' });
  });

  it('compares names without case but otherwise exactly, and labels without case or punctuation', () => {
    const mapping: FieldMapping = { segment: ['segment__c'], arr: ['Annual Recurring Revenue'] };
    expect(mapFields({}, mapping, { Segment__c: 'ENT' })).toEqual({ segment: 'ENT' });
    expect(mapFields({}, mapping, { segmentc: 'ENT' })).toEqual({});
    expect(mapFields({ 'annual recurring-revenue': '$1M' }, mapping)).toEqual({ arr: '$1M' });
  });

  it('reads a Salesforce API name an admin adds beside the label, and the standard Name and Website on any language', () => {
    const german = { Accountname: 'Acme', Webseite: 'acme.example', Segment: 'SMB' };
    const names = { Name: 'Acme', Website: 'acme.example', Segment__c: 'Enterprise' };
    const mapping = { ...DEFAULT_FIELD_MAPPINGS.salesforce, segment: ['Segment', 'Segment__c'] };
    expect(mapFields(german, mapping, names)).toMatchObject({ name: 'Acme', domain: 'acme.example', segment: 'Enterprise' });
  });

  it('keeps the first of two names that differ only in case', () => {
    expect(mapFields({}, { segment: ['segment'] }, { Segment: 'first', segment: 'second' })).toEqual({ segment: 'first' });
  });
});

describe('the shipped mappings', () => {
  it.each(Object.entries(DEFAULT_FIELD_MAPPINGS))('%s maps only known attributes, each through non-empty, trimmed entries', (_tool, mapping) => {
    for (const [attribute, entries] of Object.entries(mapping)) {
      expect(ACCOUNT_ATTRIBUTES).toContain(attribute);
      expect(entries?.length).toBeGreaterThan(0);
      for (const entry of entries ?? []) expect(entry).toBe(entry.trim());
    }
  });

  it('HubSpot lists the internal names before the labels', () => {
    expect(DEFAULT_FIELD_MAPPINGS.hubspot.name?.[0]).toBe('name');
    expect(DEFAULT_FIELD_MAPPINGS.hubspot.segment?.slice(0, 1)).toEqual(['segment']);
    expect(DEFAULT_FIELD_MAPPINGS.hubspot.packages?.[0]).toBe('purchased_packages');
    expect(DEFAULT_FIELD_MAPPINGS.hubspot.segment).toContain('Segment');
  });

  it("HubSpot does not read its built-in annualrevenue (the company's own revenue) as ARR", () => {
    const entries = Object.values(DEFAULT_FIELD_MAPPINGS.hubspot).flat();
    expect(entries.map((e) => e.toLowerCase())).not.toContain('annualrevenue');
    expect(mapFields({ 'Annual revenue': '$50,000,000' }, DEFAULT_FIELD_MAPPINGS.hubspot, { annualrevenue: '$50,000,000' })).toEqual({});
  });

  it('Salesforce keeps labels first; the standard API names Name and Website are among its entries', () => {
    expect(DEFAULT_FIELD_MAPPINGS.salesforce.name?.[0]).toBe('Account Name');
    expect(DEFAULT_FIELD_MAPPINGS.salesforce.name).toContain('Name');
    expect(DEFAULT_FIELD_MAPPINGS.salesforce.domain).toContain('Website');
  });
});
