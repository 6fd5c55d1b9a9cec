import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import { itemKey } from '../../../src/settings/store';
import { fakeBrowser } from '../support/browser';

// The settings store as the extension wires it (browserStore.ts), over the in-memory browser's
// storage: what lands in storage.sync, and a change from another context reaching this one.
async function freshStore() {
  // A new module per test: its storage listener is registered on the browser reset for this test.
  vi.resetModules();
  return (await import('../../../src/settings/browserStore')).settingsStore;
}

beforeEach(() => vi.resetModules());

describe('settings in the browser’s storage', () => {
  it('loads defaults from empty storage and keeps each change as its own sync item', async () => {
    const store = await freshStore();
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    await store.save({ theme: 'sepia' });
    expect(await fakeBrowser.storage.sync.get(itemKey('theme'))).toEqual({ [itemKey('theme')]: 'sepia' });
    expect(await store.load()).toMatchObject({ theme: 'sepia' });
  });

  it('tells this context about a change another one wrote', async () => {
    const store = await freshStore();
    const seen = vi.fn();
    store.subscribe(seen);
    await fakeBrowser.storage.sync.set({ [itemKey('fontSize')]: 26 });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith(expect.objectContaining({ fontSize: 26 })));
  });

  it('validates what another writer stored', async () => {
    const store = await freshStore();
    await fakeBrowser.storage.sync.set({ [itemKey('theme')]: 'neon', [itemKey('fontSize')]: 22 });
    expect(await store.load()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 22 });
  });
});
