import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../support/browser';
import { highlightsKey } from '../../../src/highlights/articleKey';
import { browserHighlightsPort } from '../../../src/highlights/browserHighlights';
import type { ArticleInfo, HighlightChange, LoadedHighlights } from '../../../src/highlights/types';
import { isToBackgroundRequest } from '../../../src/shared/messages';
import { article, highlight, INFO } from './fixtures';

const KEY = highlightsKey(INFO.url);

describe('the reader’s port to its article', () => {
  it('hears its own article’s item in storage.local, and no other, until it stops listening', async () => {
    const heard: LoadedHighlights[] = [];
    const stop = browserHighlightsPort(INFO).subscribe((loaded) => heard.push(loaded));
    await fakeBrowser.storage.local.set({ [highlightsKey('https://example.com/other')]: article([highlight('x')]) });
    await fakeBrowser.storage.sync.set({ [KEY]: article([highlight('y')]) });
    await fakeBrowser.storage.local.set({ [KEY]: article([highlight('a')]) });
    await fakeBrowser.storage.local.remove(KEY);
    stop();
    await fakeBrowser.storage.local.set({ [KEY]: article([highlight('b')]) });
    expect(heard).toEqual([
      { highlights: [highlight('a')], invalid: 0 },
      { highlights: [], invalid: 0 },
    ]);
  });

  it('sends changes with the article’s info, a very long title cut to fit, and answers when the background cannot', async () => {
    const sent: [HighlightChange, ArticleInfo][] = [];
    const port = browserHighlightsPort({ ...INFO, title: 't'.repeat(5000) }, async (change, info) => {
      sent.push([change, info]);
      return { ok: true, item: null };
    });
    await port.change({ kind: 'remove', id: 'a' });
    expect(sent[0]?.[1].title).toHaveLength(1000);
    expect(isToBackgroundRequest({ type: 'highlights:change', change: sent[0]?.[0], info: sent[0]?.[1] })).toBe(true);
    const gone = browserHighlightsPort(INFO, () => Promise.reject(new Error('Extension context invalidated.')));
    expect(await gone.change({ kind: 'remove', id: 'a' })).toEqual({ ok: false, error: 'failed' });
  });
});

describe('the highlight change message', () => {
  it('is accepted only with a valid change and an article at a normalised http(s) address', () => {
    const message = { type: 'highlights:change', change: { kind: 'put', highlight: highlight('a') }, info: INFO };
    expect(isToBackgroundRequest(message)).toBe(true);
    expect(isToBackgroundRequest({ ...message, change: { kind: 'put' } })).toBe(false);
    expect(isToBackgroundRequest({ ...message, info: { ...INFO, url: 'https://example.com/story?utm_source=x' } })).toBe(false);
    expect(isToBackgroundRequest({ ...message, info: { url: INFO.url } })).toBe(false);
    expect(isToBackgroundRequest({ type: 'highlights:change' })).toBe(false);
  });
});
