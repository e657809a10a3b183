import { useState } from 'react';
import { dataAge, type WatchList } from '@/lib/alerts/overview';
import { AlertSettingsInput, type AlertSettings } from '@/lib/alerts/settings';
import { formatAge, formatInstant } from '@/lib/domain/format';
import { toolById } from '@/lib/sites/registry';
import { t, tp, type MessageKey } from '../../lib/i18n/t';
import { Outcome, Section } from './Section';

const WHY = { opened: 'options_whyOpened', list: 'options_whyList', mine: 'options_whyMine' } as const satisfies Record<string, MessageKey>;
/** Rows of the watched list shown here; the popup's Due-soon list has them all. */
const SHOWN = 50;

export interface AlertsSectionProps {
  settings: AlertSettings;
  admin: boolean;
  watched: WatchList | null;
  /** Saves what the agent chose (checked again there); returns a problem naming the field, or null. */
  onSave: (value: AlertSettingsInput) => Promise<string | null>;
}

const minutesText = (list: number[]) => list.join(', ');
/** "60, 15" → [60, 15]; anything but whole numbers is left for the schema to refuse (NaN fails `int`). */
const parseMinutes = (text: string) =>
  text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
/** Each field's name in a refusal: the message's key. */
const FIELD_NAMES: Record<string, MessageKey> = {
  sev1: 'options_fieldSev1',
  sev2: 'options_fieldSev2',
  other: 'options_fieldOther',
  start: 'options_fieldQuietStart',
  end: 'options_fieldQuietEnd',
  watchHours: 'options_watchSeenFor',
  watchLimit: 'options_fieldWatchLimit',
};

/**
 * Alerts ahead of a breach: thresholds per severity, at breach, quiet hours, how long and how many tickets are watched;
 * then what is watched now, and why. Managed key `alerts` makes it read-only.
 */
export function AlertsSection({ settings, admin, watched, onSave }: AlertsSectionProps) {
  const [enabled, setEnabled] = useState(settings.enabled);
  const [sev1, setSev1] = useState(minutesText(settings.thresholds.sev1));
  const [sev2, setSev2] = useState(minutesText(settings.thresholds.sev2));
  const [other, setOther] = useState(minutesText(settings.thresholds.other));
  const [atBreach, setAtBreach] = useState(settings.atBreach);
  const [quiet, setQuiet] = useState(settings.quietHours !== null);
  const [start, setStart] = useState(settings.quietHours?.start ?? '20:00');
  const [end, setEnd] = useState(settings.quietHours?.end ?? '08:00');
  const [watchHours, setWatchHours] = useState(String(settings.watchHours));
  const [watchLimit, setWatchLimit] = useState(String(settings.watchLimit));
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const save = async () => {
    const input = {
      enabled,
      thresholds: { sev1: parseMinutes(sev1), sev2: parseMinutes(sev2), other: parseMinutes(other) },
      atBreach,
      quietHours: quiet ? { start, end } : null,
      watchHours: Number(watchHours),
      watchLimit: Number(watchLimit),
    };
    const parsed = AlertSettingsInput.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.map(String).find((p) => p in FIELD_NAMES);
      setOutcome({ ok: false, message: t('options_alertsNotSaved', { field: t(field ? FIELD_NAMES[field]! : 'options_aValue'), problem: issue.message }) });
      return;
    }
    const problem = await onSave(parsed.data);
    setOutcome(problem ? { ok: false, message: problem } : { ok: true, message: t('options_alertsSaved') });
  };

  const rows = watched?.rows ?? [];
  return (
    <Section id="alerts" title={t('options_alertsTitle')} admin={admin} description={t('options_alertsDescription')}>
      <form
        className="el-alerts-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="el-check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> {t('options_showNotifications')}
        </label>
        <fieldset className="el-alerts-form__grid">
          <legend>{t('options_minutesBeforeDue')}</legend>
          <label htmlFor="alerts-sev1">{t('options_severity1')}</label>
          <input id="alerts-sev1" inputMode="numeric" value={sev1} onChange={(e) => setSev1(e.target.value)} />
          <label htmlFor="alerts-sev2">{t('options_severity2')}</label>
          <input id="alerts-sev2" inputMode="numeric" value={sev2} onChange={(e) => setSev2(e.target.value)} />
          <label htmlFor="alerts-other">{t('options_severityUnknown')}</label>
          <input id="alerts-other" inputMode="numeric" value={other} onChange={(e) => setOther(e.target.value)} />
        </fieldset>
        <label className="el-check">
          <input type="checkbox" checked={atBreach} onChange={(e) => setAtBreach(e.target.checked)} /> {t('options_atBreach')}
        </label>
        <div className="el-inline-form">
          <label className="el-check">
            <input type="checkbox" checked={quiet} onChange={(e) => setQuiet(e.target.checked)} /> {t('options_quietHours')}
          </label>
          <label className="el-label" htmlFor="alerts-quiet-start">
            {t('options_from')}
          </label>
          <input id="alerts-quiet-start" type="time" value={start} disabled={!quiet} onChange={(e) => setStart(e.target.value)} />
          <label className="el-label" htmlFor="alerts-quiet-end">
            {t('options_to')}
          </label>
          <input id="alerts-quiet-end" type="time" value={end} disabled={!quiet} onChange={(e) => setEnd(e.target.value)} />
          <span className="el-note">{t('options_quietNote')}</span>
        </div>
        <div className="el-inline-form">
          <label className="el-label" htmlFor="alerts-watch-hours">
            {t('options_watchSeenFor')}
          </label>
          <input id="alerts-watch-hours" type="number" min={1} max={168} value={watchHours} onChange={(e) => setWatchHours(e.target.value)} /> {t('options_hours')}
          <label className="el-label" htmlFor="alerts-watch-limit">
            {t('options_atMost')}
          </label>
          <input id="alerts-watch-limit" type="number" min={10} max={1000} value={watchLimit} onChange={(e) => setWatchLimit(e.target.value)} /> {t('options_ticketsOldestFirst')}
        </div>
        <button type="submit" className="el-button">
          {t('options_saveAlerts')}
        </button>
      </form>
      <Outcome outcome={outcome} />

      <h3 className="el-subhead">{tp('options_watchedNow', rows.length)}</h3>
      {rows.length === 0 ? (
        <p className="el-note">{t('options_nothingWatched')}</p>
      ) : (
        <table className="el-table" data-testid="watched">
          <thead>
            <tr>
              <th scope="col">{t('options_colTicket')}</th>
              <th scope="col">{t('options_colCustomer')}</th>
              <th scope="col">{t('options_colNextDue')}</th>
              <th scope="col">{t('options_colWhy')}</th>
              <th scope="col">{t('options_colData')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => {
              const age = dataAge(r, watched!.now);
              return (
                <tr key={r.key}>
                  <td>
                    {toolById(r.tool)?.name ?? r.tool} {r.label}
                    {r.snoozed ? ` ${t('options_muted')}` : ''}
                  </td>
                  <td>{r.customer ?? t('options_unknown')}</td>
                  <td>{r.dueAt === null ? t('options_noRunningTarget') : `${r.targetLabel}: ${formatInstant(new Date(r.dueAt).toISOString(), undefined, null)}`}</td>
                  <td>{t(WHY[r.why])}</td>
                  <td>{age === null ? t('options_readAgo', { age: formatAge(watched!.now - r.readAt) }) : t(r.stale ? 'options_minOldRefused' : 'options_minOld', { age })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.length > SHOWN && <p className="el-note">{t('options_andMore', { count: rows.length - SHOWN })}</p>}
    </Section>
  );
}
