import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../support/browser';
import { highlightsKey } from '../../../src/highlights/articleKey';
import type { ArticleInfo, HighlightChange, LoadedHighlights } from '../../../src/highlights/types';
import { highlight, INFO } from './fixtures';

// The background's one message listener writing highlights into the in-memory browser's
// storage.local, and the reader's ports of two tabs reading them back.
vi.mock('../../../src/content/reader.ts?iife', () => ({ default: 'src/content/reader.js' }));
vi.mock('../../../src/background/extraction', () => ({ prepareExtraction: () => undefined, extractInExtension: async () => null }));

const { listenToContentScripts } = await import('../../../src/background/contentMessages');
const { articleOfPage } = await import('../../../src/background/highlights');
const { browserHighlightsPort } = await import('../../../src/highlights/browserHighlights');

type Listener = (message: unknown, sender: unknown) => unknown;
let listener: Listener;
const OURS = fakeBrowser.runtime.id;
const KEY = highlightsKey(INFO.url);
const tab = (id: number, url = `${INFO.url}?utm_source=news`) => ({ id: OURS, frameId: 0, url, tab: { id } });

function deliver(message: unknown, sender: object): Promise<unknown> | undefined {
  return listener(message, sender) as Promise<unknown> | undefined;
}

const put = (id: string): HighlightChange => ({ kind: 'put', highlight: highlight(id) });

beforeEach(() => {
  vi.restoreAllMocks();
  const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  listenToContentScripts();
  listener = added.mock.calls[0]?.[0] as Listener;
});

describe('the background writing highlights', () => {
  it('stores a tab’s highlight under its article’s key, without what the message added', async () => {
    const change = { kind: 'put', highlight: { ...highlight('a'), extra: 'x'.repeat(100) } };
    expect(await deliver({ type: 'highlights:change', change, info: INFO }, tab(1))).toMatchObject({ ok: true });
    const stored = (await fakeBrowser.storage.local.get(KEY))[KEY];
    expect(stored).toEqual({ version: 1, ...INFO, updated: expect.any(Number), highlights: [highlight('a')] });
  });

  it('lets a page write only its own site’s highlights', async () => {
    const bank = { ...INFO, url: 'https://bank.example/statement' };
    expect(await deliver({ type: 'highlights:change', change: put('a'), info: bank }, tab(1))).toEqual({ ok: false, error: 'invalid' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(articleOfPage('https://example.com/story', 'https://m.example.com/story')).toBe(true);
    expect(articleOfPage('https://www.example.com/story', 'https://news.example.com/x')).toBe(true);
    expect(articleOfPage('https://github.io/story', 'https://alice.github.io/x')).toBe(false);
    expect(articleOfPage('https://bank.co.uk/story', 'https://evil.co.uk/x')).toBe(false);
    expect(articleOfPage('https://example.com/a', 'https://example.com/a?fbclid=1#x')).toBe(true);
    expect(articleOfPage('http://intranet/story', 'http://intranet/story?page=2')).toBe(true);
    expect(articleOfPage('http://192.168.1.2/story', 'http://10.0.0.1/story')).toBe(false);
  });

  it('hears highlight changes only from our content scripts in a tab’s top frame, of a valid shape', () => {
    const message = { type: 'highlights:change', change: put('a'), info: INFO };
    expect(deliver(message, { ...tab(1), id: 'another-extension' })).toBeUndefined();
    expect(deliver(message, { id: OURS, url: fakeBrowser.runtime.getURL('src/options/index.html') })).toBeUndefined();
    expect(deliver(message, { ...tab(1), frameId: 3 })).toBeUndefined();
    expect(deliver({ ...message, change: { kind: 'put', highlight: { ...highlight('a'), colour: 'red' } } }, tab(1))).toBeUndefined();
    expect(deliver({ ...message, info: { ...INFO, url: 'javascript:alert(1)' } }, tab(1))).toBeUndefined();
    expect(deliver({ ...message, change: { kind: 'wipe' } }, tab(1))).toBeUndefined();
  });

  it('two tabs on one article each add a highlight in the same tick: both are there afterwards, in both tabs', async () => {
    const portOf = (tabId: number) =>
      browserHighlightsPort(INFO, (change: HighlightChange, info: ArticleInfo) => deliver({ type: 'highlights:change', change, info }, tab(tabId)) as never);
    const [one, two] = [portOf(1), portOf(2)];
    const seenByOne: LoadedHighlights[] = [];
    const seenByTwo: LoadedHighlights[] = [];
    one.subscribe((loaded) => seenByOne.push(loaded));
    two.subscribe((loaded) => seenByTwo.push(loaded));
    const answers = await Promise.all([one.change(put('from-one')), two.change(put('from-two'))]);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    for (const port of [one, two]) expect((await port.load()).highlights.map((h) => h.id).sort()).toEqual(['from-one', 'from-two']);
    for (const heard of [seenByOne, seenByTwo]) expect(heard.at(-1)?.highlights.map((h) => h.id).sort()).toEqual(['from-one', 'from-two']);
  });

  it.each([
    ['Chromium', () => new Error('QUOTA_BYTES quota exceeded')],
    ['Firefox', () => new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError')],
  ])('a storage.local the test filled up (%s) loses no highlight and says so', async (_browser, refusal) => {
    await deliver({ type: 'highlights:change', change: put('kept'), info: INFO }, tab(1));
    // A quota as the browser keeps it: a write that would take the area past it is refused whole.
    const QUOTA = 64 * 1024;
    const area = fakeBrowser.storage.local;
    const set = area.set.bind(area);
    vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      const after = { ...(await area.get(null)), ...items };
      if (JSON.stringify(after).length > QUOTA) throw refusal();
      return set(items);
    });
    await area.set({ filler: 'x'.repeat(QUOTA - JSON.stringify(await area.get(null)).length - 100) });
    const before = await area.get(null);
    const big = { kind: 'put', highlight: highlight('new', { note: 'n'.repeat(500) }) };
    expect(await deliver({ type: 'highlights:change', change: big, info: INFO }, tab(1))).toEqual({ ok: false, error: 'storage-full' });
    expect(await area.get(null)).toEqual(before);
    expect((await browserHighlightsPort(INFO).load()).highlights.map((h) => h.id)).toEqual(['kept']);
  });

  it('a corrupt item shows the valid rest and counts what it could not read', async () => {
    await fakeBrowser.storage.local.set({ [KEY]: { version: 1, ...INFO, updated: 1, highlights: [highlight('good'), { id: 'cut', quote: { exa: '' } }] } });
    expect(await browserHighlightsPort(INFO).load()).toEqual({ highlights: [highlight('good')], invalid: 1 });
  });
});
