/** The background's message guard: who may send, and what they may send. */
import { describe, expect, it } from 'vitest';
import { MessageGuard, RejectedMessage } from '../../lib/background/guard';
import { EvaluateAccountRequest } from '../../lib/messaging/schemas';
import { matchPage, type CustomHosts } from '../../lib/sites/registry';

const CUSTOM: CustomHosts = new Map([
  ['support.acme.example', 'zendesk'],
  ['crm.acme.example', 'salesforce'],
]);

describe('the message guard', () => {
  const guard = new MessageGuard({ extensionId: 'ext-id', isSupportedPage: (url) => matchPage(url, CUSTOM) !== null });
  const good = {
    tool: 'salesforce',
    recordId: '001Dn00000AbCdEIAZ',
    url: 'https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIAZ/view',
    name: 'Acme',
    fields: { Segment: 'ENT' },
  };
  const sender = { id: 'ext-id', url: good.url };

  it('accepts a well-formed message from a supported page', () => {
    expect(guard.check(EvaluateAccountRequest, good, sender).recordId).toBe('001Dn00000AbCdEIAZ');
  });
  it.each([
    ['another extension', good, { id: 'evil', url: good.url }],
    ['a page the extension does not run on', good, { id: 'ext-id', url: 'https://evil.example/lightning/r/Account/001Dn00000AbCdEIAZ/view' }],
    ['no sender url', good, { id: 'ext-id' }],
    ['a malformed payload', { ...good, fields: 'Segment=ENT' }, sender],
    ['property names that are not text', { ...good, names: { Segment__c: 42 } }, sender],
    ['an id that could reach into a URL', { ...good, recordId: '../../admin' }, sender],
  ])('rejects and counts a message from %s', (_why, data, from) => {
    const before = guard.rejected;
    expect(() => guard.check(EvaluateAccountRequest, data, from)).toThrow(RejectedMessage);
    expect(guard.rejected).toBe(before + 1);
  });
  it('accepts property names beside the labels, and a message without any', () => {
    expect(guard.check(EvaluateAccountRequest, { ...good, names: { Segment__c: 'ENT' } }, sender).names).toEqual({ Segment__c: 'ENT' });
    expect(guard.check(EvaluateAccountRequest, good, sender).names).toBeUndefined();
  });
  it('accepts the extension’s own pages', () => {
    expect(() => guard.check(EvaluateAccountRequest, good, { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' })).not.toThrow();
  });
});

describe('our own pages on Firefox', () => {
  // Firefox serves an extension's pages from moz-extension://<per-install UUID>/, not from its id.
  const guard = new MessageGuard({ extensionId: 'lens@example.com', extensionHost: 'a1b2c3d4-uuid', isSupportedPage: () => false });
  const sender = { id: 'lens@example.com', url: 'moz-extension://a1b2c3d4-uuid/popup.html' };
  it('are recognised by the host of their URL', () => {
    expect(() => guard.check(EvaluateAccountRequest.pick({ tool: true, recordId: true }), { tool: 'salesforce', recordId: 'a1' }, sender)).not.toThrow();
  });
  it('and another add-on’s pages are not', () => {
    expect(() =>
      guard.check(EvaluateAccountRequest.pick({ tool: true }), { tool: 'salesforce' }, { id: 'lens@example.com', url: 'moz-extension://other-uuid/popup.html' }),
    ).toThrow(RejectedMessage);
  });
});
