/**
 * Writes a summary to the clipboard for the Copy buttons of the panel, the popup and the ticket badge, and says how it
 * went in the same words everywhere. The write must start inside the click or key press that asked for it: a page
 * grants the clipboard only to a user gesture (transient activation), so the text is built synchronously before it.
 */
import { t } from '../i18n/t';

export interface CopyOutcome {
  ok: boolean;
  message: string;
}

/**
 * Puts `text` on the clipboard; never throws: a refusal (no gesture, the page's permissions policy, an insecure page
 * without the Clipboard API) comes back as a message the user can act on.
 * @example await copyText('Acme · Enterprise') // { ok: true, message: 'Copied' }
 */
export async function copyText(text: string, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): Promise<CopyOutcome> {
  if (!clipboard) return { ok: false, message: t('common_copyNoClipboard') };
  try {
    await clipboard.writeText(text);
    return { ok: true, message: t('common_copied') };
  } catch (error) {
    const refused = error instanceof Error && error.name === 'NotAllowedError';
    return { ok: false, message: t(refused ? 'common_copyRefused' : 'common_copyUnavailable') };
  }
}
