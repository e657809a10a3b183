/**
 * The hostile demo dataset (startDemoServer({ hostile })) does what the injection end-to-end test relies on: the
 * modelled pages hold every payload as escaped text, the extension's own site adapters read each payload back
 * unchanged (so the panel is handed the raw string), and the Support API answers carry them raw in every field.
 */
import { describe, expect, it } from 'vitest';
import { mapFields } from '../../lib/parse/field-mapping';
import { readHubspotCompany } from '../../lib/sites/hubspot/read-page';
import { readSalesforceAccount } from '../../lib/sites/salesforce/read-page';
import { parseZendeskShowMany, readZendeskListRows, readZendeskTicketFromPage } from '../../lib/sites/zendesk';
import { demoData, route } from '../demo/routes';
import { parseFixtureHtml, readAtUrl } from '../fixtures/dom';
import { INJECTION_PAYLOADS } from '../fixtures/demo/hostile';
import { DEFAULT_FIELD_MAPPINGS } from '../../lib/sites/registry';

const NOW = Date.parse('2026-11-21T20:00:00Z');
const data = demoData(NOW, INJECTION_PAYLOADS);
const page = (host: string, path: string) => route(host, new URL(`https://${host}${path}`), false, data);

describe('the hostile demo dataset', () => {
  it('has at least 20 payloads, one account and one featured ticket each', () => {
    expect(INJECTION_PAYLOADS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(INJECTION_PAYLOADS).size).toBe(INJECTION_PAYLOADS.length);
    expect(data.accounts).toHaveLength(INJECTION_PAYLOADS.length);
    expect(data.featured).toBe(INJECTION_PAYLOADS.length);
  });

  /** The attributes both demo record pages show as fields (the Salesforce name is the record's title, read apart). */
  const SHOWN_ON_BOTH = [
    'segment',
    'arr',
    'deployment',
    'kubernetes',
    'externalServices',
    'packages',
    'implementationStart',
    'implementationEnd',
    'slackOptOut',
    'renewalDate',
    'domain',
  ] as const;

  it.each(INJECTION_PAYLOADS.map((p, i) => [i, p] as const))('payload %i reaches the Salesforce and HubSpot adapters as text, in every field', (i, payload) => {
    const account = data.accounts[i]!;
    const sfUrl = new URL(`https://acme.lightning.force.com/lightning/r/Account/${account.salesforceId}/view`);
    const sfHtml = page(sfUrl.host, sfUrl.pathname).body;
    // No payload markup survives in the page source: it is all entities.
    if (payload.includes('<')) expect(sfHtml).not.toContain(payload);
    const sf = readAtUrl(readSalesforceAccount, parseFixtureHtml(sfHtml), sfUrl)!;
    expect(sf.name).toBe(payload.trim());
    const mapped = mapFields(sf.fields, DEFAULT_FIELD_MAPPINGS.salesforce, sf.names);
    for (const key of SHOWN_ON_BOTH) expect(mapped[key], key).toBe(payload.trim());

    const hsUrl = new URL(`https://app.hubspot.com/contacts/4815162/record/0-2/${account.hubspotId}`);
    const hs = readAtUrl(readHubspotCompany, parseFixtureHtml(page(hsUrl.host, hsUrl.pathname).body), hsUrl)!;
    expect(hs.name).toBe(payload.trim());
    // Read by internal name (the real markup's row key), as the panel reads it: every mapped attribute is the payload.
    const hsMapped = mapFields(hs.fields, DEFAULT_FIELD_MAPPINGS.hubspot, hs.names);
    for (const key of ['name', ...SHOWN_ON_BOTH] as const) expect(hsMapped[key], key).toBe(payload.trim());
    expect(hs.fields.Segment).toBe(payload.trim());
  });

  it('the Support API answers carry every payload raw: ticket subject, organization name and organization fields', () => {
    const ids = data.tickets
      .slice(0, data.featured)
      .map((t) => t.id)
      .join(',');
    const answer = JSON.parse(
      route('acme.zendesk.com', new URL(`https://acme.zendesk.com/api/v2/tickets/show_many.json?ids=${ids}&include=organizations,metric_sets`), false, data).body,
    );
    const parsed = parseZendeskShowMany(answer, { origin: 'https://acme.zendesk.com' })!;
    expect(parsed).toHaveLength(INJECTION_PAYLOADS.length);
    parsed.forEach(({ ticket, organization }, i) => {
      expect(ticket.subject).toBe(INJECTION_PAYLOADS[i]);
      expect(organization?.name).toBe(INJECTION_PAYLOADS[i]);
      expect(organization?.fields.segment).toBe(INJECTION_PAYLOADS[i]);
      expect(organization?.fields.purchased_packages).toBe(INJECTION_PAYLOADS[i]);
    });
  });

  it('the ticket view and a ticket page hold the payloads as text the Zendesk adapter reads back', () => {
    const view = parseFixtureHtml(page('acme.zendesk.com', '/agent/filters/1').body);
    expect(readZendeskListRows(view).map((r) => r.ticketId)).toEqual(data.tickets.slice(0, data.featured).map((t) => String(t.id)));
    const url = new URL('https://acme.zendesk.com/agent/tickets/1001');
    expect(readAtUrl(readZendeskTicketFromPage, parseFixtureHtml(page(url.host, url.pathname).body), url)?.ticket.subject).toBe(INJECTION_PAYLOADS[0]);
  });
});
