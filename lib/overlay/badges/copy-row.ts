import { copyText } from '../clipboard';
import type { SummaryFormat } from '../../policy/summary-text';
import { t } from '../../i18n/t';
import { h, setText } from './dom';

/**
 * "Copy" and "Copy as Markdown" with a status line, in plain DOM: the badges' twin of components/CopyButton.tsx (same
 * classes, so the same look from components/styles.css, and the same words from lib/overlay/clipboard.ts). `getText`
 * runs only on a click, so drawing the row costs three elements and nothing more.
 * @example details.append(copyRow('a summary of Ticket 1042', (format) => ticketSummary(sla, null, { format, now: Date.now() })))
 */
export function copyRow(what: string, getText: (format: SummaryFormat) => string): HTMLElement {
  const status = h('span', { class: 'el-copy__status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const copy = (format: SummaryFormat) => {
    // Cleared first, so a second copy is announced again; the write starts inside the click (a user gesture).
    setText(status, '');
    void copyText(getText(format)).then(({ ok, message }) => {
      status.classList.toggle('el-copy__status--failed', !ok);
      setText(status, message);
    });
  };
  const button = (format: SummaryFormat, label: string, title: string) =>
    h('button', { class: 'el-copy__button', attrs: { type: 'button', title }, onClick: () => copy(format) }, label);
  return h(
    'div',
    { class: 'el-copy el-badge__copy', attrs: { role: 'group', 'aria-label': t('common_copyWhat', { what }) } },
    button('text', t('common_copy'), t('common_copyWhatAsText', { what })),
    button('markdown', t('common_copyAsMarkdown'), t('common_copyWhatAsMarkdown', { what })),
    status,
  );
}
