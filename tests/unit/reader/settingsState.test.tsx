// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CONTINUOUS_SAVE_DELAY_MS, useSettingsState, type ChangeSettings } from '../../../src/reader/useSettingsState';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../src/settings/schema';

function fakeStore() {
  const saves: SettingsPatch[] = [];
  let listener: ((s: Settings) => void) | null = null;
  return {
    saves,
    /** storage reporting a change, as another tab (or an echo of our own write) would */
    emit: (s: Settings) => act(() => listener?.(s)),
    store: {
      save: async (patch: SettingsPatch) => {
        saves.push(patch);
        return { ...defaultSettings(), ...patch };
      },
      subscribe: (cb: (s: Settings) => void) => {
        listener = cb;
        return () => {
          listener = null;
        };
      },
    },
  };
}

let host: HTMLDivElement;
let shown: Settings;
let change: ChangeSettings;

function Probe({ store }: { store: ReturnType<typeof fakeStore>['store'] }) {
  [shown, change] = useSettingsState(store, defaultSettings());
  return null;
}

beforeEach(() => {
  vi.useFakeTimers();
  host = document.createElement('div');
});

afterEach(() => {
  act(() => render(null, host));
  vi.useRealTimers();
});

describe('useSettingsState', () => {
  it('saves a click at once', () => {
    const fake = fakeStore();
    act(() => render(<Probe store={fake.store} />, host));
    act(() => change({ theme: 'dark' }));
    expect(shown.theme).toBe('dark');
    expect(fake.saves).toEqual([{ theme: 'dark' }]);
  });

  it('turns a slider drag into one write, and ignores echoes meanwhile', () => {
    const fake = fakeStore();
    act(() => render(<Probe store={fake.store} />, host));
    for (const fontSize of [21, 22, 23, 24, 25]) act(() => change({ fontSize }, true));
    fake.emit({ ...defaultSettings(), fontSize: 22 });
    expect(shown.fontSize).toBe(25);
    expect(fake.saves).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(CONTINUOUS_SAVE_DELAY_MS);
    });
    expect(fake.saves).toEqual([{ fontSize: 25 }]);
    // Settled: changes from elsewhere show again.
    fake.emit({ ...defaultSettings(), fontSize: 30 });
    expect(shown.fontSize).toBe(30);
  });

  it('keeps a drag that is cut short by closing the view', () => {
    const fake = fakeStore();
    act(() => render(<Probe store={fake.store} />, host));
    act(() => change({ lineHeight: 1.9 }, true));
    act(() => render(null, host));
    expect(fake.saves).toEqual([{ lineHeight: 1.9 }]);
  });

  it('a click during a drag saves both', () => {
    const fake = fakeStore();
    act(() => render(<Probe store={fake.store} />, host));
    act(() => change({ contentWidth: 80 }, true));
    act(() => change({ theme: 'sepia' }));
    expect(fake.saves).toEqual([{ contentWidth: 80, theme: 'sepia' }]);
  });
});
