import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { AccountDetails } from '@/components/AccountDetails';
import { AccountCopyButton } from '@/components/CopyButton';
import { formatAge, formatMoney, segmentLabel } from '@/lib/domain/format';
import { SearchResults, type ResultItem } from '@/components/SearchResults';
import { search } from '@/lib/directory/search';
import { evaluateEntry, loadDirectory, warmUpWhenIdle } from '@/lib/directory/loaded';
import { askTab, tabsByRecency } from '@/lib/messaging/ask-tab';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Evaluation } from '@/lib/policy';
import { loadSettings } from '@/lib/settings/load';
import { TOOL_NAMES, toolById, type Tool } from '@/lib/sites/registry';
import { summariseSlack } from '@/lib/policy/status-labels';
import { DueSoon } from '@/components/DueSoon';
import { formatLocale, t, tp } from '../../lib/i18n/t';

interface Card {
  name: string;
  evaluation: Evaluation;
  crmUrl: string | null;
  crmTool: Tool | null;
}

/** Quick lookup: the account on the current tab, and a search over the directory that works offline. */
export function PopupApp() {
  const settings = useQuery({ queryKey: ['settings'], queryFn: loadSettings });
  const here = useQuery({ queryKey: ['current-tab'], queryFn: currentTabCard });
  // The directory (50,000 accounts: ~1 s of reading and indexing on the main thread) loads once the current tab's card
  // and the search box are painted, not before: what the agent opened the popup for shows first
  // (`popup.openMsP95`, test/bench/PERFORMANCE.md). Typed meanwhile, a query is answered when it has loaded.
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || here.isPending) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setPainted(true), 0));
    return () => cancelAnimationFrame(frame);
  }, [painted, here.isPending]);
  const directory = useQuery({ queryKey: ['directory'], queryFn: loadDirectory, staleTime: Number.POSITIVE_INFINITY, enabled: painted });
  // The watched tickets, due first; asked again every 30 s while the popup stays open, so its countdowns stay true.
  const watched = useQuery({ queryKey: ['watch-list'], queryFn: () => sendMessage('getWatchList', undefined), refetchInterval: 30_000 });
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [card, setCard] = useState<Card | null>(null);
  const now = useMemo(() => Date.now(), []);
  const policy = settings.data?.policy.policy;
  const untranslated = settings.data?.policy.untranslated ?? 0;
  useEffect(() => (directory.data ? warmUpWhenIdle(directory.data) : undefined), [directory.data]);

  const items: ResultItem[] = useMemo(() => {
    if (!policy || !directory.data || !query.trim()) return [];
    return search(directory.data.index, query, 20).flatMap((hit) => {
      const entry = directory.data!.entries.get(hit.key);
      const where = entry?.crm ? (toolById(entry.crm.tool)?.recordLabel ?? null) : null;
      return entry ? [{ key: entry.key, name: entry.name, domain: entry.domain, where, evaluation: evaluateEntry(entry, policy, now, untranslated) }] : [];
    });
  }, [query, directory.data, policy, untranslated, now]);

  const open = (i: number) => {
    const item = items[i];
    const entry = item && directory.data?.entries.get(item.key);
    if (!item || !entry) return;
    setCard({ name: item.name, evaluation: item.evaluation, crmUrl: entry.crm?.url ?? null, crmTool: entry.crm?.tool ?? null });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, items.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter') open(active);
    else if (event.key === 'Escape' && query) setQuery('');
    else return;
    event.preventDefault();
  };

  const source = settings.data?.policy.source;
  return (
    <div className="el-popup">
      <header className="el-popup__header">
        <span className="el-logo" aria-hidden="true">
          {/* i18n-exempt: the logo's monogram, a mark hidden from screen readers, the same in every language */}
          EL
        </span>
        <h1>{t('extName')}</h1>
        {policy && (
          <span className="el-popup__policy" data-testid="policy">
            {policy.name} v{policy.version}
            <br />
            {source === 'admin' ? t('popup_policyByAdmin') : source === 'imported' ? t('popup_policyImported') : t('popup_policyPreset')}
          </span>
        )}
      </header>

      {card ? (
        <div className="el-card" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), setCard(null))}>
          <div className="el-card__top">
            <button type="button" className="el-back" onClick={() => setCard(null)} autoFocus>
              ← {t('popup_back')}
            </button>
            <h2>{card.name}</h2>
          </div>
          <p className="el-facts">
            <span>{card.evaluation.segment ? segmentLabel(card.evaluation.segment) : t('common_segmentUnknown')}</span>
            <span>{t('popup_arr', { amount: formatMoney(card.evaluation.arr) })}</span>
            {card.crmUrl && card.crmTool && (
              <a className="el-crm-link" href={card.crmUrl} target="_blank" rel="noreferrer">
                {t('popup_openIn', { tool: TOOL_NAMES[card.crmTool] })} ↗
              </a>
            )}
          </p>
          <AccountCopyButton evaluation={card.evaluation} now={now} />
          <AccountDetails evaluation={card.evaluation} />
        </div>
      ) : (
        <>
          {watched.data && (
            <DueSoon
              rows={watched.data.rows}
              now={watched.data.now}
              toolName={(tool) => toolById(tool)?.shortName ?? toolById(tool)?.name ?? tool}
              onOpen={(key) => {
                void sendMessage('openWatchedTicket', { key }).then(() => window.close());
              }}
              onSnooze={(key, on) => {
                void sendMessage('snoozeTicket', { key, on }).then(() => watched.refetch());
              }}
            />
          )}
          {here.data && (
            <button type="button" className="el-here" onClick={() => setCard(here.data!)} data-testid="current-tab">
              <small>{t('popup_onThisPage')}</small>
              <strong>{here.data.name}</strong> · {here.data.evaluation.segment ?? t('popup_segmentUnknownInline')} · {summariseSlack(here.data.evaluation.slack).label}
            </button>
          )}
          <div className="el-search">
            <input
              type="search"
              autoFocus
              placeholder={t('popup_searchPlaceholder')}
              aria-label={t('popup_searchLabel')}
              role="combobox"
              aria-expanded={items.length > 0}
              aria-controls="el-results"
              aria-activedescendant={items.length ? `el-result-${active}` : undefined}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
            />
          </div>
          {query.trim() && items.length === 0 && directory.data && <p className="el-hint">{t('popup_noMatch', { query })}</p>}
          <SearchResults items={items} active={active} onPick={open} onHover={setActive} />
        </>
      )}

      <footer className="el-popup__footer" data-testid="freshness">
        {directory.isError
          ? t('popup_directoryUnavailable', { error: (directory.error as Error).message })
          : directory.data
            ? `${tp('popup_directoryAccounts', directory.data.entries.size, { count: directory.data.entries.size.toLocaleString(formatLocale('en-US')) })} · ${directory.data.lastSync ? t('popup_directorySynced', { age: formatAge(now - directory.data.lastSync.at) }) : t('popup_directoryNeverSynced')}`
            : t('popup_directoryLoading')}
      </footer>
    </div>
  );
}

/**
 * The current tab's account: its content script says which record or ticket it shows (so no "tabs"
 * permission is needed), and the background answers from its cache or Zendesk. The toolbar popup's tab is
 * the active one; opened as a tab of its own, the popup uses the tab the user looked at last.
 */
async function currentTabCard(): Promise<Card | null> {
  const [tab] = await tabsByRecency({ currentWindow: true });
  if (!tab) return null;
  const page = await askTab(tab.id, 'describePage');
  if (!page?.recordId) return null;
  if (page.kind === 'account') {
    const cached = await sendMessage('getCachedAccount', { tool: page.tool, recordId: page.recordId });
    return cached ? { name: cached.evaluation.account.name ?? t('popup_thisAccount'), evaluation: cached.evaluation, crmUrl: cached.url, crmTool: cached.tool } : null;
  }
  // A ticket's account: as its page names it (a Case's Account Name), or as the page's answer from the tool's API did.
  if (page.kind === 'ticket' && page.account) {
    const known = await sendMessage('getCachedAccount', page.account);
    return known ? { name: known.evaluation.account.name ?? t('popup_thisAccount'), evaluation: known.evaluation, crmUrl: known.url, crmTool: known.tool } : null;
  }
  return null;
}
