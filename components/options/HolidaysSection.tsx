import { useState } from 'react';
import type { Policy } from '@/lib/policy';
import { formatLocale, t } from '../../lib/i18n/t';
import { Outcome, Section } from './Section';

export interface HolidaysSectionProps {
  policy: Policy;
  extra: Record<string, string[]>;
  admin: boolean;
  onAdd: (calendarId: string, date: string) => string | null;
  onRemove: (calendarId: string, date: string) => void;
}

/** A weekday's short name, 1 = Monday … 7 = Sunday ("Mon" in English, "Mo." in German, "月" in Japanese). */
const dayName = (day: number) => new Intl.DateTimeFormat(formatLocale('en-US'), { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, day)); // 2024-01-01 was a Monday

/** The policy's support calendars, and the holidays the admin adds to them (validated dates). */
export function HolidaysSection({ policy, extra, admin, onAdd, onRemove }: HolidaysSectionProps) {
  const calendars = policy.sla?.calendars ?? [];
  const [calendar, setCalendar] = useState(calendars[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  if (!calendars.length) {
    return (
      <Section id="calendars" title={t('options_calendarsTitle')} admin={admin}>
        <p className="el-note">{t('options_noCalendars', { name: policy.name })}</p>
      </Section>
    );
  }
  return (
    <Section id="calendars" title={t('options_calendarsTitle')} admin={admin} description={t('options_calendarsDescription')}>
      <table className="el-table">
        <thead>
          <tr>
            <th>{t('options_colCalendar')}</th>
            <th>{t('options_colZone')}</th>
            <th>{t('options_colHours')}</th>
            <th>{t('options_colHolidays')}</th>
          </tr>
        </thead>
        <tbody>
          {calendars.map((c) => (
            <tr key={c.id}>
              <td>
                <strong>{c.id}</strong>
                <br />
                <span className="el-note">{c.name}</span>
              </td>
              <td>{c.zone}</td>
              <td>{c.hours.map((h) => `${h.days.map(dayName).join(' ')} ${h.open}–${h.close}`).join('; ')}</td>
              <td>
                {[...c.holidays.map((d) => ({ d, own: false })), ...(extra[c.id] ?? []).map((d) => ({ d, own: true }))].map(({ d, own }) => (
                  <span key={d} className="el-tag">
                    {d}
                    {own && (
                      <button type="button" className="el-tag__x" aria-label={t('options_removeHoliday', { date: d })} onClick={() => onRemove(c.id, d)}>
                        ×
                      </button>
                    )}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="el-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const problem = onAdd(calendar, date.trim());
          setOutcome(problem ? { ok: false, message: problem } : { ok: true, message: t('options_holidayAdded', { date: date.trim(), calendar }) });
          if (!problem) setDate('');
        }}
      >
        <label className="el-label" htmlFor="holiday-calendar">
          {t('options_addHolidayTo')}
        </label>
        <select id="holiday-calendar" value={calendar} onChange={(e) => setCalendar(e.target.value)}>
          {calendars.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id}
            </option>
          ))}
        </select>
        <input aria-label={t('options_holidayDate')} placeholder={t('options_holidayDatePlaceholder')} value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="submit" className="el-button">
          {t('options_add')}
        </button>
      </form>
      <Outcome outcome={outcome} />
    </Section>
  );
}
