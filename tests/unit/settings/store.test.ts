import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';
import { LEGACY_KEY, LEGACY_LOCAL_FLAG_KEY, createSettingsStore, itemKey, type SettingsStore } from '../../../src/settings/store';
import { FakeArea, FakeBus } from './fakeStorage';

function setup(options: { withSync?: boolean } = {}) {
  const bus = new FakeBus();
  const sync = new FakeArea('sync', bus);
  const local = new FakeArea('local', bus);
  const make = () =>
    createSettingsStore({ sync: options.withSync === false ? undefined : sync, local, onChanged: bus.onChanged });
  return { bus, sync, local, store: make(), make };
}

/**
 * Another context, subscribed from the start: change events reach every context in one delivery,
 * so once it has seen a change, every context has been told of it (and of all before it).
 */
function probe(store: SettingsStore) {
  const seen = vi.fn<(s: Settings) => void>();
  store.subscribe(seen);
  return {
    until: (expected: Partial<Settings>) => vi.waitFor(() => expect(seen.mock.calls.at(-1)?.[0]).toMatchObject(expected)),
  };
}

describe('createSettingsStore', () => {
  it('loads defaults when nothing is stored', async () => {
    const { store } = setup();
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves only the changed settings, each as its own item in sync, keeping other values', async () => {
    const { store, sync, local } = setup();
    await store.save({ theme: 'dark' });
    const saved = await store.save({ fontSize: 24 });
    expect(saved).toMatchObject({ theme: 'dark', fontSize: 24 });
    expect(sync.data).toEqual({ [itemKey('theme')]: 'dark', [itemKey('fontSize')]: 24 });
    expect(local.writes).toBe(0);
    expect(await store.load()).toEqual(saved);
  });

  it('keeps the current value when a patch value is invalid', async () => {
    const { store } = setup();
    await store.save({ theme: 'sepia' });
    const r = await store.save({ theme: 'neon' as Settings['theme'], fontSize: 22 });
    expect(r.theme).toBe('sepia');
    expect(r.fontSize).toBe(22);
  });

  it('keeps spacing and alignment as one item each, and a bad stored value falls back to its default', async () => {
    const { store, sync } = setup();
    const spacing = { letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, textAlign: 'justify' } as const;
    expect(await store.save(spacing)).toMatchObject(spacing);
    expect(sync.data).toEqual({
      [itemKey('letterSpacing')]: 0.12,
      [itemKey('wordSpacing')]: 0.16,
      [itemKey('paragraphSpacing')]: 2,
      [itemKey('textAlign')]: 'justify',
    });
    expect(Object.keys(sync.data)).toEqual(['settings.letterSpacing', 'settings.wordSpacing', 'settings.paragraphSpacing', 'settings.textAlign']);
    sync.data[itemKey('letterSpacing')] = 9;
    sync.data[itemKey('textAlign')] = 'center';
    expect(await store.load()).toMatchObject({ letterSpacing: 0, wordSpacing: 0.16, paragraphSpacing: 2, textAlign: 'start' });
  });

  it('does not lose either of two concurrent saves', async () => {
    const { store } = setup();
    await Promise.all([store.save({ theme: 'dark' }), store.save({ fontSize: 30 })]);
    expect(await store.load()).toMatchObject({ theme: 'dark', fontSize: 30 });
  });

  it('migrates an old stored object on load', async () => {
    const { store, sync } = setup();
    sync.data[LEGACY_KEY] = { version: 1, darkMode: true, fontSize: 'small', sites: ['cnn.com'] };
    expect(await store.load()).toMatchObject({ theme: 'dark', fontSize: 16, autoOpenDomains: ['cnn.com'] });
  });

  it('keeps the old whole object under the per-setting items: a new change wins, the rest stays', async () => {
    const { store, sync, local } = setup();
    sync.data[LEGACY_KEY] = { ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 18 };
    local.data[LEGACY_KEY] = { ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 30 };
    local.data[LEGACY_LOCAL_FLAG_KEY] = true;
    expect(await store.load()).toMatchObject({ theme: 'sepia', fontSize: 30 });
    expect(await store.save({ fontSize: 22 })).toMatchObject({ theme: 'sepia', fontSize: 22 });
  });

  it('validates each stored item on its own, falling back to the older layer, then the default', async () => {
    const { store, sync } = setup();
    sync.data[LEGACY_KEY] = { version: 2, lineHeight: 2 };
    sync.data[itemKey('lineHeight')] = 'tall';
    sync.data[itemKey('theme')] = 'neon';
    sync.data[itemKey('fontSize')] = 26;
    expect(await store.load()).toEqual({ ...DEFAULT_SETTINGS, lineHeight: 2, fontSize: 26 });
  });

  it('falls back to local when a sync write fails, and reads from there afterwards', async () => {
    const { store, sync, local, make } = setup();
    await store.save({ theme: 'dark' });
    sync.failWrites = true;
    await store.save({ theme: 'sepia' });
    expect(local.data[itemKey('theme')]).toBe('sepia');
    expect(sync.data[itemKey('theme')]).toBe('dark');
    // A fresh context (e.g. the options page) sees the newest copy.
    expect((await make().load()).theme).toBe('sepia');
  });

  it('returns a setting to sync once sync takes it again, dropping the local copy', async () => {
    const { store, sync, local, make } = setup();
    sync.failWrites = true;
    await store.save({ theme: 'sepia' });
    sync.failWrites = false;
    await store.save({ fontSize: 28 });
    // Only what was written moves; the local theme is still the newest.
    expect(await make().load()).toMatchObject({ theme: 'sepia', fontSize: 28 });
    await store.save({ theme: 'light' });
    expect(local.data).toEqual({});
    expect(sync.data).toEqual({ [itemKey('theme')]: 'light', [itemKey('fontSize')]: 28 });
    expect(await make().load()).toMatchObject({ theme: 'light', fontSize: 28 });
  });

  it('works with local only when storage.sync does not exist', async () => {
    const { store, local } = setup({ withSync: false });
    await store.save({ theme: 'black' });
    expect(local.data[itemKey('theme')]).toBe('black');
    expect((await store.load()).theme).toBe('black');
  });

  it('reads local when the sync area cannot be read', async () => {
    const { store, sync, local } = setup();
    local.data[itemKey('theme')] = 'sepia';
    sync.get = () => Promise.reject(new Error('sync disabled'));
    expect((await store.load()).theme).toBe('sepia');
  });

  it('rejects the save when no area can be written, leaving storage as it was', async () => {
    const { store, sync, local } = setup();
    await store.save({ theme: 'dark' });
    sync.failWrites = true;
    local.failWrites = true;
    await expect(store.save({ theme: 'sepia' })).rejects.toThrow();
    sync.failWrites = false;
    local.failWrites = false;
    expect((await store.load()).theme).toBe('dark');
  });

  it('reset writes the defaults', async () => {
    const { store } = setup();
    await store.save({ theme: 'dark', autoOpenDomains: [] });
    expect(await store.reset()).toEqual(DEFAULT_SETTINGS);
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
  });

  describe('replace (import)', () => {
    it('stores a valid object', async () => {
      const { store } = setup();
      const r = await store.replace({ theme: 'black', fontSize: 18 });
      expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'black', fontSize: 18 } });
      expect((await store.load()).theme).toBe('black');
    });

    it.each([
      [null, 'importNotSettingsFile'],
      ['{"theme":"dark"}', 'importNotSettingsFile'],
      [[{ theme: 'dark' }], 'importNotSettingsFile'],
      [{ colour: 'red' }, 'importNoSettings'],
      [{}, 'importNoSettings'],
    ])('rejects %j with %s and changes nothing', async (raw, error) => {
      const { store, sync } = setup();
      await store.save({ theme: 'sepia' });
      const writes = sync.writes;
      expect(await store.replace(raw)).toEqual({ ok: false, error });
      expect(sync.writes).toBe(writes);
      expect((await store.load()).theme).toBe('sepia');
    });

    it('reports a storage failure as an error result', async () => {
      const { store, sync, local } = setup();
      sync.failWrites = true;
      local.failWrites = true;
      expect(await store.replace({ theme: 'dark' })).toEqual({ ok: false, error: 'settingsSaveFailed' });
    });
  });

  describe('subscribe', () => {
    it('tells every context about a change made in another one', async () => {
      const { store, make } = setup();
      const optionsPage = make();
      const seen = vi.fn();
      store.subscribe(seen);
      const other = probe(make());
      await optionsPage.save({ theme: 'dark' });
      await vi.waitFor(() => expect(seen).toHaveBeenCalled());
      // A later change, once it has arrived, shows that nothing more came of the first.
      await optionsPage.save({ lineHeight: 2 });
      await other.until({ lineHeight: 2 });
      expect(seen).toHaveBeenCalledTimes(2);
      expect(seen.mock.calls[0]?.[0]).toMatchObject({ theme: 'dark' });
    });

    it('fires once per change even when the write touches both areas', async () => {
      const { store, sync, make } = setup();
      sync.failWrites = true;
      await store.save({ theme: 'sepia' });
      sync.failWrites = false;
      const seen = vi.fn();
      store.subscribe(seen);
      const other = probe(make());
      await store.save({ theme: 'dark', fontSize: 30 }); // writes sync, then drops the local copy
      await vi.waitFor(() => expect(seen).toHaveBeenCalled());
      await store.save({ lineHeight: 2 });
      await other.until({ lineHeight: 2 });
      expect(seen).toHaveBeenCalledTimes(2);
      expect(seen.mock.calls[0]?.[0]).toMatchObject({ theme: 'dark', fontSize: 30 });
    });

    it('delivers validated settings when another writer stores garbage', async () => {
      const { store, sync } = setup();
      const seen = vi.fn();
      store.subscribe(seen);
      await sync.set({ [itemKey('theme')]: 'neon', [itemKey('fontSize')]: 22 });
      await vi.waitFor(() => expect(seen).toHaveBeenCalled());
      expect(seen.mock.calls[0]?.[0]).toEqual({ ...DEFAULT_SETTINGS, fontSize: 22 });
    });

    it('ignores unrelated keys', async () => {
      const { store, local, make } = setup();
      const seen = vi.fn();
      store.subscribe(seen);
      const other = probe(make());
      await local.set({ articleCache: 'x' });
      await store.save({ lineHeight: 2 });
      await other.until({ lineHeight: 2 });
      expect(seen).toHaveBeenCalledTimes(1);
    });

    it('stops after unsubscribe, and a re-subscriber sees changes back to an earlier value', async () => {
      const { store, make } = setup();
      const other = probe(make());
      const first = vi.fn();
      const unsubscribe = store.subscribe(first);
      await store.save({ theme: 'dark' });
      await other.until({ theme: 'dark' });
      unsubscribe();
      await store.save({ theme: 'light' });
      await other.until({ theme: 'light' });
      expect(first).toHaveBeenCalledTimes(1);
      const second = vi.fn();
      store.subscribe(second);
      await store.save({ theme: 'dark' });
      await other.until({ theme: 'dark' });
      expect(second).toHaveBeenCalledTimes(1);
    });

    it('keeps notifying others when one subscriber throws', async () => {
      const { store } = setup();
      const errors: unknown[] = [];
      const onError = (e: unknown) => errors.push(e);
      process.on('uncaughtException', onError);
      try {
        store.subscribe(() => {
          throw new Error('bad view');
        });
        const good = vi.fn();
        store.subscribe(good);
        await store.save({ theme: 'dark' });
        await vi.waitFor(() => expect(good).toHaveBeenCalledTimes(1));
        // The failure is still reported, just not to the other views.
        await vi.waitFor(() => expect(errors).toHaveLength(1));
      } finally {
        process.off('uncaughtException', onError);
      }
    });
  });
});
