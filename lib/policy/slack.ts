import type { Account } from '../domain/account';
import type { Holdings } from './holdings';
import type { Policy } from './schema';
import type { SlackDecision, SlackRightDecision } from './types';

/**
 * Decides the two Slack rights: Support Engineering in Slack, and the account team in Slack. A right is
 * granted by the package that holds its offering (Slack Support grants both; Managed Services, 24/7 SLAs and
 * Dedicated Support include both; Implementation Services only until the implementation ends). An opt-out
 * removes both. Anything that cannot be established is `allowed: null`, never a guessed yes.
 * @example decideSlack(account, policy, holdings).support // { allowed: true, via: 'slack-support', until: null, … }
 */
export function decideSlack(account: Account, policy: Policy, holdings: Holdings): SlackDecision {
  const slack = policy.slack;
  if (!slack) {
    const none = (label: string): SlackRightDecision => ({ label, allowed: null, via: null, until: null, reasons: [`The ${policy.name} policy does not cover Slack`] });
    return { support: none('Support in Slack'), accountManagement: none('Account team in Slack'), optedOut: null, deprovisionAt: null };
  }
  const optedOut = account.slackOptOut;
  return {
    support: slackRight(slack.rights.support.offering, slack.rights.support.label, account, slack, holdings),
    accountManagement: slackRight(slack.rights.accountManagement.offering, slack.rights.accountManagement.label, account, slack, holdings),
    optedOut,
    deprovisionAt: optedOut ? account.renewalDate : null,
  };
}

/** One right, granted by whatever holds its offering (a module function, not a per-call closure: hot path). */
function slackRight(offering: string, label: string, account: Account, slack: NonNullable<Policy['slack']>, holdings: Holdings): SlackRightDecision {
  const optedOut = account.slackOptOut;
  if (optedOut === true) {
    const at = account.renewalDate ? ` on ${account.renewalDate}` : ' (renewal date unknown)';
    return { label, allowed: false, via: null, until: null, reasons: [`${slack.optOut.section}: ${slack.optOut.note.replace(/\.$/, '')}${at}`] };
  }
  if (optedOut === null) return { label, allowed: null, via: null, until: null, reasons: ['Slack opt-out could not be read'] };
  if (!holdings.known) {
    return { label, allowed: null, via: null, until: null, reasons: ['Purchased packages could not be read: cannot tell whether Slack was purchased'] };
  }
  const grants = holdings.held.get(offering);
  if (grants?.length) {
    const best = grants[0]!;
    return { label, allowed: true, via: best.via, until: best.until, reasons: grants.map((g) => `${slack.section}: ${g.reason}`) };
  }
  const uncertain = holdings.uncertain.get(offering);
  if (uncertain) return { label, allowed: null, via: null, until: null, reasons: [`${slack.section}: ${uncertain}`] };
  return { label, allowed: false, via: null, until: null, reasons: [`${slack.section}: no purchased package grants it`] };
}
