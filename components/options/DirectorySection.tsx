import { useEffect, useState } from 'react';
import { formatAge } from '../../lib/domain/format';
import { formatLocale, t, tp } from '../../lib/i18n/t';
import { Outcome, Section } from './Section';

import type { SyncRecord } from '@/lib/directory/sync';

export interface DirectorySectionProps {
  url: string | null;
  refreshMinutes: number;
  admin: boolean;
  count: number | null;
  lastSync: SyncRecord | null;
  now: number;
  importOutcome: { ok: boolean; message: string; details?: string[] } | null;
  onSaveSource: (url: string | null, refreshMinutes: number) => string | null;
  onSyncNow: () => void;
  onImport: (file: File) => void;
  onClear: () => void;
}

/** Where the account directory comes from: a URL the background refreshes, a file import, and what is stored. */
export function DirectorySection(props: DirectorySectionProps) {
  const [url, setUrl] = useState(props.url ?? '');
  const [minutes, setMinutes] = useState(String(props.refreshMinutes));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setUrl(props.url ?? '');
    setMinutes(String(props.refreshMinutes));
  }, [props.url, props.refreshMinutes]);
  const last = props.lastSync;
  return (
    <Section id="directory" title={t('options_directoryTitle')} admin={props.admin} description={t('options_directoryDescription')}>
      <p data-testid="directory-count">
        {props.count === null ? t('options_reading') : tp('options_accountsStored', props.count, { count: props.count.toLocaleString(formatLocale('en-US')) })}{' '}
        {last && (
          <span data-testid="last-sync">
            {t(last.source === 'url' ? 'options_lastSync' : 'options_lastImport', { age: formatAge(props.now - last.at), message: last.message })}
          </span>
        )}
      </p>
      <form
        className="el-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          setProblem(props.onSaveSource(url.trim() || null, Number(minutes)));
        }}
      >
        <label className="el-label" htmlFor="directory-url">
          {t('options_directoryUrl')}
        </label>
        {/* i18n-exempt: an example URL, the same in every language */}
        <input id="directory-url" type="url" placeholder="https://crm-export.example.com/accounts.csv" value={url} onChange={(e) => setUrl(e.target.value)} />
        <label className="el-label" htmlFor="directory-refresh">
          {t('options_every')}
        </label>
        <input id="directory-refresh" type="number" min={5} max={10080} value={minutes} onChange={(e) => setMinutes(e.target.value)} style={{ width: 80 }} />
        <span>{t('options_minutes')}</span>
        <button type="submit" className="el-button">
          {t('options_save')}
        </button>
        <button type="button" className="el-button el-button--quiet" onClick={props.onSyncNow} disabled={!props.url}>
          {t('options_syncNow')}
        </button>
      </form>
      {problem && <p className="el-outcome el-outcome--bad">{problem}</p>}
      <div className="el-field">
        <label className="el-label" htmlFor="directory-file">
          {t('options_importFile')}
        </label>
        <input
          id="directory-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) props.onImport(file);
            e.target.value = '';
          }}
        />
      </div>
      <Outcome outcome={props.importOutcome} />
      <button type="button" className="el-button el-button--quiet" onClick={props.onClear}>
        {t('options_clearDirectory')}
      </button>
    </Section>
  );
}
