import type { Evaluation } from '@/lib/policy';
import { discountLabel, summariseSlack } from '@/lib/policy/status-labels';
import { formatMoney, segmentLabel } from '../lib/domain/format';
import { t } from '../lib/i18n/t';

export interface ResultItem {
  key: string;
  name: string;
  domain: string | null;
  /** Where the record lives ("Salesforce", "Zendesk organization"), so two records of one customer tell apart. */
  where: string | null;
  evaluation: Evaluation;
}

/**
 * The popup's result list: a listbox driven from the search box (aria-activedescendant), each row showing
 * segment, ARR, Slack and discount at a glance.
 */
export function SearchResults({ items, active, onPick, onHover }: { items: ResultItem[]; active: number; onPick: (i: number) => void; onHover: (i: number) => void }) {
  return (
    <ul className="el-results" role="listbox" id="el-results" aria-label={t('popup_resultsLabel')}>
      {items.map((item, i) => {
        const e = item.evaluation;
        const { tone: slackTone, short: slack } = summariseSlack(e.slack);
        const { tone: discountTone, label: discount } = discountLabel(e.discount.status);
        return (
          <li
            key={item.key}
            id={`el-result-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'el-result el-result--active' : 'el-result'}
            onMouseDown={(event) => {
              event.preventDefault();
              onPick(i);
            }}
            onMouseEnter={() => onHover(i)}
          >
            <span className="el-result__name">{item.name}</span>
            <span className="el-result__meta">
              {e.segment ? segmentLabel(e.segment) : t('popup_segmentShort')} · {formatMoney(e.arr, true)}
              {item.domain && <> · {item.domain}</>}
              {item.where && <> · {item.where}</>}
            </span>
            <span className="el-result__chips">
              <span className={`el-mini el-mini--${slackTone}`}>{slack}</span>
              <span className={`el-mini el-mini--${discountTone}`}>{discount}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
