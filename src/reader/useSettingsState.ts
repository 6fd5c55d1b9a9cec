import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../settings/schema';
import type { SettingsStore } from '../settings/store';

/** A slider drag settles into one write: storage.sync allows about two writes a second. */
export const CONTINUOUS_SAVE_DELAY_MS = 300;

export type ChangeSettings = (patch: SettingsPatch, continuous?: boolean) => void;

/**
 * The settings a view shows, kept live from storage (other tabs, the options page), and the
 * function that changes them: the view updates at once, storage follows — at once for a click,
 * once a drag pauses for a slider. Storage reports each of our writes back, and late: a key
 * this view changed keeps its own value until its last write has landed (an echo of the
 * earlier `+` must not undo the later one, nor a drag's pull back the slider under the
 * pointer), then takes what storage holds. Other keys follow storage at once.
 */
export function useSettingsState(
  store: Pick<SettingsStore, 'load' | 'save' | 'subscribe'>,
  initial: Settings,
  onSaveError?: () => void,
): [Settings, ChangeSettings] {
  const [settings, setSettings] = useState(initial);
  const pending = useRef<SettingsPatch | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Our writes not yet landed: their values, and for each key the write that last changed it.
  const landing = useRef<SettingsPatch>({});
  const lastWrite = useRef(new Map<string, number>());
  const writes = useRef(0);
  // A ref, so a new callback each render does not make a new flush (and flush on every render).
  const onError = useRef(onSaveError);
  onError.current = onSaveError;

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = null;
    if (!patch) return;
    const write = ++writes.current;
    const keys = Object.keys(patch);
    landing.current = { ...landing.current, ...patch };
    for (const key of keys) lastWrite.current.set(key, write);
    store
      .save(patch)
      .catch(() => onError.current?.())
      .finally(() => {
        let settled = false;
        for (const key of keys) {
          if (lastWrite.current.get(key) !== write) continue;
          lastWrite.current.delete(key);
          delete (landing.current as Record<string, unknown>)[key];
          settled = true;
        }
        // The echoes may have come and gone while the keys were held: storage has the last word.
        if (settled && lastWrite.current.size === 0 && pending.current === null) {
          store
            .load()
            .then((stored) => {
              if (lastWrite.current.size === 0 && pending.current === null) setSettings(stored);
            })
            .catch(() => onError.current?.());
        }
      });
  }, [store]);

  useEffect(
    () => store.subscribe((stored) => setSettings({ ...stored, ...landing.current, ...pending.current })),
    [store],
  );

  // Closing the reader or the options tab mid-drag still keeps the last value.
  useEffect(() => {
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const change = useCallback<ChangeSettings>(
    (patch, continuous = false) => {
      setSettings((current) => ({ ...current, ...patch }));
      pending.current = { ...pending.current, ...patch };
      if (!continuous) return flush();
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(flush, CONTINUOUS_SAVE_DELAY_MS);
    },
    [flush],
  );

  return [settings, change];
}
