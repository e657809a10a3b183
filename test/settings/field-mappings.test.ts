import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HANDBOOK_LABELS } from '../../lib/parse/field-mapping';
import { loadSettings } from '../../lib/settings/load';
import { keepEditedMappings } from '../../lib/settings/mapping-migrations';
import { fieldMappingsItem } from '../../lib/settings/storage';
import { DEFAULT_FIELD_MAPPINGS } from '../../lib/sites/registry';

const OLD_HUBSPOT_DEFAULT = { ...HANDBOOK_LABELS, name: ['Company name', 'Name'], domain: ['Company Domain Name', 'Website URL', 'Domain'] };

describe('field mappings in storage hold what the user changed, and every other tool gets its default', () => {
  beforeEach(() => fakeBrowser.reset());

  it('with nothing stored, every tool of the registry has its default', async () => {
    expect((await loadSettings()).fieldMappings).toEqual(DEFAULT_FIELD_MAPPINGS);
  });

  it('a mapping the user saved for one tool leaves the others on their defaults', async () => {
    const mine = { ...DEFAULT_FIELD_MAPPINGS.salesforce, segment: ['Kundensegment'] };
    await fieldMappingsItem.setValue({ salesforce: mine });
    const { fieldMappings } = await loadSettings();
    expect(fieldMappings.salesforce).toEqual(mine);
    expect(fieldMappings.hubspot).toEqual(DEFAULT_FIELD_MAPPINGS.hubspot);
  });

  it('version 1 stored every tool on any Save: the shipped defaults frozen then are dropped, an edited mapping is kept', () => {
    const edited = { ...DEFAULT_FIELD_MAPPINGS.zendesk, segment: ['tier_segment'] };
    const migrated = keepEditedMappings({ salesforce: HANDBOOK_LABELS, hubspot: OLD_HUBSPOT_DEFAULT, zendesk: edited });
    expect(migrated).toEqual({ zendesk: edited });
  });

  it('the old HubSpot default is recognised whatever the order of its keys', () => {
    const reordered = Object.fromEntries(Object.entries(OLD_HUBSPOT_DEFAULT).reverse());
    expect(keepEditedMappings({ hubspot: reordered })).toEqual({});
  });

  it.each([null, 'text', [1, 2], 42])('an unreadable stored value (%j) migrates to nothing changed', (stored) => {
    expect(keepEditedMappings(stored)).toEqual({});
  });

  it('a profile that saved a mapping before version 2 reads HubSpot by internal names after the update', async () => {
    // What version 1 wrote on any Save: every tool, HubSpot's labels-only default among them.
    await fakeBrowser.storage.local.set({ fieldMappings: { salesforce: HANDBOOK_LABELS, hubspot: OLD_HUBSPOT_DEFAULT, zendesk: DEFAULT_FIELD_MAPPINGS.zendesk } });
    expect(await fieldMappingsItem.migrate().then(() => fieldMappingsItem.getValue())).toEqual({});
    expect((await loadSettings()).fieldMappings.hubspot.segment?.[0]).toBe('segment');
  });
});
