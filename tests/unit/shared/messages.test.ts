import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import {
  isOwnBackground,
  isOwnServiceWorker,
  isOwnTopFrame,
  isToBackgroundRequest,
  isToContentRequest,
  isToExtractorRequest,
  MAX_EXTRACTION_RULES,
  MAX_SNAPSHOTS,
  snapshotsOfPage,
} from '../../../src/shared/messages';

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

  it('takes snapshots only as a non-empty, bounded list of HTML and address strings', () => {
    const snapshot = { html: '<p>story</p>', url: 'https://www.newsx.com/a' };
    // the extraction document also gets the site's rules, which the background read from storage
    for (const [type, guard, extra] of [
      ['page:extract', isToBackgroundRequest, {}],
      ['extractor:extract', isToExtractorRequest, { siteRules: [] }],
    ] as const) {
      expect(guard({ type, documents: [snapshot], ...extra })).toBe(true);
      expect(guard({ type, documents: [], ...extra })).toBe(false);
      expect(guard({ type, documents: snapshot, ...extra })).toBe(false);
      expect(guard({ type, documents: [{ html: 1, url: snapshot.url }], ...extra })).toBe(false);
      expect(guard({ type, documents: [{ html: snapshot.html }], ...extra })).toBe(false);
      expect(guard({ type, documents: Array.from({ length: MAX_SNAPSHOTS + 1 }, () => snapshot), ...extra })).toBe(false);
    }
    expect(isToExtractorRequest({ type: 'page:extract', documents: [snapshot], siteRules: [] })).toBe(false);
    expect(isToExtractorRequest({ type: 'extractor:extract', documents: [snapshot] })).toBe(false);
    expect(isToExtractorRequest({ type: 'extractor:extract', documents: [snapshot], siteRules: {} })).toBe(false);
    expect(isToExtractorRequest({ type: 'extractor:extract', documents: [snapshot], siteRules: Array.from({ length: MAX_EXTRACTION_RULES + 1 }, () => ({})) })).toBe(false);
  });

  it('extracts only snapshots of the sending page’s own origin', () => {
    const page = 'https://www.newsx.com/world/1';
    expect(snapshotsOfPage([{ html: '', url: page }, { html: '', url: 'https://www.newsx.com/frame' }], page)).toBe(true);
    expect(snapshotsOfPage([{ html: '', url: page }, { html: '', url: 'https://evil.example/frame' }], page)).toBe(false);
    expect(snapshotsOfPage([{ html: '', url: 'http://www.newsx.com/world/1' }], page)).toBe(false);
    expect(snapshotsOfPage([{ html: '', url: 'not a url' }], page)).toBe(false);
  });

  it('the extraction document hears our service worker alone', () => {
    const origin = 'chrome-extension://ours/';
    const worker = { id: 'ours', url: `${origin}service-worker-loader.js` } as Runtime.MessageSender;
    expect(isOwnServiceWorker(worker, 'ours', origin)).toBe(true);
    // The options page is one of our frames; a content script has a tab; another extension another id.
    expect(isOwnServiceWorker({ ...worker, url: `${origin}src/options/index.html`, frameId: 0 }, 'ours', origin)).toBe(false);
    expect(isOwnServiceWorker({ ...worker, url: 'https://www.newsx.com/', frameId: 0, tab: { id: 7 } } as Runtime.MessageSender, 'ours', origin)).toBe(false);
    expect(isOwnServiceWorker({ ...worker, id: 'someone-else' }, 'ours', origin)).toBe(false);
    expect(isOwnServiceWorker({ id: 'ours', url: 'chrome-extension://someone-else/sw.js' } as Runtime.MessageSender, 'ours', origin)).toBe(false);
  });
});
