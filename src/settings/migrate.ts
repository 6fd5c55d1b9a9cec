import { isPlainRecord, readOwn, validateSettings } from './validate';
import { SETTINGS_VERSION, type Settings } from './schema';

/**
 * Version 1 (0.0.x releases) stored coarse choices:
 *
 *   { version?: 1, darkMode: boolean, fontSize: 'small' | 'medium' | 'large',
 *     font: 'serif' | 'sans-serif', autoOpen: boolean, sites: string[] }
 *
 * There was no line height, width, language or translation setting, and no
 * "never open here" list. `version` was only written from 0.0.3 on, which is
 * why a missing version means 1.
 */
export interface SettingsV1 {
  version?: 1;
  darkMode?: boolean;
  fontSize?: 'small' | 'medium' | 'large';
  font?: 'serif' | 'sans-serif';
  autoOpen?: boolean;
  sites?: string[];
}

type StoredRecord = Record<string, unknown>;
type Migration = (previous: StoredRecord) => StoredRecord;

/** The pixel sizes the v1 named sizes rendered at. */
const V1_FONT_SIZES: Readonly<Record<string, number>> = { small: 16, medium: 20, large: 24 };

function v1ToV2(v1: StoredRecord): StoredRecord {
  const next: StoredRecord = {};
  const darkMode = readOwn(v1, 'darkMode');
  // v1 had no "auto": someone with darkMode off was looking at the light theme,
  // so keep showing it rather than surprising them by following the OS.
  if (typeof darkMode === 'boolean') next.theme = darkMode ? 'dark' : 'light';
  const size = readOwn(v1, 'fontSize');
  if (typeof size === 'string' && Object.hasOwn(V1_FONT_SIZES, size)) next.fontSize = V1_FONT_SIZES[size];
  const font = readOwn(v1, 'font');
  if (font === 'serif') next.fontFamily = 'serif';
  if (font === 'sans-serif') next.fontFamily = 'sans';
  const autoOpen = readOwn(v1, 'autoOpen');
  if (autoOpen !== undefined) next.autoOpen = autoOpen;
  const sites = readOwn(v1, 'sites');
  if (sites !== undefined) next.autoOpenDomains = sites;
  return next;
}

/**
 * Version 3 added read aloud (speechVoice, speechRate, speechPitch, speechReadExtras) and changed nothing that
 * was there: every v2 value carries over, and validation starts the new keys at their defaults.
 */
function v2ToV3(v2: StoredRecord): StoredRecord {
  return Object.fromEntries(Object.keys(v2).map((key) => [key, readOwn(v2, key)]));
}

/**
 * Version 4 added spacing and alignment (letterSpacing, wordSpacing, paragraphSpacing, textAlign) and line focus
 * (lineFocus), and, again, changed nothing that was there. The new keys' defaults are the look the reader had (line
 * focus off), so a v3 user sees no change.
 */
function v3ToV4(v3: StoredRecord): StoredRecord {
  return Object.fromEntries(Object.keys(v3).map((key) => [key, readOwn(v3, key)]));
}

/** Version 5 added the user stylesheet (userStyle), empty by default: nothing that was there changes. */
function v4ToV5(v4: StoredRecord): StoredRecord {
  return Object.fromEntries(Object.keys(v4).map((key) => [key, readOwn(v4, key)]));
}

/** MIGRATIONS[n] turns a version-n object into a version-(n+1) object. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({ 1: v1ToV2, 2: v2ToV3, 3: v3ToV4, 4: v4ToV5 });

function storedVersion(record: StoredRecord, missingVersion: number): number {
  const version = readOwn(record, 'version');
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : missingVersion;
}

/**
 * Runs the migrations from the object's version up to the current one and
 * returns the current-shaped but not yet validated record (null for
 * non-objects). `missingVersion` is 1 for stored data (0.0.1 and 0.0.2 wrote
 * none); imports pass SETTINGS_VERSION, since export files always carry one.
 */
export function upgradeRecord(raw: unknown, missingVersion = 1): StoredRecord | null {
  if (!isPlainRecord(raw)) return null;
  let record: StoredRecord = raw;
  try {
    for (let version = storedVersion(raw, missingVersion); version < SETTINGS_VERSION; version++) {
      const step = MIGRATIONS[version];
      if (step === undefined) break;
      record = step(record);
    }
  } catch {
    // A broken old object: keep whatever validates from where we got to.
  }
  return record;
}

/**
 * Brings a stored object of any past version up to the current one. A version
 * newer than this code (settings synced from a newer install) is validated as
 * current: keys we understand survive, the rest is ignored until we update.
 * Never throws.
 */
export function migrateSettings(raw: unknown, missingVersion = 1): Settings {
  return validateSettings(upgradeRecord(raw, missingVersion) ?? undefined);
}
