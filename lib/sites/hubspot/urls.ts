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
 * Also how a ticket page's links to its companies are recognised (./read-ticket.ts).
 */
export const HUBSPOT_COMPANY_PATH = /^\/contacts\/[0-9]+\/(?:record\/0-2|company)\/([0-9]+)(?:\/.*)?$/;

/**
 * Ticket record in the CRM: `/contacts/{portalId}/record/0-5/{ticketId}` (0-5 is the tickets object type id; the same
 * `record/<objectTypeId>/<id>` scheme as companies: next-tools-and-anchors.md §2b, High) and the older
 * `/contacts/{portalId}/ticket/{ticketId}` (§2b, Medium). Sub-routes of the record are the same ticket. The ticket
 * index and board (`/contacts/{portalId}/objects/0-5/…`) are not routed: HubSpot has no list badges yet.
 */
const HUBSPOT_TICKET_PATH = /^\/contacts\/[0-9]+\/(?:record\/0-5|ticket)\/([0-9]+)(?:\/.*)?$/;

/**
 * A ticket opened in the Help Desk workspace: `/help-desk/{portalId}/…/ticket/{ticketId}`, seen as
 * `/help-desk/{portalId}/view/{viewId}/ticket/{id}` and `/help-desk/{portalId}/view/search/ticket/{id}`
 * (§2b, Medium: a public code sample). The help-desk lists (`/help-desk/{portalId}/views/…`, a view without a ticket)
 * are not routed. The workspace's DOM hooks are unknown (§2b: not found, Low): the reader returns null on it unless
 * the record-sidebar hooks are there, so an unrecognised workspace shows no badge.
 */
const HUBSPOT_HELP_DESK_TICKET_PATH = /^\/help-desk\/[0-9]+\/(?:.*\/)?ticket\/([0-9]+)(?:\/.*)?$/;

/**
 * The manifest's match patterns for HUBSPOT_HOST. Match patterns cannot say `app-{region}{n}`: the EU data centre
 * is listed; a portal in another region adds its host as a custom domain.
 */
export const HUBSPOT_HOST_PATTERNS = ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'] as const;

export const HUBSPOT_PAGES: readonly PageRoute[] = [
  { kind: 'account', path: HUBSPOT_COMPANY_PATH },
  { kind: 'ticket', path: HUBSPOT_TICKET_PATH },
  { kind: 'ticket', path: HUBSPOT_HELP_DESK_TICKET_PATH },
];
