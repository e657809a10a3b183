import { t } from '../lib/i18n/t';

/** The "why" behind a decision: the rules it came from, folded away until asked for. */
export function Reasons({ reasons, summary = t('panel_why') }: { reasons: string[]; summary?: string }) {
  if (!reasons.length) return null;
  return (
    <details className="el-why">
      <summary>{summary}</summary>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </details>
  );
}
