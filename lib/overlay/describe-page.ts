import { onMessage } from '../messaging/protocol';
import type { TicketFieldMapping } from '../parse/ticket-fields';
import { matchPage, toolById, type CustomHosts, type Tool } from '../sites/registry';
import { shownTicketPlace } from './leftover-ticket';

/**
 * Answers "what does this tab show?" (the popup's current card, the options page's mapping preview) from the page's
 * URL, matched once with the admin's custom hosts: our pages may not read tab URLs (no "tabs" permission), so they
 * ask the content script. `ticketFields` gives the ticket field mapping in force, which a ticket page is read with.
 * Returns the function that stops answering.
 * @example const stop = answerDescribePage(customHosts, () => fields);
 */
export function answerDescribePage(
  customHosts: CustomHosts,
  ticketFields: () => TicketFieldMapping | undefined,
  /** The account of a ticket read through the tool's API by this page (Zendesk, Freshdesk, JSM), as last evaluated. */
  apiAccount: (ticketId: string) => { tool: Tool; recordId: string } | null = () => null,
): () => void {
  return onMessage('describePage', () => {
    const url = new URL(location.href);
    const match = matchPage(url, customHosts);
    if (!match) return null;
    // A ticket read off the page names its account there (a Case's Account Name): the popup opens on that account.
    const tickets = toolById(match.tool)?.tickets;
    // Not the previous ticket's DOM under this URL (./leftover-ticket.ts).
    const current = match.kind === 'ticket' && tickets?.source === 'page' ? shownTicketPlace(tickets, match, url, ticketFields()) : null;
    const read = current?.ticket?.account;
    const account = read ? { tool: read.tool, recordId: read.recordId } : match.kind === 'ticket' && match.recordId && tickets?.client ? apiAccount(match.recordId) : null;
    return { ...match, origin: location.origin, account };
  });
}
