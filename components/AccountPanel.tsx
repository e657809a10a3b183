import type { Ref } from 'react';
import type { EvaluatedAccount } from '@/lib/messaging/answers';
import { AccountDetails } from './AccountDetails';
import { AccountCopyButton, type CopyHandle } from './CopyButton';
import { DEPLOYMENT_LABELS, formatAge, formatDate, formatMoney, SEGMENT_LABELS } from '../lib/domain/format';

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
      <button type="button" className="el-tab" onClick={onToggle} aria-expanded="false" title={`Show Entitlement Lens (${shortcut})`}>
        <span className="el-logo" aria-hidden="true">
          EL
        </span>
        <span className="el-tab__label">Entitlements</span>
      </button>
    );
  }
  const e = account?.evaluation;
  return (
    <aside className="el-panel" aria-label="Entitlement Lens">
      <header className="el-panel__header">
        <span className="el-logo" aria-hidden="true">
          EL
        </span>
        <div className="el-panel__title">
          <h1>{e?.account.name ?? (loading ? 'Reading account…' : 'Account')}</h1>
          {e && (
            <p className="el-facts">
              <span data-field="segment">{e.segment ? SEGMENT_LABELS[e.segment] : 'Segment unknown'}</span>
              <span data-field="arr">ARR {formatMoney(e.arr)}</span>
              <span data-field="deployment">{e.account.deployment ? DEPLOYMENT_LABELS[e.account.deployment] : 'Deployment unknown'}</span>
              {e.warnings.length > 0 && (
                <a className="el-facts__warn" href="#el-warnings" onClick={(event) => jumpTo(event, 'el-warnings')}>
                  ⚠ {e.warnings.length} warning{e.warnings.length === 1 ? '' : 's'}
                </a>
              )}
            </p>
          )}
        </div>
        <button type="button" className="el-icon-button" onClick={onToggle} aria-expanded="true" title={`Hide (${shortcut})`}>
          <span aria-hidden="true">⟩</span>
          <span className="el-sr">Hide Entitlement Lens</span>
        </button>
      </header>

      {staleSince !== null && (
        <p className="el-banner el-banner--stale" role="status">
          Showing saved data from {formatAge(now - staleSince)} while the page loads.
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
      {!e && !error && (empty ?? <p className="el-empty">{loading ? 'Reading the account from the page…' : 'No account fields found on this page yet.'}</p>)}

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
            Policy: {e.policy.name} v{e.policy.version}
            {account && <> · read {formatAge(now - account.readAt)}</>}
            {e.account.renewalDate && <> · renews {formatDate(e.account.renewalDate)}</>}
          </>
        ) : (
          'Entitlement Lens'
        )}
        <span className="el-shortcut">{` · ${shortcut} toggles${e && copyShortcut ? ` · ${copyShortcut} copies` : ''}`}</span>
      </footer>
    </aside>
  );
}
