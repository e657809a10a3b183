import type { ReactNode } from 'react';
import { t } from '../../lib/i18n/t';

/**
 * An options section; when the administrator set it, its controls are read-only and it says so. `lead`: controls that
 * choose what is shown, not what is set (a tool to view), which stay usable when the rest is read-only.
 */
export function Section({
  id,
  title,
  admin,
  children,
  description,
  lead,
}: {
  id: string;
  title: string;
  admin: boolean;
  children: ReactNode;
  description?: ReactNode;
  lead?: ReactNode;
}) {
  return (
    <section className="el-opt" aria-labelledby={`${id}-title`} data-section={id}>
      <header className="el-opt__header">
        <h2 id={`${id}-title`}>{title}</h2>
        {admin && (
          <span className="el-admin" data-testid={`${id}-admin`}>
            🔒 {t('options_setByAdmin')}
          </span>
        )}
      </header>
      {description && <p className="el-note">{description}</p>}
      {lead}
      <fieldset disabled={admin} className="el-opt__body">
        {children}
      </fieldset>
    </section>
  );
}

/** A result line: what happened, or each problem (with its JSON path) when something was refused. */
export function Outcome({ outcome }: { outcome: { ok: boolean; message: string; details?: string[] } | null }) {
  if (!outcome) return null;
  return (
    <div className={outcome.ok ? 'el-outcome el-outcome--ok' : 'el-outcome el-outcome--bad'} role={outcome.ok ? 'status' : 'alert'}>
      <p>{outcome.message}</p>
      {outcome.details && outcome.details.length > 0 && (
        <ul>
          {outcome.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
