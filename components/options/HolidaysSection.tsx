import { useState } from 'react';
import type { Policy } from '@/lib/policy';
import { Outcome, Section } from './Section';

export interface HolidaysSectionProps {
  policy: Policy;
  extra: Record<string, string[]>;
  admin: boolean;
  onAdd: (calendarId: string, date: string) => string | null;
  onRemove: (calendarId: string, date: string) => void;
}

const DAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The policy's support calendars, and the holidays the admin adds to them (validated dates). */
export function HolidaysSection({ policy, extra, admin, onAdd, onRemove }: HolidaysSectionProps) {
  const calendars = policy.sla?.calendars ?? [];
  const [calendar, setCalendar] = useState(calendars[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  if (!calendars.length) {
    return (
      <Section id="calendars" title="Calendars and holidays" admin={admin}>
        <p className="el-note">The {policy.name} policy sets no support calendars.</p>
      </Section>
    );
  }
  return (
    <Section id="calendars" title="Calendars and holidays" admin={admin} description="SLA clocks stop outside these hours and on holidays.">
      <table className="el-table">
        <thead>
          <tr>
            <th>Calendar</th>
            <th>Zone</th>
            <th>Hours</th>
            <th>Holidays</th>
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
              <td>{c.hours.map((h) => `${h.days.map((d) => DAYS[d]).join(' ')} ${h.open}–${h.close}`).join('; ')}</td>
              <td>
                {[...c.holidays.map((d) => ({ d, own: false })), ...(extra[c.id] ?? []).map((d) => ({ d, own: true }))].map(({ d, own }) => (
                  <span key={d} className="el-tag">
                    {d}
                    {own && (
                      <button type="button" className="el-tag__x" aria-label={`Remove ${d}`} onClick={() => onRemove(c.id, d)}>
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
          setOutcome(problem ? { ok: false, message: problem } : { ok: true, message: `Added ${date.trim()} to ${calendar}.` });
          if (!problem) setDate('');
        }}
      >
        <label className="el-label" htmlFor="holiday-calendar">
          Add a holiday to
        </label>
        <select id="holiday-calendar" value={calendar} onChange={(e) => setCalendar(e.target.value)}>
          {calendars.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id}
            </option>
          ))}
        </select>
        <input aria-label="Holiday date (YYYY-MM-DD)" placeholder="YYYY-MM-DD" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="submit" className="el-button">
          Add
        </button>
      </form>
      <Outcome outcome={outcome} />
    </Section>
  );
}
