import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../src/settings/schema';
import { createSettingsStore, type SettingsStore } from '../../../src/settings/store';
import { FakeArea, FakeBus } from './fakeStorage';

/** Several extension contexts (tabs' readers, the options page, the background) over one browser storage. */
function contexts(count: number) {
  const bus = new FakeBus();
  const sync = new FakeArea('sync', bus);
  const local = new FakeArea('local', bus);
  const make = (): SettingsStore => createSettingsStore({ sync, local, onChanged: bus.onChanged });
  return { sync, local, make, stores: Array.from({ length: count }, make) };
}

describe('several contexts saving at once', () => {
  it('keeps both of two changes made in two tabs in the same tick', async () => {
    const { make, stores } = contexts(2);
    const [reader, options] = stores as [SettingsStore, SettingsStore];
    await Promise.all([reader.save({ fontSize: 21 }), options.save({ theme: 'dark' })]);
    expect(await make().load()).toMatchObject({ fontSize: 21, theme: 'dark' });
  });

  it('keeps every change when many contexts each change a different setting at once, round after round', async () => {
    const { make, stores } = contexts(6);
    const rounds: SettingsPatch[][] = [
      [{ fontSize: 22 }, { theme: 'sepia' }, { lineHeight: 1.8 }, { contentWidth: 60 }, { fontFamily: 'sans' }, { autoOpen: false }],
      [{ theme: 'black' }, { fontSize: 30 }, { contentWidth: 80 }, { lineHeight: 2 }, { uiLanguage: 'ja' }, { translateTo: 'de' }],
    ];
    for (const round of rounds) {
      await Promise.all(round.map((patch, i) => (stores[i] as SettingsStore).save(patch)));
      const expected = Object.assign({}, ...round) as SettingsPatch;
      expect(await make().load()).toMatchObject(expected);
    }
    expect(await make().load()).toMatchObject({ fontFamily: 'sans', autoOpen: false, uiLanguage: 'ja', translateTo: 'de' });
  });

  it('lets the last change of one setting win, and every context then agrees on it', async () => {
    const { stores } = contexts(3);
    const seen: Settings[][] = stores.map(() => []);
    stores.forEach((store, i) => {
      store.subscribe((s) => seen[i]?.push(s));
    });
    await (stores[0] as SettingsStore).save({ fontSize: 24 });
    await (stores[1] as SettingsStore).save({ fontSize: 26 });
    await vi.waitFor(() => {
      for (const list of seen) expect(list.at(-1)?.fontSize).toBe(26);
    });
    for (const store of stores) expect((await store.load()).fontSize).toBe(26);
  });

  it('keeps a change saved in one context after another context reset everything', async () => {
    const { make, stores } = contexts(2);
    const [a, b] = stores as [SettingsStore, SettingsStore];
    await a.save({ theme: 'dark', fontSize: 30 });
    await a.reset();
    await b.save({ lineHeight: 2 });
    expect(await make().load()).toEqual({ ...DEFAULT_SETTINGS, lineHeight: 2 });
  });

  it('keeps concurrent changes when sync refuses the writes and they fall back to local', async () => {
    const { sync, make, stores } = contexts(2);
    sync.failWrites = true;
    const [a, b] = stores as [SettingsStore, SettingsStore];
    await Promise.all([a.save({ fontSize: 33 }), b.save({ theme: 'sepia' })]);
    expect(await make().load()).toMatchObject({ fontSize: 33, theme: 'sepia' });
    sync.failWrites = false;
    await Promise.all([a.save({ contentWidth: 50 }), b.save({ fontSize: 18 })]);
    expect(await make().load()).toMatchObject({ fontSize: 18, theme: 'sepia', contentWidth: 50 });
  });

  it('keeps a sync-refused list in local while the other settings still sync', async () => {
    const { sync, local, make, stores } = contexts(1);
    const store = stores[0] as SettingsStore;
    // storage.sync refuses single items over its per-item quota (a very long site list).
    sync.refuse = (key) => key.endsWith('autoOpenDomains');
    await store.save({ autoOpenDomains: ['example.com'], fontSize: 25 });
    expect(JSON.stringify(sync.data)).toContain('25');
    expect(JSON.stringify(sync.data)).not.toContain('example.com');
    expect(JSON.stringify(local.data)).toContain('example.com');
    expect(await make().load()).toMatchObject({ autoOpenDomains: ['example.com'], fontSize: 25 });
  });
});
