import { useEffect, useImperativeHandle, useState, type Ref } from 'react';
import { copyText, type CopyOutcome } from '@/lib/overlay/clipboard';
import type { Evaluation } from '@/lib/policy';
import { accountSummary, type SummaryFormat } from '@/lib/policy/summary-text';
import { t } from '../lib/i18n/t';

/** What a keyboard shortcut holds to copy as if the Copy button were pressed (the panel's Alt+Shift+C). */
export interface CopyHandle {
  copy(format?: SummaryFormat): void;
}

export interface CopyButtonProps {
  /** Builds the text in the format asked for, at the press: never on render (the panel re-renders every 30 s). */
  getText: (format: SummaryFormat) => string;
  /** What is copied, for the buttons' tooltips: "a summary of this account". */
  what?: string;
  ref?: Ref<CopyHandle>;
}

/** How long "Copied" stays: long enough to be read, short enough not to claim a later copy. */
const SHOWN_MS = 2_000;

/**
 * "Copy" and "Copy as Markdown", and a status line saying whether it worked (read out politely by screen readers). A
 * failure stays until the next try, so its advice can be read.
 * @example <CopyButton getText={(format) => accountSummary(evaluation, { format, now })} what="a summary of this account" />
 */
export function CopyButton({ getText, what = t('common_copySummary'), ref }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const copy = (format: SummaryFormat = 'text') => {
    // Cleared first, so a second copy is announced again (a live region speaks when its text changes).
    setOutcome(null);
    let text: string;
    try {
      text = getText(format);
    } catch (error) {
      setOutcome({ ok: false, message: t('common_copyBuildFailed', { error: (error as Error).message }) });
      return;
    }
    // Started here, inside the click or key press: the clipboard is granted to a user gesture only.
    void copyText(text).then(setOutcome);
  };
  useImperativeHandle(ref, () => ({ copy }));
  // A component timer, cleared when it unmounts (the content script's UI unmounts on invalidation), not a page timer.
  useEffect(() => {
    if (!outcome?.ok) return;
    const timer = setTimeout(() => setOutcome(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  return (
    <div className="el-copy" role="group" aria-label={t('common_copyWhat', { what })}>
      <button type="button" className="el-copy__button" title={t('common_copyWhatAsText', { what })} onClick={() => copy('text')}>
        {t('common_copy')}
      </button>
      <button type="button" className="el-copy__button" title={t('common_copyWhatAsMarkdown', { what })} onClick={() => copy('markdown')}>
        {t('common_copyAsMarkdown')}
      </button>
      <span className={`el-copy__status${outcome && !outcome.ok ? ' el-copy__status--failed' : ''}`} role="status" aria-live="polite">
        {outcome?.message ?? ''}
      </span>
    </div>
  );
}

/**
 * An account's Copy buttons, the same on the panel and the popup card: the summary of the evaluation they render.
 * @example <AccountCopyButton evaluation={e} now={now} ref={copyRef} />
 */
export function AccountCopyButton({ evaluation, now, ref }: { evaluation: Evaluation; now: number; ref?: Ref<CopyHandle> }) {
  return <CopyButton getText={(format) => accountSummary(evaluation, { format, now })} what={t('common_copyAccountSummary')} ref={ref} />;
}
