import type { ImplementationDecision } from '@/lib/policy';
import { Reasons } from './Reasons';
import { kpiLabel, mandatoryLabel } from '@/lib/policy/status-labels';
import { StatusPill } from './StatusPill';
import { t } from '../lib/i18n/t';

/** Whether Implementation Services is mandatory, and day N of the 30-day KPI. */
export function ImplementationSection({ implementation: i }: { implementation: ImplementationDecision }) {
  return (
    <section className="el-section" aria-labelledby="el-impl">
      <h2 id="el-impl">{t('panel_implementation')}</h2>
      <div className="el-row">
        <StatusPill {...mandatoryLabel(i)} />
        {i.dedicatedTa?.eligible && <StatusPill tone="good" label={t('panel_dedicatedTa')} />}
      </div>
      <Reasons reasons={[...i.reasons, ...(i.dedicatedTa?.reasons ?? [])]} />
      {i.kpi && (
        <div className={`el-kpi el-kpi--${i.kpi.status}`}>
          <div className="el-kpi__text">
            {kpiLabel(i.kpi)}
            {i.kpi.status === 'overdue' && <strong> · {t('panel_kpiOverdue')}</strong>}
          </div>
          <div
            className="el-kpi__bar"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={i.kpi.of}
            aria-valuenow={Math.min(i.kpi.day, i.kpi.of)}
            aria-label={t('panel_implementationDays')}
          >
            <span style={{ width: `${Math.min(100, (i.kpi.day / i.kpi.of) * 100)}%` }} />
          </div>
          <p className="el-note">{i.kpi.reasons[0]}</p>
        </div>
      )}
    </section>
  );
}
