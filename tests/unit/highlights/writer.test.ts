import { describe, expect, it } from 'vitest';
import { highlightsKey } from '../../../src/highlights/articleKey';
import { applyChange, createHighlightWriter, isQuotaError, mergeItems } from '../../../src/highlights/writer';
import type { StorageAreaLike } from '../../../src/settings/store';
import { article, highlight, INFO } from './fixtures';

const KEY = highlightsKey(INFO.url);
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** storage.local as the browser runs it: every get and set answers a little later, JSON-cloned. */
class SlowArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  refuse: unknown = null;
  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    await tick();
    const result: Record<string, unknown> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) if (key in this.data) result[key] = structuredClone(this.data[key]);
    return result;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    await tick();
    if (this.refuse !== null) throw this.refuse;
    for (const [key, value] of Object.entries(items)) this.data[key] = structuredClone(value);
  }
  async remove(keys: string | string[]): Promise<void> {
    await tick();
    for (const key of typeof keys === 'string' ? [keys] : keys) delete this.data[key];
  }
}

const ids = (value: unknown): string[] => ((value as { highlights?: { id: string }[] } | undefined)?.highlights ?? []).map((h) => h.id);

describe('the highlights writer', () => {
  it('lands both of two highlights added to one article in the same tick', async () => {
    const area = new SlowArea();
    const writer = createHighlightWriter(area);
    const [first, second] = await Promise.all([
      writer.change(INFO, { kind: 'put', highlight: highlight('from-tab-1') }),
      writer.change(INFO, { kind: 'put', highlight: highlight('from-tab-2') }),
    ]);
    expect(ids(area.data[KEY])).toEqual(['from-tab-1', 'from-tab-2']);
    expect(first.ok && second.ok).toBe(true);
    expect(second.ok && ids(second.item)).toEqual(['from-tab-1', 'from-tab-2']);
  });

  it('lands every one of many changes sent at once, and runs articles apart', async () => {
    const area = new SlowArea();
    const writer = createHighlightWriter(area);
    const other = { ...INFO, url: 'https://example.com/other' };
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => writer.change(i % 2 ? other : INFO, { kind: 'put', highlight: highlight(`h${i}`) })),
    );
    expect(ids(area.data[KEY])).toHaveLength(10);
    expect(ids(area.data[highlightsKey(other.url)])).toHaveLength(10);
  });

  it('removes the item with its last highlight', async () => {
    const area = new SlowArea();
    const writer = createHighlightWriter(area);
    await writer.change(INFO, { kind: 'put', highlight: highlight('a') });
    expect(await writer.change(INFO, { kind: 'remove', id: 'a' })).toEqual({ ok: true, item: null });
    expect(KEY in area.data).toBe(false);
  });

  it('keeps every highlight it had when storage is full, in Chromium’s words and in Firefox’s', async () => {
    for (const refusal of [
      new Error('QUOTA_BYTES quota exceeded'),
      new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError'),
      new Error('QuotaExceededError: storage.local is full'),
    ]) {
      const area = new SlowArea();
      const writer = createHighlightWriter(area);
      await writer.change(INFO, { kind: 'put', highlight: highlight('a') });
      const before = structuredClone(area.data);
      area.refuse = refusal;
      expect(await writer.change(INFO, { kind: 'put', highlight: highlight('b') })).toEqual({ ok: false, error: 'storage-full' });
      expect(area.data).toEqual(before);
    }
  });

  it('tells a full storage from another failure', async () => {
    const area = new SlowArea();
    area.refuse = new Error('IO error');
    expect(await createHighlightWriter(area).change(INFO, { kind: 'put', highlight: highlight('a') })).toEqual({ ok: false, error: 'failed' });
    expect(isQuotaError(new Error('Resource::kQuotaBytes quota exceeded'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('Invalid value'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('writes over a corrupt item with the valid rest and the change', async () => {
    const area = new SlowArea();
    area.data[KEY] = { ...article([highlight('a')]), highlights: [highlight('a'), { id: 'broken' }] };
    await createHighlightWriter(area).change(INFO, { kind: 'put', highlight: highlight('b') });
    expect(ids(area.data[KEY])).toEqual(['a', 'b']);
  });

  it('holds the cross-context lock around each read-modify-write', async () => {
    const area = new SlowArea();
    const held: string[] = [];
    const writer = createHighlightWriter(area, async (name, task) => {
      held.push(name);
      return task();
    });
    await writer.change(INFO, { kind: 'put', highlight: highlight('a') });
    expect(held).toEqual([`lucid-reader:${KEY}`]);
  });
});

describe('applying a change', () => {
  it('replaces a highlight of the same id in its place, and takes the tab’s newest title', () => {
    const item = article([highlight('a'), highlight('b')]);
    const next = applyChange(item, { kind: 'put', highlight: highlight('a', { note: 'n' }) }, { ...INFO, title: 'Renamed' }, 5000);
    expect(next?.highlights.map((h) => [h.id, h.note])).toEqual([
      ['a', 'n'],
      ['b', ''],
    ]);
    expect(next).toMatchObject({ title: 'Renamed', updated: 5000 });
  });

  it('changes nothing when removing a highlight that is not there', () => {
    const item = article([highlight('a')]);
    expect(applyChange(item, { kind: 'remove', id: 'zz' }, INFO, 1)).toBe(item);
  });
});

describe('merging an imported article', () => {
  it('joins by id, the copy changed last winning, and never duplicates', () => {
    const stored = article([highlight('a', { note: 'mine, newer', updated: 3000 }), highlight('b')]);
    const incoming = article([highlight('a', { note: 'theirs', updated: 2000 }), highlight('b', { note: 'theirs, newer', updated: 4000 }), highlight('c')], INFO, 4000);
    expect(mergeItems(stored, incoming).highlights.map((h) => [h.id, h.note])).toEqual([
      ['a', 'mine, newer'],
      ['b', 'theirs, newer'],
      ['c', ''],
    ]);
    expect(mergeItems(mergeItems(stored, incoming), incoming)).toEqual(mergeItems(stored, incoming));
  });
});
