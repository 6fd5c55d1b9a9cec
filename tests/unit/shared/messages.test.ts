import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { isOwnBackground, isOwnTopFrame, isToBackgroundRequest, isToContentRequest } from '../../../src/shared/messages';

describe('message guards', () => {
  it('accepts only well-formed messages', () => {
    expect(isToContentRequest({ type: 'reader:open', source: 'auto' })).toBe(true);
    expect(isToContentRequest({ type: 'reader:status' })).toBe(false);
    expect(isToContentRequest({ type: 'reader:open', source: 'page' })).toBe(false);
    expect(isToContentRequest({ type: 'auto:article-found' })).toBe(false);
    expect(isToBackgroundRequest({ type: 'auto:article-found' })).toBe(true);
    expect(isToBackgroundRequest({ type: 'sites:choose', choice: 'never' })).toBe(true);
    expect(isToBackgroundRequest({ type: 'sites:choose', choice: 'everything' })).toBe(false);
    expect(isToBackgroundRequest({ type: 'reader:open', source: 'auto' })).toBe(false);
    expect(isToBackgroundRequest(null)).toBe(false);
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

  it('hears the background only from our own extension, with no tab behind the message', () => {
    expect(isOwnBackground({ id: 'ours' } as Runtime.MessageSender, 'ours')).toBe(true);
    expect(isOwnBackground({ id: 'someone-else' } as Runtime.MessageSender, 'ours')).toBe(false);
    expect(isOwnBackground({ id: 'ours', tab: { id: 7 } } as Runtime.MessageSender, 'ours')).toBe(false);
  });
});
