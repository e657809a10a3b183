/**
 * Zendesk adapter: same-origin Support API (preferred; exact values) and the agent pages (fallback
 * reading, and where badges mount). Split in two files to keep each small.
 */
export { ZENDESK_SHOW_MANY_LIMIT, applyZendeskTicketMetrics, parseZendeskShowMany, parseZendeskTicketResponse, zendeskApiPaths } from './api';
export type { ZendeskParseOptions, ZendeskTicketWithOrganization } from './api';
export { ZENDESK_TICKET_ID_ATTRIBUTE, readZendeskListRows, readZendeskTicketFromPage, zendeskRowBadgeAnchor, zendeskRowTicketId, zendeskTicketHeaderAnchor } from './read-page';
export type { ZendeskPageTicket } from './read-page';
