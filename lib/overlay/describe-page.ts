import { onMessage } from '../messaging/protocol';
import { matchPage, type CustomHosts } from '../sites/registry';

/**
 * Answers "what does this tab show?" (the popup's current card, the options page's mapping preview) from the page's
 * URL, matched once with the admin's custom hosts: our pages may not read tab URLs (no "tabs" permission), so they
 * ask the content script. Returns the function that stops answering.
 * @example const stop = answerDescribePage(customHosts);
 */
export function answerDescribePage(customHosts: CustomHosts): () => void {
  return onMessage('describePage', () => {
    const match = matchPage(new URL(location.href), customHosts);
    return match ? { ...match, origin: location.origin } : null;
  });
}
