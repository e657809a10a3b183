import type { Evaluation, OfferingDecision } from '@/lib/policy';
import { formatDate } from '../lib/domain/format';
import { offeringLabel, packageName } from '@/lib/policy/status-labels';
import { StatusPill } from './StatusPill';
import { t } from '../lib/i18n/t';

/** Every offering with its status; each row unfolds to the rules behind it. */
export function OfferingList({ offerings, purchased }: { offerings: OfferingDecision[]; purchased: Evaluation['purchased'] }) {
  return (
    <section className="el-section" aria-labelledby="el-offerings">
      <h2 id="el-offerings">{t('panel_offerings')}</h2>
      <ul className="el-offerings">
        {offerings.map((o) => {
          const { tone, label } = offeringLabel(o.status);
          const via = packageName(o.via, purchased);
          return (
            <li key={o.id} data-offering={o.id}>
              <details>
                <summary>
                  <span className="el-offerings__name">{o.name}</span>
                  <StatusPill tone={tone} label={label} />
                </summary>
                <ul className="el-why-list">
                  {via && o.status === 'included' && (
                    <li>{o.until ? t('panel_withPackageUntil', { package: via, date: formatDate(o.until) }) : t('panel_withPackage', { package: via })}</li>
                  )}
                  {o.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
