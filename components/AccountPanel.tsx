import type { Ref } from 'react';
import type { EvaluatedAccount } from '@/lib/messaging/answers';
import { AccountDetails } from './AccountDetails';
import { AccountCopyButton, type CopyHandle } from './CopyButton';
import { deploymentLabel, formatAge, formatDate, formatMoney, segmentLabel } from '../lib/domain/format';
import { t, tp } from '../lib/i18n/t';

export interface AccountPanelProps {
  account: EvaluatedAccount | null;
  /** Set while the account shown is from the cache and fresh data has not arrived yet. */
  staleSince: number | null;
  now: number;
  loading: boolean;
  error: string | null;
  collapsed: boolean;
  onToggle: () => void;
  shortcut: string;
  /** Where the account shown comes from, when it is not the page itself (a Case's account, from the directory). */
  context?: string | null;
  /** What to show when there is no account (a Case whose account Lens does not know yet), instead of the default. */
  empty?: React.ReactNode;
  /** Held by the page's copy shortcut, to copy as the Copy button does (set while an account is shown). */
  copyRef?: Ref<CopyHandle>;
  /** The copy shortcut's keys, said in the footer beside the toggle's. */
  copyShortcut?: string;
}

/** In a shadow root, `#id` links do not scroll; scroll the section into view ourselves. */
function jumpTo(event: React.MouseEvent<HTMLAnchorElement>, id: string) {
  event.preventDefault();
  const root = event.currentTarget.getRootNode() as ShadowRoot | Document;
  root.getElementById?.(id)?.scrollIntoView({ block: 'start' });
}

/** The CRM sidebar: who the customer is, then Slack, discount, offerings, implementation, warnings. */
export function AccountPanel({ account, staleSince, now, loading, error, collapsed, onToggle, shortcut, context = null, empty, copyRef, copyShortcut }: AccountPanelProps) {
  if (collapsed) {
    return (
      <button type="button" className="el-tab" onClick={onToggle} aria-expanded="false" title={t('panel_showTitle', { shortcut })}>
        <span className="el-logo" aria-hidden="true">
          {/* i18n-exempt: the logo's mark (the product's initials), hidden from screen readers */}
          EL
        </span>
        <span className="el-tab__label">{t('panel_tabLabel')}</span>
      </button>
    );
  }
  const e = account?.evaluation;
  return (
    // tabIndex -1: the shortcut that shows the panel focuses it (entrypoints/crm-sidebar.content/panel-focus.ts).
    <aside className="el-panel" aria-label={t('extName')} tabIndex={-1}>
      <header className="el-panel__header">
        <span className="el-logo" aria-hidden="true">
          {/* i18n-exempt: the logo's mark (the product's initials), hidden from screen readers */}
          EL
        </span>
        <div className="el-panel__title">
          <h1>{e?.account.name ?? (loading ? t('panel_readingAccount') : t('panel_account'))}</h1>
          {e && (
            <p className="el-facts">
              <span data-field="segment">{e.segment ? segmentLabel(e.segment) : t('common_segmentUnknown')}</span>
              <span data-field="arr">{t('panel_arr', { amount: formatMoney(e.arr) })}</span>
              <span data-field="deployment">{e.account.deployment ? deploymentLabel(e.account.deployment) : t('common_deploymentUnknown')}</span>
              {e.warnings.length > 0 && (
                <a className="el-facts__warn" href="#el-warnings" onClick={(event) => jumpTo(event, 'el-warnings')}>
                  ⚠ {tp('panel_warningCount', e.warnings.length)}
                </a>
              )}
            </p>
          )}
        </div>
        <button type="button" className="el-icon-button" onClick={onToggle} aria-expanded="true" title={t('panel_hideTitle', { shortcut })}>
          <span aria-hidden="true">⟩</span>
          <span className="el-sr">{t('panel_hideLabel')}</span>
        </button>
      </header>

      {staleSince !== null && (
        <p className="el-banner el-banner--stale" role="status">
          {t('panel_staleBanner', { age: formatAge(now - staleSince) })}
        </p>
      )}
      {error && (
        <p className="el-banner el-banner--error" role="alert">
          {error}
        </p>
      )}
      {context && e && (
        <p className="el-banner el-banner--info" role="note">
          {context}
        </p>
      )}
      {!e && !error && (empty ?? <p className="el-empty">{loading ? t('panel_readingFromPage') : t('panel_noFields')}</p>)}

      {e && (
        <div className="el-panel__body">
          <AccountDetails evaluation={e} />
        </div>
      )}

      {/* Its own row, not in the footer: the footer's text stays the policy and shortcuts (the demo and tests read it). */}
      {e && (
        <div className="el-panel__copy">
          <AccountCopyButton evaluation={e} now={now} ref={copyRef} />
        </div>
      )}

      <footer className="el-panel__footer">
        {e ? (
          <>
            {t('panel_policy', { name: e.policy.name, version: e.policy.version })}
            {account && <> · {t('panel_readAge', { age: formatAge(now - account.readAt) })}</>}
            {e.account.renewalDate && <> · {t('panel_renews', { date: formatDate(e.account.renewalDate) })}</>}
          </>
        ) : (
          t('extName')
        )}
        {e && e.policy.untranslated > 0 && (
          // Offering names, reasons and notes come from the policy file: where it carries no translation, its English shows, and the panel says so.
          <span className="el-policy-lang" data-testid="policy-english" title={t('panel_policyEnglishWhy')}>
            {' · '}
            {tp('panel_policyEnglish', e.policy.untranslated)}
          </span>
        )}
        <span className="el-shortcut">{` · ${t('panel_shortcutToggles', { keys: shortcut })}${e && copyShortcut ? ` · ${t('panel_shortcutCopies', { keys: copyShortcut })}` : ''}`}</span>
      </footer>
    </aside>
  );
}
