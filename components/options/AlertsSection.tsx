import { useState } from 'react';
import { dataAge, type WatchList } from '@/lib/alerts/overview';
import { AlertSettingsInput, type AlertSettings } from '@/lib/alerts/settings';
import { formatAge, formatInstant } from '@/lib/domain/format';
import { toolById } from '@/lib/sites/registry';
import { Outcome, Section } from './Section';

const WHY = { opened: 'You opened it', list: 'It was in a list you looked at', mine: 'It is assigned to you (fetched from the tool)' } as const;
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
const FIELD_NAMES: Record<string, string> = {
  sev1: 'Severity 1 thresholds',
  sev2: 'Severity 2 thresholds',
  other: 'Severity unknown thresholds',
  start: 'Quiet hours start',
  end: 'Quiet hours end',
  watchHours: 'Watch seen tickets for',
  watchLimit: 'Most tickets watched',
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
      setOutcome({ ok: false, message: `${field ? FIELD_NAMES[field] : 'A value'}: ${issue.message}. Nothing was saved.` });
      return;
    }
    const problem = await onSave(parsed.data);
    setOutcome(problem ? { ok: false, message: problem } : { ok: true, message: 'Saved. Alerts follow these settings from now on.' });
  };

  const rows = watched?.rows ?? [];
  return (
    <Section
      id="alerts"
      title="Alerts ahead of a breach"
      admin={admin}
      description="Notifications before an SLA target is due, for tickets you opened or saw in a list (and, in Zendesk, your own unsolved tickets, fetched through an open Zendesk tab). Each shows once per ticket, target and threshold. Time left is business time, as the badges count it. Tickets are refreshed while a tab of their tool is open; an alert computed from older data says how old."
    >
      <form
        className="el-alerts-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="el-check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} /> Show notifications
        </label>
        <fieldset className="el-alerts-form__grid">
          <legend>Minutes before due (comma-separated)</legend>
          <label htmlFor="alerts-sev1">Severity 1</label>
          <input id="alerts-sev1" inputMode="numeric" value={sev1} onChange={(e) => setSev1(e.target.value)} />
          <label htmlFor="alerts-sev2">Severity 2</label>
          <input id="alerts-sev2" inputMode="numeric" value={sev2} onChange={(e) => setSev2(e.target.value)} />
          <label htmlFor="alerts-other">Severity unknown</label>
          <input id="alerts-other" inputMode="numeric" value={other} onChange={(e) => setOther(e.target.value)} />
        </fieldset>
        <label className="el-check">
          <input type="checkbox" checked={atBreach} onChange={(e) => setAtBreach(e.target.checked)} /> Also when a target is breached
        </label>
        <div className="el-inline-form">
          <label className="el-check">
            <input type="checkbox" checked={quiet} onChange={(e) => setQuiet(e.target.checked)} /> Quiet hours
          </label>
          <label className="el-label" htmlFor="alerts-quiet-start">
            from
          </label>
          <input id="alerts-quiet-start" type="time" value={start} disabled={!quiet} onChange={(e) => setStart(e.target.value)} />
          <label className="el-label" htmlFor="alerts-quiet-end">
            to
          </label>
          <input id="alerts-quiet-end" type="time" value={end} disabled={!quiet} onChange={(e) => setEnd(e.target.value)} />
          <span className="el-note">Your browser’s time. What comes due meanwhile is shown when they end.</span>
        </div>
        <div className="el-inline-form">
          <label className="el-label" htmlFor="alerts-watch-hours">
            Watch seen tickets for
          </label>
          <input id="alerts-watch-hours" type="number" min={1} max={168} value={watchHours} onChange={(e) => setWatchHours(e.target.value)} /> hours;
          <label className="el-label" htmlFor="alerts-watch-limit">
            at most
          </label>
          <input id="alerts-watch-limit" type="number" min={10} max={1000} value={watchLimit} onChange={(e) => setWatchLimit(e.target.value)} /> tickets (the ones seen longest ago
          go first)
        </div>
        <button type="submit" className="el-button">
          Save alert settings
        </button>
      </form>
      <Outcome outcome={outcome} />

      <h3 className="el-subhead">
        Watched now: {rows.length} {rows.length === 1 ? 'ticket' : 'tickets'}
      </h3>
      {rows.length === 0 ? (
        <p className="el-note">Nothing yet: open a ticket or a ticket list in a supported tool.</p>
      ) : (
        <table className="el-table" data-testid="watched">
          <thead>
            <tr>
              <th scope="col">Ticket</th>
              <th scope="col">Customer</th>
              <th scope="col">Next due</th>
              <th scope="col">Why it is watched</th>
              <th scope="col">Data</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => {
              const age = dataAge(r, watched!.now);
              return (
                <tr key={r.key}>
                  <td>
                    {toolById(r.tool)?.name ?? r.tool} {r.label}
                    {r.snoozed ? ' (muted)' : ''}
                  </td>
                  <td>{r.customer ?? 'unknown'}</td>
                  <td>{r.dueAt === null ? 'no running target' : `${r.targetLabel}: ${formatInstant(new Date(r.dueAt).toISOString(), undefined, null)}`}</td>
                  <td>{WHY[r.why]}</td>
                  <td>{age === null ? `read ${formatAge(watched!.now - r.readAt)}` : `${age} min old${r.stale ? ', the tool refused the last read' : ''}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.length > SHOWN && <p className="el-note">and {rows.length - SHOWN} more (all of them are in the popup’s Due-soon list).</p>}
    </Section>
  );
}
