// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CONTINUOUS_SAVE_DELAY_MS, useSettingsState, type ChangeSettings } from '../../../src/reader/useSettingsState';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../src/settings/schema';

/** `held`: each write lands only when `land()` says so, as a slow storage's would. */
function fakeStore({ held = false } = {}) {
  const saves: SettingsPatch[] = [];
  let listener: ((s: Settings) => void) | null = null;
  let stored: Settings = defaultSettings();
  const landings: (() => void)[] = [];
  return {
    saves,
    /** storage reporting a change, as another tab (or an echo of our own write) would */
    emit: (s: Settings) =>
      act(() => {
        stored = s;
        listener?.(s);
      }),
    /** the held writes land, and their promises settle */
    land: () =>
      act(async () => {
        for (const done of landings.splice(0)) done();
        for (let i = 0; i < 5; i++) await Promise.resolve();
      }),
    store: {
      load: async () => stored,
      save: async (patch: SettingsPatch) => {
        saves.push(patch);
        stored = { ...stored, ...patch };
        const result = stored;
        if (held) await new Promise<void>((resolve) => landings.push(resolve));
        return result;
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

  it('turns a slider drag into one write, and ignores echoes meanwhile', async () => {
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
    await fake.land();
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

  // Seen in Firefox under load: "+", "+", then the late echo of the first "+" put 21 back, and "-" made it 20.
  it('keeps its own latest change when storage reports an earlier one late, and follows storage once its writes land', async () => {
    const fake = fakeStore({ held: true });
    act(() => render(<Probe store={fake.store} />, host));
    act(() => change({ fontSize: 21 }));
    act(() => change({ fontSize: 22 }));
    fake.emit({ ...defaultSettings(), fontSize: 21 });
    expect(shown.fontSize).toBe(22);
    act(() => change({ fontSize: shown.fontSize - 1 }));
    expect(fake.saves).toEqual([{ fontSize: 21 }, { fontSize: 22 }, { fontSize: 21 }]);
    // Another view's change to another setting shows at once, whatever is in flight here.
    fake.emit({ ...defaultSettings(), fontSize: 22, theme: 'dark' });
    expect(shown).toMatchObject({ fontSize: 21, theme: 'dark' });
    await fake.land();
    // Landed: what storage holds now (a later write from another tab included) is shown.
    fake.emit({ ...defaultSettings(), fontSize: 30, theme: 'dark' });
    expect(shown.fontSize).toBe(30);
  });

  it('a click during a drag saves both', () => {
    const fake = fakeStore();
    act(() => render(<Probe store={fake.store} />, host));
    act(() => change({ contentWidth: 80 }, true));
    act(() => change({ theme: 'sepia' }));
    expect(fake.saves).toEqual([{ contentWidth: 80, theme: 'sepia' }]);
  });
});
