import { useState } from 'react';
import type { CustomDomain } from '@/lib/settings/managed-config';
import { TOOLS } from '@/lib/sites/registry';
import { t } from '../../lib/i18n/t';
import { Outcome, Section } from './Section';

export interface CustomDomainsSectionProps {
  domains: CustomDomain[];
  admin: boolean;
  outcome: { ok: boolean; message: string } | null;
  /** Must be called from the click: the browser asks for the host permission then. */
  onAdd: (host: string, tool: CustomDomain['tool']) => void;
  onRemove: (domain: CustomDomain) => void;
}

/** Hosts for tools on custom domains; adding one asks for that host's permission there and then. */
export function CustomDomainsSection({ domains, admin, outcome, onAdd, onRemove }: CustomDomainsSectionProps) {
  const [host, setHost] = useState('');
  const [tool, setTool] = useState<CustomDomain['tool']>(TOOLS[0].id);
  return (
    <Section id="domains" title={t('options_domainsTitle')} admin={admin} description={t('options_domainsDescription')}>
      <ul className="el-list" data-testid="domains">
        {domains.length === 0 && <li className="el-note">{t('options_noDomains')}</li>}
        {domains.map((d) => (
          <li key={d.host}>
            <code>{d.host}</code> ({d.tool}){' '}
            <button type="button" className="el-link" onClick={() => onRemove(d)}>
              {t('options_remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="el-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(host.trim().toLowerCase(), tool);
        }}
      >
        {/* i18n-exempt: an example host name, the same in every language */}
        <input aria-label={t('options_host')} placeholder="support.example.com" value={host} onChange={(e) => setHost(e.target.value)} />
        <select aria-label={t('options_tool')} value={tool} onChange={(e) => setTool(e.target.value as CustomDomain['tool'])}>
          {TOOLS.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
        <button type="submit" className="el-button">
          {t('options_add')}
        </button>
      </form>
      <Outcome outcome={outcome} />
    </Section>
  );
}

export interface DisplaySectionProps {
  zone: string | null;
  hour12: boolean | null;
  admin: boolean;
  onSave: (zone: string | null, hour12: boolean | null) => string | null;
}

/** The zone shown beside the calendar's in the ticket details, and the clock style. */
export function DisplaySection({ zone, hour12, admin, onSave }: DisplaySectionProps) {
  const [z, setZ] = useState(zone ?? '');
  const [clock, setClock] = useState(hour12 === null ? 'auto' : hour12 ? '12' : '24');
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <Section id="display" title={t('options_displayTitle')} admin={admin}>
      <form
        className="el-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const problem = onSave(z.trim() || null, clock === 'auto' ? null : clock === '12');
          setOutcome(problem ? { ok: false, message: problem } : { ok: true, message: t('options_saved') });
        }}
      >
        <label className="el-label" htmlFor="display-zone">
          {t('options_yourZone')}
        </label>
        <input id="display-zone" placeholder={t('options_zonePlaceholder')} value={z} onChange={(e) => setZ(e.target.value)} />
        <label className="el-label" htmlFor="display-clock">
          {t('options_clock')}
        </label>
        <select id="display-clock" value={clock} onChange={(e) => setClock(e.target.value)}>
          <option value="auto">{t('options_clockBrowser')}</option>
          <option value="12">{t('options_clock12')}</option>
          <option value="24">{t('options_clock24')}</option>
        </select>
        <button type="submit" className="el-button">
          {t('options_save')}
        </button>
      </form>
      <Outcome outcome={outcome} />
    </Section>
  );
}
