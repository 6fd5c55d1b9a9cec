import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../settings/schema';
import type { SettingsStore } from '../settings/store';

/** A slider drag settles into one write: storage.sync allows about two writes a second. */
export const CONTINUOUS_SAVE_DELAY_MS = 300;

export type ChangeSettings = (patch: SettingsPatch, continuous?: boolean) => void;

/**
 * The settings a view shows, kept live from storage (other tabs, the options page), and the
 * function that changes them: the view updates at once, storage follows — at once for a click,
 * once a drag pauses for a slider. While a drag's write is pending, storage echoes of earlier
 * writes are ignored, so they cannot pull the slider back under the pointer.
 */
export function useSettingsState(
  store: Pick<SettingsStore, 'save' | 'subscribe'>,
  initial: Settings,
  onSaveError?: () => void,
): [Settings, ChangeSettings] {
  const [settings, setSettings] = useState(initial);
  const pending = useRef<SettingsPatch | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // A ref, so a new callback each render does not make a new flush (and flush on every render).
  const onError = useRef(onSaveError);
  onError.current = onSaveError;

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = null;
    if (patch) store.save(patch).catch(() => onError.current?.());
  }, [store]);

  useEffect(
    () =>
      store.subscribe((stored) => {
        if (pending.current === null) setSettings(stored);
      }),
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
