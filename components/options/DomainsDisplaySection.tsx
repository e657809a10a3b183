import { useState } from 'react';
import type { CustomDomain } from '@/lib/settings/managed-config';
import { TOOLS } from '@/lib/sites/registry';
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
    <Section
      id="domains"
      title="Custom domains"
      admin={admin}
      description="For Salesforce My Domain hosts, Zendesk host mapping, or any other host your tools run on. The extension asks for permission on that host only."
    >
      <ul className="el-list" data-testid="domains">
        {domains.length === 0 && <li className="el-note">None.</li>}
        {domains.map((d) => (
          <li key={d.host}>
            <code>{d.host}</code> ({d.tool}){' '}
            <button type="button" className="el-link" onClick={() => onRemove(d)}>
              Remove
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
        <input aria-label="Host" placeholder="support.example.com" value={host} onChange={(e) => setHost(e.target.value)} />
        <select aria-label="Tool" value={tool} onChange={(e) => setTool(e.target.value as CustomDomain['tool'])}>
          {TOOLS.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <button type="submit" className="el-button">
          Add
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
    <Section id="display" title="Display" admin={admin}>
      <form
        className="el-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const problem = onSave(z.trim() || null, clock === 'auto' ? null : clock === '12');
          setOutcome(problem ? { ok: false, message: problem } : { ok: true, message: 'Saved.' });
        }}
      >
        <label className="el-label" htmlFor="display-zone">
          Your time zone
        </label>
        <input id="display-zone" placeholder="the browser's (e.g. Europe/Berlin)" value={z} onChange={(e) => setZ(e.target.value)} />
        <label className="el-label" htmlFor="display-clock">
          Clock
        </label>
        <select id="display-clock" value={clock} onChange={(e) => setClock(e.target.value)}>
          <option value="auto">the browser's</option>
          <option value="12">12-hour</option>
          <option value="24">24-hour</option>
        </select>
        <button type="submit" className="el-button">
          Save
        </button>
      </form>
      <Outcome outcome={outcome} />
    </Section>
  );
}
