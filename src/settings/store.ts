import { readImportedSettings, type SettingsErrorKey } from './exportImport';
import { migrateSettings } from './migrate';
import { defaultSettings, SETTINGS_VERSION, type Settings, type SettingsPatch } from './schema';
import { validateSettings } from './validate';

/** The part of browser.storage.StorageArea the store needs. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type StorageChanges = Record<string, { newValue?: unknown }>;

export interface SettingsStoreDeps {
  /** Absent where storage.sync does not exist. */
  sync?: StorageAreaLike;
  local: StorageAreaLike;
  onChanged: (listener: (changes: StorageChanges, areaName: string) => void) => void;
}

export interface SettingsStore {
  load(): Promise<Settings>;
  save(patch: SettingsPatch): Promise<Settings>;
  reset(): Promise<Settings>;
  replace(raw: unknown): Promise<{ ok: true; settings: Settings } | { ok: false; error: SettingsErrorKey }>;
  subscribe(cb: (settings: Settings) => void): () => void;
}

export const SETTINGS_KEY = 'settings';
/** Set in storage.local while the newest copy lives there instead of sync. */
export const LOCAL_FLAG_KEY = 'settingsInLocal';

export function createSettingsStore(deps: SettingsStoreDeps): SettingsStore {
  const { sync, local } = deps;
  const listeners = new Set<(settings: Settings) => void>();
  let listening = false;
  let lastEmitted: string | undefined;
  let loadSeq = 0;
  // Writes run one after another so two quick saves cannot overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();

  async function readArea(area: StorageAreaLike): Promise<unknown> {
    return (await area.get(SETTINGS_KEY))[SETTINGS_KEY];
  }

  async function localIsNewest(): Promise<boolean> {
    if (sync === undefined) return true;
    try {
      return (await local.get(LOCAL_FLAG_KEY))[LOCAL_FLAG_KEY] === true;
    } catch {
      return false;
    }
  }

  async function readRaw(): Promise<unknown> {
    const preferLocal = await localIsNewest();
    const order = preferLocal || sync === undefined ? [local, sync] : [sync, local];
    for (const area of order) {
      if (area === undefined) continue;
      try {
        const value = await readArea(area);
        if (value !== undefined) return value;
      } catch {
        // Unreadable area (sync disabled by policy, say): try the other one.
      }
    }
    return undefined;
  }

  async function load(): Promise<Settings> {
    return migrateSettings(await readRaw());
  }

  async function write(settings: Settings): Promise<void> {
    if (sync !== undefined) {
      let synced = false;
      try {
        await sync.set({ [SETTINGS_KEY]: settings });
        synced = true;
      } catch {
        // Quota exceeded (long site lists) or sync disabled: use local below.
      }
      if (synced) {
        // Sync is authoritative again. Copy and flag go in one local.set call
        // so they can never disagree.
        if (await localIsNewest()) await local.set({ [SETTINGS_KEY]: settings, [LOCAL_FLAG_KEY]: false });
        return;
      }
    }
    await local.set({ [SETTINGS_KEY]: settings, [LOCAL_FLAG_KEY]: sync !== undefined });
  }

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  function emit(settings: Settings): void {
    const serialized = JSON.stringify(settings);
    // One save can touch both areas; subscribers only care about real changes.
    if (serialized === lastEmitted) return;
    lastEmitted = serialized;
    for (const listener of [...listeners]) {
      try {
        listener(settings);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  function onStorageChanged(changes: StorageChanges, areaName: string): void {
    const relevant =
      (areaName === 'sync' && SETTINGS_KEY in changes) ||
      (areaName === 'local' && (SETTINGS_KEY in changes || LOCAL_FLAG_KEY in changes));
    if (!relevant || listeners.size === 0) return;
    // Re-read rather than trust newValue: only load() knows which area holds
    // the newest copy. The sequence number drops out-of-order results.
    const seq = ++loadSeq;
    void load().then((settings) => {
      if (seq === loadSeq) emit(settings);
    }, () => undefined);
  }

  return {
    load,
    save(patch) {
      return enqueue(async () => {
        const current = await load();
        // Invalid patch values keep the current value rather than the default.
        const next = validateSettings({ ...current, ...patch, version: SETTINGS_VERSION }, current);
        await write(next);
        return next;
      });
    },
    reset() {
      return enqueue(async () => {
        const next = defaultSettings();
        await write(next);
        return next;
      });
    },
    replace(raw) {
      return enqueue(async () => {
        const result = readImportedSettings(raw);
        if (!result.ok) return result;
        try {
          await write(result.settings);
        } catch {
          return { ok: false, error: 'settingsSaveFailed' as const };
        }
        return result;
      });
    },
    subscribe(cb) {
      // Nobody saw the last emission if everyone had left, so forget it.
      if (listeners.size === 0) lastEmitted = undefined;
      if (!listening) {
        listening = true;
        deps.onChanged(onStorageChanged);
      }
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
      };
    },
  };
}
