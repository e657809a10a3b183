import type { Evaluation, SlackRightDecision } from '@/lib/policy';
import { formatDate } from '../lib/domain/format';
import { Reasons } from './Reasons';
import { deprovisionNote, noSlackHeadline, packageName, rightLabel, summariseSlack } from '@/lib/policy/status-labels';
import { StatusPill } from './StatusPill';
import { t } from '../lib/i18n/t';

type Purchased = Evaluation['purchased'];

function Right({ right, purchased }: { right: SlackRightDecision; purchased: Purchased }) {
  const via = packageName(right.via, purchased);
  return (
    <li className="el-slack__right">
      <span className="el-slack__label">{right.label}</span>
      <StatusPill {...rightLabel(right.allowed)} />
      {via && (
        <span className="el-note">
          {t('panel_via', { package: via })}
          {right.until && <> · {t('panel_until', { date: formatDate(right.until) })}</>}
        </span>
      )}
      <Reasons reasons={right.reasons} />
    </li>
  );
}

/** Slack rights come first: the question an account team asks most, and the one most often answered wrong. */
export function SlackRights({ slack, purchased }: { slack: Evaluation['slack']; purchased: Purchased }) {
  const none = summariseSlack(slack).kind === 'no';
  return (
    <section className="el-section el-slack" aria-labelledby="el-slack">
      {/* i18n-exempt: the product's name, the same in every language */}
      <h2 id="el-slack">Slack</h2>
      {none && (
        <p className="el-headline el-headline--bad">
          <span aria-hidden="true">✕ </span>
          {noSlackHeadline(slack.optedOut)}
        </p>
      )}
      {slack.optedOut && <p className="el-note">{deprovisionNote(slack.deprovisionAt)}</p>}
      <ul className="el-slack__rights">
        <Right right={slack.support} purchased={purchased} />
        <Right right={slack.accountManagement} purchased={purchased} />
      </ul>
    </section>
  );
}
