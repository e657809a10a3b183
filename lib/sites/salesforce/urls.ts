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
 */
const SALESFORCE_ACCOUNT_PATH = /^\/lightning\/r\/(?:Account\/)?(001[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/view\/?$/;

/** The manifest's match patterns for SALESFORCE_HOST (content scripts). */
export const SALESFORCE_HOST_PATTERNS = ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*'] as const;

export const SALESFORCE_PAGES: readonly PageRoute[] = [{ kind: 'account', path: SALESFORCE_ACCOUNT_PATH }];
