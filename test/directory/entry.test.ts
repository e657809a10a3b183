import { describe, expect, it } from 'vitest';
import { normaliseDomain } from '../../lib/directory/domain';
import { entryKey, toSearchDoc, type DirectoryEntry } from '../../lib/directory/entry';
import { fold, words } from '../../lib/directory/fold';
import { salesforceId18 } from '../../lib/directory/salesforce-id';

describe('an entry’s identity', () => {
  it.each<[string, Pick<DirectoryEntry, 'name' | 'domain' | 'crm'>, string]>([
    ['the CRM record when known', { name: 'Initech', domain: 'initech.com', crm: { tool: 'salesforce', recordId: '001A', url: null } }, 'salesforce:001A'],
    ['else the domain', { name: 'Initech', domain: 'initech.com', crm: null }, 'domain:initech.com'],
    ['else the squashed name', { name: 'Stark  Industries, Inc.', domain: null, crm: null }, 'name:starkindustriesinc'],
  ])('is %s', (_, entry, key) => expect(entryKey(entry)).toBe(key));

  it('keys a 15-character Salesforce id by its 18-character form, so an export and a browsed page agree', () => {
    const crm = (recordId: string, tool: 'salesforce' | 'hubspot' = 'salesforce') => ({ name: 'X', domain: null, crm: { tool, recordId, url: null } });
    expect(entryKey(crm('001A0000006Vm9r'))).toBe('salesforce:001A0000006Vm9rIAC');
    expect(entryKey(crm('001A0000006Vm9rIAC'))).toBe('salesforce:001A0000006Vm9rIAC');
    expect(entryKey(crm('123456789012345', 'hubspot'))).toBe('hubspot:123456789012345');
  });

  it('searches by the CRM id, or by a bare id attribute when no CRM record is known', () => {
    const base: DirectoryEntry = { key: 'domain:initech.com', name: 'Initech', domain: 'initech.com', crm: null, fields: { id: ' 42 ' }, source: 'import', updatedAt: 0 };
    expect(toSearchDoc(base)).toEqual({ key: 'domain:initech.com', name: 'Initech', domain: 'initech.com', crmId: '42' });
    expect(toSearchDoc({ ...base, crm: { tool: 'hubspot', recordId: '91', url: null } }).crmId).toBe('91');
    expect(toSearchDoc({ ...base, fields: {} }).crmId).toBeNull();
  });
});

describe('Salesforce ids', () => {
  it.each([
    ['001A0000006Vm9r', '001A0000006Vm9rIAC'], // the example Salesforce's help gives
    ['00D000000000062', '00D000000000062EAA'],
    ['001000000000000', '001000000000000AAA'],
    ['001A0000006Vm9rIAC', '001A0000006Vm9rIAC'], // already 18
    ['9100000002', '9100000002'], // not a Salesforce id
    ['001A0000006Vm9-', '001A0000006Vm9-'],
  ])('%s is %s', (id, long) => expect(salesforceId18(id)).toBe(long));
});

describe('domains', () => {
  it.each([
    ['globex.com', 'globex.com'],
    ['https://www.Globex.com/about?x=1', 'globex.com'],
    ['http://globex.co.uk:8080/', 'globex.co.uk'],
    ['WWW.GLOBEX.COM.', 'globex.com'],
    ['stark-industries.io', 'stark-industries.io'],
    ['zürich-versicherung.ch', 'zürich-versicherung.ch'],
    ['xn--zrich-kva.ch', 'xn--zrich-kva.ch'],
  ])('%j is %j', (raw, expected) => expect(normaliseDomain(raw)).toBe(expected));

  it.each(['N/A', 'none', '—', 'sales@globex.com', 'globex', 'globex .com', '-globex.com', 'http://', ''])('%j is not a domain', (raw) => {
    expect(normaliseDomain(raw)).toBeNull();
  });
});

describe('folding text for search', () => {
  it.each([
    ['Société Générale', 'société générale'.normalize('NFKD').replace(/\p{M}/gu, '')],
    ['ZÜRICH', 'zurich'],
    ['Straße', 'strasse'],
    ['Øresund Æble Łódź', 'oresund aeble lodz'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
  ])('%j folds to %j', (text, folded) => expect(fold(text)).toBe(folded));

  it.each([
    ['stark-industries.com', ['stark', 'industries', 'com']],
    ['at&t', ['at', 't']],
    ['  3m  co ', ['3m', 'co']],
    ['société générale', ['société', 'générale']],
    ['東京 電力', ['東京', '電力']],
    ['', []],
  ])('%j splits into %j', (text, expected) => expect(words(text)).toEqual(expected));
});
