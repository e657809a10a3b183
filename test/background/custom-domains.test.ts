import { describe, expect, it } from 'vitest';
import { domainScript, planScripts, type DomainScript } from '../../lib/background/custom-domains';

const crm = domainScript({ host: 'crm.acme.example', tool: 'salesforce' })!;
const support = domainScript({ host: 'support.acme.example', tool: 'zendesk' })!;

describe('registering the custom domains’ scripts changes only what differs', () => {
  it('a domain gets the scripts of its tool’s surfaces, with the badges’ stylesheet where the tool has ticket pages', () => {
    // Salesforce: the sidebar on accounts, the badges on cases and case list views, in one registration.
    expect(crm).toMatchObject({
      id: 'custom-domain:crm.acme.example',
      matches: ['https://crm.acme.example/*'],
      js: ['content-scripts/crm-sidebar.js', 'content-scripts/ticket-badges.js'],
      css: ['content-scripts/ticket-badges.css'],
      runAt: 'document_idle',
    });
    expect(support).toMatchObject({ js: ['content-scripts/ticket-badges.js'], css: ['content-scripts/ticket-badges.css'] });
  });

  it('nothing is touched when what is registered is what is wanted (a wake of the service worker)', () => {
    expect(planScripts([crm, support], [crm, support])).toEqual({ unregister: [], register: [] });
  });

  it('a new domain is registered, and only it', () => {
    expect(planScripts([crm], [crm, support])).toEqual({ unregister: [], register: [support] });
  });

  it('a removed domain (or a withdrawn grant) is unregistered, and only it', () => {
    expect(planScripts([crm, support], [crm])).toEqual({ unregister: [support.id], register: [] });
  });

  it('a domain moved to another tool is replaced', () => {
    const moved = domainScript({ host: 'crm.acme.example', tool: 'hubspot' })!;
    expect(planScripts([crm], [moved])).toEqual({ unregister: [], register: [] }); // same surfaces: same scripts
    const asZendesk = domainScript({ host: 'crm.acme.example', tool: 'zendesk' })!;
    expect(planScripts([crm], [asZendesk])).toEqual({ unregister: [crm.id], register: [asZendesk] });
  });

  it('scripts that are not ours are left alone', () => {
    const other: DomainScript = { id: 'someone-else', matches: ['https://x.example/*'], js: ['x.js'] };
    expect(planScripts([other, crm], [])).toEqual({ unregister: [crm.id], register: [] });
  });
});
