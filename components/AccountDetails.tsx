import type { Evaluation } from '@/lib/policy';
import { ImplementationSection } from './ImplementationSection';
import { OfferingList } from './OfferingList';
import { Reasons } from './Reasons';
import { SlackRights } from './SlackRights';
import { discountLabel } from '@/lib/policy/status-labels';
import { StatusPill } from './StatusPill';
import { formatDecimal } from '../lib/domain/format';
import { t } from '../lib/i18n/t';

/** Every verdict about one account, in the order people ask: Slack, discount, offerings, implementation, terms, warnings. */
export function AccountDetails({ evaluation: e }: { evaluation: Evaluation }) {
  return (
    <>
      <SlackRights slack={e.slack} purchased={e.purchased} />

      <section className="el-section" aria-labelledby="el-discount">
        <h2 id="el-discount">{t('panel_discountHeading')}</h2>
        <div className="el-row">
          <StatusPill {...discountLabel(e.discount.status)} />
          {e.discount.approvers.length > 0 && <span className="el-note">{t('panel_approval', { approvers: e.discount.approvers.join(', ') })}</span>}
        </div>
        <Reasons reasons={e.discount.reasons} />
      </section>

      <OfferingList offerings={e.offerings} purchased={e.purchased} />

      {e.implementation && <ImplementationSection implementation={e.implementation} />}

      {e.managedServices && e.managedServices.packages.length > 0 && (
        <section className="el-section" aria-labelledby="el-ms">
          <h2 id="el-ms">{t('panel_managedServices')}</h2>
          {e.managedServices.packages.map((p) => (
            <details key={p.id} className="el-ms" open>
              <summary>{p.name}</summary>
              <h3>{t('panel_accessGranted')}</h3>
              <ul>
                {p.accessGranted.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
              <h3>{t('panel_servicesPerformed')}</h3>
              <ul>
                {p.servicesPerformed.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
              <h3>{t('panel_neededFromCustomer')}</h3>
              <ul>
                {p.customerResources.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ul>
            </details>
          ))}
        </section>
      )}

      {(e.support.customAgreement || e.support.commitments.length > 0) && (
        <section className="el-section" aria-labelledby="el-support">
          <h2 id="el-support">{t('panel_supportTerms')}</h2>
          {e.support.customAgreement && <p className="el-note">{e.support.customAgreement.note}</p>}
          {e.support.commitments.map((c) => (
            <div key={c.section}>
              <p className="el-row">
                <StatusPill tone="info" label={t('panel_uptime', { percent: formatDecimal(c.uptimePercent) })} />
              </p>
              <ul className="el-list">
                {c.maintenance.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {e.warnings.length > 0 && (
        <section className="el-section el-section--warnings" aria-labelledby="el-warnings">
          <h2 id="el-warnings">{t('panel_warningsHeading', { count: e.warnings.length })}</h2>
          <ul className="el-list">
            {e.warnings.map((w) => (
              <li key={w}>
                <span aria-hidden="true">⚠ </span>
                {w}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
