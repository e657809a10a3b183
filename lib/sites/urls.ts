/**
 * Pure URL detectors: which supported page is this, and which record does it show?
 *
 * Only the host and path are read; query and hash are ignored (Lightning console adds `?ws=…`,
 * Zendesk and HubSpot add tracking/query state). Only `https:` on the default port is accepted:
 * every supported product serves its app over HTTPS only, so anything else is not the product.
 */
import type { PageMatch, Tool } from './types';

/**
 * Salesforce org hosts.
 * - `{MyDomain}.lightning.force.com` and `{MyDomain}.my.salesforce.com` (production, and Developer
 *   Edition / scratch / demo / patch / free / Trailhead orgs with their partition label in between),
 * - `{MyDomain}--{SandboxName}.sandbox.lightning.force.com` / `.sandbox.my.salesforce.com`.
 * https://help.salesforce.com/s/articleView?id=products.domain_name_app_url_changes.htm&type=5 (My Domain URL formats)
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_DomainCreator.htm
 *   (builds `https://{LightningHostname}/lightning/r/Account/{Id}/view`)
 */
const SALESFORCE_HOST =
  /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.(?:sandbox|develop|scratch|demo|patch|free|trailblaze))?\.(?:lightning\.force\.com|my\.salesforce\.com)$/;

/**
 * Lightning record page: `/lightning/r/{objectApiName}/{recordId}/view`, and the object-less
 * `/lightning/r/{recordId}/view` form of the same pageReference
 * (https://developer.salesforce.com/docs/atlas.en-us.lightning.meta/lightning/components_navigation_page_definitions.htm,
 * "Record Page Type").
 * Record ids are 15 (case-sensitive) or 18 (case-insensitive) characters; Account ids carry the
 * key prefix `001`, which is how the object-less form is recognised as an account.
 */
const SALESFORCE_ACCOUNT_PATH = /^\/lightning\/r\/(?:Account\/)?(001[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/view\/?$/;

/**
 * HubSpot app hosts: `app.hubspot.com`, and data-centre hosts `app-{region}{n}.hubspot.com` such as
 * `app-eu1.hubspot.com` (EU data centre). The general `app-xx9` shape is an assumption that also
 * covers newer regions (e.g. `app-na2`); no public doc lists them all.
 */
const HUBSPOT_HOST = /^app(?:-[a-z]{2}[0-9]+)?\.hubspot\.com$/;

/**
 * Company record: `/contacts/{portalId}/record/0-2/{companyId}` (0-2 is the companies object type id:
 * https://developers.hubspot.com/docs/api-reference/latest/crm/understanding-the-crm) and the older
 * `/contacts/{portalId}/company/{companyId}`. Sub-routes of the record (tabs) are the same record.
 */
const HUBSPOT_COMPANY_PATH = /^\/contacts\/[0-9]+\/(?:record\/0-2|company)\/([0-9]+)(?:\/.*)?$/;

/**
 * Zendesk Support agent hosts: `{subdomain}.zendesk.com` (one label: account subdomains have no dots).
 * Host-mapped custom domains serve the help center, not the agent interface, so they are not matched.
 */
const ZENDESK_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.zendesk\.com$/;
/** Ticket page in the agent interface: `/agent/tickets/{id}`. */
const ZENDESK_TICKET_PATH = /^\/agent\/tickets\/([0-9]+)\/?$/;
/** A ticket view: `/agent/filters/{viewId}`. */
const ZENDESK_VIEW_PATH = /^\/agent\/filters\/([0-9]+)\/?$/;
/**
 * The agent Home dashboard: "In the main window of the dashboard is a view of tickets requiring
 * your attention" — a table of tickets (https://support.zendesk.com/hc/en-us/articles/4408882039450).
 */
const ZENDESK_DASHBOARD_PATH = /^\/agent\/dashboard\/?$/;

/** Hosts an admin added for a tool on a custom domain (Salesforce My Domain, a Zendesk host mapping). */
export type CustomHosts = ReadonlyMap<string, Tool>;
const NO_CUSTOM_HOSTS: CustomHosts = new Map();

const HOSTS: Record<Tool, RegExp> = { salesforce: SALESFORCE_HOST, hubspot: HUBSPOT_HOST, zendesk: ZENDESK_HOST };

function isAppUrl(url: URL, tool: Tool, custom: CustomHosts = NO_CUSTOM_HOSTS): boolean {
  if (url.protocol !== 'https:' || url.port !== '') return false;
  return HOSTS[tool].test(url.hostname) || custom.get(url.hostname) === tool;
}

function capture(url: URL, tool: Tool, path: RegExp, custom?: CustomHosts): string | null {
  if (!isAppUrl(url, tool, custom)) return null;
  return path.exec(url.pathname)?.[1] ?? null;
}

export function isSalesforceAccount(url: URL): boolean {
  return capture(url, 'salesforce', SALESFORCE_ACCOUNT_PATH) !== null;
}

export function isHubspotCompany(url: URL): boolean {
  return capture(url, 'hubspot', HUBSPOT_COMPANY_PATH) !== null;
}

export function isZendeskTicket(url: URL): boolean {
  return capture(url, 'zendesk', ZENDESK_TICKET_PATH) !== null;
}

export function isZendeskTicketList(url: URL): boolean {
  return isAppUrl(url, 'zendesk') && (ZENDESK_VIEW_PATH.test(url.pathname) || ZENDESK_DASHBOARD_PATH.test(url.pathname));
}

/** Is `url` on a host of a supported tool (its own domains or an admin-added one), whatever the page? */
export function toolOfHost(url: URL, custom?: CustomHosts): Tool | null {
  for (const tool of ['salesforce', 'hubspot', 'zendesk'] as const) if (isAppUrl(url, tool, custom)) return tool;
  return null;
}

/** Which supported page `url` is, with the id it shows (view id for lists; null for the dashboard). */
export function matchPage(url: URL, custom?: CustomHosts): PageMatch | null {
  const sf = capture(url, 'salesforce', SALESFORCE_ACCOUNT_PATH, custom);
  if (sf !== null) return { tool: 'salesforce', kind: 'account', recordId: sf };

  const hs = capture(url, 'hubspot', HUBSPOT_COMPANY_PATH, custom);
  if (hs !== null) return { tool: 'hubspot', kind: 'account', recordId: hs };

  const ticket = capture(url, 'zendesk', ZENDESK_TICKET_PATH, custom);
  if (ticket !== null) return { tool: 'zendesk', kind: 'ticket', recordId: ticket };

  const view = capture(url, 'zendesk', ZENDESK_VIEW_PATH, custom);
  if (view !== null) return { tool: 'zendesk', kind: 'ticket-list', recordId: view };

  if (isAppUrl(url, 'zendesk', custom) && ZENDESK_DASHBOARD_PATH.test(url.pathname)) {
    return { tool: 'zendesk', kind: 'ticket-list', recordId: null };
  }
  return null;
}
