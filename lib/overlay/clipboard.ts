/**
 * Writes a summary to the clipboard for the Copy buttons of the panel, the popup and the ticket badge, and says how it
 * went in the same words everywhere. The write must start inside the click or key press that asked for it: a page
 * grants the clipboard only to a user gesture (transient activation), so the text is built synchronously before it.
 */

export interface CopyOutcome {
  ok: boolean;
  message: string;
}

/** What the status line says after a copy. */
export const COPIED = 'Copied';

/**
 * Puts `text` on the clipboard; never throws: a refusal (no gesture, the page's permissions policy, an insecure page
 * without the Clipboard API) comes back as a message the user can act on.
 * @example await copyText('Acme · Enterprise') // { ok: true, message: 'Copied' }
 */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<CopyOutcome> {
  if (!clipboard) return { ok: false, message: 'Could not copy: this page offers no clipboard access.' };
  try {
    await clipboard.writeText(text);
    return { ok: true, message: COPIED };
  } catch (error) {
    const why = error instanceof Error && error.name === 'NotAllowedError' ? 'the browser refused clipboard access' : 'the clipboard is not available';
    return { ok: false, message: `Could not copy: ${why}. Click Copy again, or allow the clipboard for this site.` };
  }
}
