import { readImportedSettings, type SettingsErrorKey } from './exportImport';
import { migrateSettings } from './migrate';
import { defaultSettings, type Settings, type SettingsPatch } from './schema';
import { SETTING_NAMES, validatePatch, validateSettings, type SettingName } from './validate';

/** The part of browser.storage.StorageArea the store needs. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
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

/**
 * Storage layout. Each setting is its own item (`settings.fontSize`, …): a save writes only the
 * settings it changes, so changes made at the same moment in two tabs, the options page and
 * the background never overwrite each other, and the last write of each setting wins. The
 * item's name is its meaning: a setting whose meaning changes gets a new name, and the old one
 * is migrated when read.
 *
 * Versions up to 0.1 kept one whole object under `settings` (with `settingsInLocal` saying
 * that the newest copy was in storage.local). That object, migrated, is still read under the
 * per-setting items, so nothing needs rewriting on update and an old install's choices stay.
 *
 * An item lives in storage.sync; when sync refuses it (quota, write rate, sync off) it goes to
 * storage.local, where it shadows the sync copy until a later write of it to sync succeeds.
 */
const ITEM_PREFIX = 'settings.';
export const LEGACY_KEY = 'settings';
export const LEGACY_LOCAL_FLAG_KEY = 'settingsInLocal';

export function itemKey(name: SettingName): string {
  return `${ITEM_PREFIX}${name}`;
}

const ITEM_KEYS: readonly string[] = SETTING_NAMES.map(itemKey);

function isSettingsKey(key: string): boolean {
  return key.startsWith(ITEM_PREFIX) || key === LEGACY_KEY || key === LEGACY_LOCAL_FLAG_KEY;
}

function toItems(patch: SettingsPatch): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const name of SETTING_NAMES) if (patch[name] !== undefined) items[itemKey(name)] = patch[name];
  return items;
}

async function readArea(area: StorageAreaLike | undefined, keys: readonly string[]): Promise<Record<string, unknown> | null> {
  if (area === undefined) return null;
  try {
    return await area.get([...keys]);
  } catch {
    // Unreadable area (sync disabled by policy, say): the other one answers alone.
    return null;
  }
}

export function createSettingsStore(deps: SettingsStoreDeps): SettingsStore {
  const { sync, local } = deps;
  const listeners = new Set<(settings: Settings) => void>();
  let listening = false;
  let lastEmitted: string | undefined;
  let loadSeq = 0;
  // This context's writes run one after another, so its own quick changes land in order.
  let queue: Promise<unknown> = Promise.resolve();

  /** The pre-0.2 whole object, from the area that held its newest copy. */
  function legacyObject(syncItems: Record<string, unknown> | null, localItems: Record<string, unknown> | null): unknown {
    const preferLocal = sync === undefined || localItems?.[LEGACY_LOCAL_FLAG_KEY] === true;
    const [first, second] = preferLocal ? [localItems, syncItems] : [syncItems, localItems];
    return first?.[LEGACY_KEY] ?? second?.[LEGACY_KEY];
  }

  async function load(): Promise<Settings> {
    const [syncItems, localItems] = await Promise.all([
      readArea(sync, [...ITEM_KEYS, LEGACY_KEY]),
      readArea(local, [...ITEM_KEYS, LEGACY_KEY, LEGACY_LOCAL_FLAG_KEY]),
    ]);
    const base = migrateSettings(legacyObject(syncItems, localItems));
    const record: Record<string, unknown> = {};
    for (const name of SETTING_NAMES) {
      const key = itemKey(name);
      // A local copy exists only while sync refused the newest value.
      const stored = localItems?.[key] ?? syncItems?.[key];
      if (stored !== undefined) record[name] = stored;
    }
    // Each item is validated on its own; a bad one falls back to the older layer, then the default.
    return validateSettings(record, base);
  }

  async function writeToSync(area: StorageAreaLike, items: Record<string, unknown>): Promise<string[]> {
    try {
      await area.set(items);
      return [];
    } catch {
      // Quota exceeded or sync off. One oversized item (a long site list) must not keep
      // the others from syncing, so they are tried one by one.
    }
    const keys = Object.keys(items);
    if (keys.length === 1) return keys;
    const refused: string[] = [];
    for (const key of keys) {
      try {
        await area.set({ [key]: items[key] });
      } catch {
        refused.push(key);
      }
    }
    return refused;
  }

  async function write(patch: SettingsPatch): Promise<void> {
    const items = toItems(patch);
    const keys = Object.keys(items);
    if (keys.length === 0) return;
    const refused = sync === undefined ? keys : await writeToSync(sync, items);
    const synced = keys.filter((key) => !refused.includes(key));
    // Sync holds these now: an older local copy would shadow them.
    if (sync !== undefined && synced.length > 0) await local.remove(synced);
    if (refused.length > 0) await local.set(Object.fromEntries(refused.map((key) => [key, items[key]])));
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
    const relevant = (areaName === 'sync' || areaName === 'local') && Object.keys(changes).some(isSettingsKey);
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
        // Only the settings this patch changes are written; an invalid value changes nothing.
        await write(validatePatch(patch));
        return load();
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
