/**
 * Jira Service Management: URLs it must read and URLs it must not, with what the registry's `matchPage` says of each.
 * URL shapes from ../shared/research/next-tools-and-anchors.md §2d "URLs" (cited in lib/sites/jsm/urls.ts).
 * test/sites/registry.test.ts runs every tool's table and checks that each tool rejects the URLs every other tool accepts.
 */
import type { UrlTable } from '../url-table';

const issue = (recordId: string) => ({ tool: 'jsm', kind: 'ticket', recordId }) as const;
const queue = (recordId: string) => ({ tool: 'jsm', kind: 'ticket-list', recordId }) as const;

export const URL_TABLE: UrlTable = {
  accept: [
    // Issue views (§2d, High): the id is the key.
    ['https://acme.atlassian.net/browse/SUP-7', issue('SUP-7')],
    ['https://acme.atlassian.net/browse/SUP-7/', issue('SUP-7')],
    ['https://acme.atlassian.net/browse/SUP-7?focusedCommentId=10021#comment-10021', issue('SUP-7')],
    ['https://acme-support.atlassian.net/browse/IT_HELP2-1234567', issue('IT_HELP2-1234567')],
    ['https://acme.atlassian.net/browse/SUP-7?x=/browse/SUP-8', issue('SUP-7')], // the key comes from the path only
    // Queues (§2d, Medium): the id is the queue's; an issue open beside it is still the list.
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1', queue('1')],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/', queue('1')],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/12/SUP-14', queue('12')],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1?selectedIssue=SUP-14', queue('1')],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/issue/3', queue('3')],
    // The service-requests section (§2d, Low).
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/section/service-requests/custom/4', queue('4')],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/section/service-requests/custom/4/SUP-9', queue('4')],
  ],
  reject: [
    'https://acme.atlassian.net/servicedesk/customer/portal/1/SUP-1', // the customer portal: not agents
    'https://acme.atlassian.net/servicedesk/customer/portal/1',
    'https://acme.atlassian.net/wiki/spaces/SUP/pages/12345/Runbook', // Confluence on the same host
    'https://acme.atlassian.net/wiki/browse/SUP-1',
    'https://acme.atlassian.net/rest/api/3/issue/SUP-1', // the REST API is no page
    'https://acme.atlassian.net/rest/servicedeskapi/request/SUP-1/sla',
    'https://acme.atlassian.net/browse/sup-1', // lower case is not a key
    'https://acme.atlassian.net/browse/SUP', // a project, not an issue
    'https://acme.atlassian.net/browse/SUP-0',
    'https://acme.atlassian.net/browse/SUP-007',
    'https://acme.atlassian.net/browse/1SUP-7',
    'https://acme.atlassian.net/browse/SUP-7/edit',
    'https://acme.atlassian.net/jira/your-work',
    'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues',
    'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom',
    'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/abc',
    'https://acme.atlassian.net/jira/servicedesk/projects/sup/queues/custom/1',
    'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/sup-14',
    'https://acme.atlassian.net/jira/servicedesk/projects/SUP/section/incidents/custom/4',
    'http://acme.atlassian.net/browse/SUP-7', // not HTTPS
    'https://acme.atlassian.net:8443/browse/SUP-7',
    'https://acme.atlassian.net.evil.example/browse/SUP-7',
    'https://atlassian.net/browse/SUP-7',
    'https://a.b.atlassian.net/browse/SUP-7',
    'https://evilatlassian.net/browse/SUP-7',
    'https://acme.jira.com/browse/SUP-7', // another host
    'https://jira.acme.example/browse/SUP-7', // Jira on a custom domain: only where the admin adds it
  ],
};
