import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { isBackgroundRequest, isOwnTopFrame, isRequest } from '../../../src/shared/messages';

describe('message guards', () => {
  it('accepts only well-formed messages', () => {
    expect(isRequest({ type: 'reader:open', source: 'auto' })).toBe(true);
    expect(isRequest({ type: 'reader:status' })).toBe(true);
    expect(isRequest({ type: 'reader:open', source: 'page' })).toBe(false);
    expect(isRequest({ type: 'auto:article-found' })).toBe(false);
    expect(isBackgroundRequest({ type: 'auto:article-found' })).toBe(true);
    expect(isBackgroundRequest({ type: 'sites:choose', choice: 'never' })).toBe(true);
    expect(isBackgroundRequest({ type: 'sites:choose', choice: 'everything' })).toBe(false);
    expect(isBackgroundRequest({ type: 'reader:open', source: 'auto' })).toBe(false);
    expect(isBackgroundRequest(null)).toBe(false);
  });

  it('hears pages only through our own script in a tab’s top frame', () => {
    const sender = (patch: Partial<Runtime.MessageSender>): Runtime.MessageSender =>
      ({ id: 'ours', frameId: 0, url: 'https://www.bbc.com/news/1', tab: { id: 7 }, ...patch }) as Runtime.MessageSender;
    expect(isOwnTopFrame(sender({}), 'ours')).toBe(true);
    expect(isOwnTopFrame(sender({ id: 'someone-else' }), 'ours')).toBe(false);
    expect(isOwnTopFrame(sender({ frameId: 3 }), 'ours')).toBe(false);
    expect(isOwnTopFrame(sender({ tab: undefined }), 'ours')).toBe(false);
    expect(isOwnTopFrame(sender({ url: undefined }), 'ours')).toBe(false);
  });
});
