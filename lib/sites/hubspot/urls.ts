/** HubSpot's hosts and the pages Lens reads (pure: `(url) => match`, tested by test/sites/hubspot/url-table.ts). */
import type { PageRoute } from '../page-data';

/**
 * HubSpot app hosts: `app.hubspot.com`, and data-centre hosts `app-{region}{n}.hubspot.com` such as
 * `app-eu1.hubspot.com` (EU data centre). The general `app-xx9` shape is an assumption that also
 * covers newer regions (e.g. `app-na2`); no public doc lists them all.
 */
export const HUBSPOT_HOST = /^app(?:-[a-z]{2}[0-9]+)?\.hubspot\.com$/;

/**
 * Company record: `/contacts/{portalId}/record/0-2/{companyId}` (0-2 is the companies object type id:
 * https://developers.hubspot.com/docs/api-reference/latest/crm/understanding-the-crm) and the older
 * `/contacts/{portalId}/company/{companyId}`. Sub-routes of the record (tabs) are the same record.
 */
const HUBSPOT_COMPANY_PATH = /^\/contacts\/[0-9]+\/(?:record\/0-2|company)\/([0-9]+)(?:\/.*)?$/;

/**
 * The manifest's match patterns for HUBSPOT_HOST. Match patterns cannot say `app-{region}{n}`: the EU data centre
 * is listed; a portal in another region adds its host as a custom domain.
 */
export const HUBSPOT_HOST_PATTERNS = ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] as const;

export const HUBSPOT_PAGES: readonly PageRoute[] = [{ kind: 'account', path: HUBSPOT_COMPANY_PATH }];
