/** Salesforce Lightning's hosts and the pages Lens reads (pure: `(url) => match`, tested by test/sites/salesforce/url-table.ts). */
import type { PageRoute } from '../page-data';

/**
 * Salesforce org hosts.
 * - `{MyDomain}.lightning.force.com` and `{MyDomain}.my.salesforce.com` (production, and Developer
 *   Edition / scratch / demo / patch / free / Trailhead orgs with their partition label in between),
 * - `{MyDomain}--{SandboxName}.sandbox.lightning.force.com` / `.sandbox.my.salesforce.com`.
 * https://help.salesforce.com/s/articleView?id=products.domain_name_app_url_changes.htm&type=5 (My Domain URL formats)
 * https://developer.salesforce.com/docs/atlas.en-us.apexref.meta/apexref/apex_class_System_DomainCreator.htm
 *   (builds `https://{LightningHostname}/lightning/r/Account/{Id}/view`)
 */
export const SALESFORCE_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.(?:sandbox|develop|scratch|demo|patch|free|trailblaze))?\.(?:lightning\.force\.com|my\.salesforce\.com)$/;

/**
 * Lightning record page: `/lightning/r/{objectApiName}/{recordId}/view`, and the object-less
 * `/lightning/r/{recordId}/view` form of the same pageReference
 * (https://developer.salesforce.com/docs/atlas.en-us.lightning.meta/lightning/components_navigation_page_definitions.htm,
 * "Record Page Type").
 * Record ids are 15 (case-sensitive) or 18 (case-insensitive) characters; Account ids carry the
 * key prefix `001`, which is how the object-less form is recognised as an account.
 * Exported for the Case readers, which find a Case's account by its Account Name link (same two forms).
 */
export const SALESFORCE_ACCOUNT_PATH = /^\/lightning\/r\/(?:Account\/)?(001[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/view\/?$/;

/**
 * A Case record page, the same Record Page Type: Case ids carry the key prefix `500`
 * (research next-tools-and-anchors.md §2a). The Service Console opens a Case in a workspace tab at this same URL
 * (a `?ws=` query names the workspace; only the path is matched).
 */
const SALESFORCE_CASE_PATH = /^\/lightning\/r\/(?:Case\/)?(500[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/view\/?$/;

/**
 * Case lists, both a `lightning-datatable` of Cases:
 * - the Case object home's list view, `/lightning/o/Case/list?filterName={listViewIdOrApiName}` ("Object Page Type",
 *   actionName `list`; the filter is a query parameter, not part of the path);
 * - an account's Cases related list, `/lightning/r/Account/{accountId}/related/Cases/view` ("Record Relationship
 *   Page Type", relationshipApiName `Cases`).
 * Same pageReference documentation as above (which gives the related-list form with the object name only). Neither
 * names one Case: the match's id is null.
 */
const SALESFORCE_CASE_LIST_PATH = /^\/lightning\/(?:o\/Case\/list|r\/Account\/001[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?\/related\/Cases\/view)\/?$/;

/** The manifest's match patterns for SALESFORCE_HOST (content scripts). */
export const SALESFORCE_HOST_PATTERNS = ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'] as const;

export const SALESFORCE_PAGES: readonly PageRoute[] = [
  { kind: 'account', path: SALESFORCE_ACCOUNT_PATH },
  { kind: 'ticket', path: SALESFORCE_CASE_PATH },
  { kind: 'ticket-list', path: SALESFORCE_CASE_LIST_PATH, id: () => null },
];
