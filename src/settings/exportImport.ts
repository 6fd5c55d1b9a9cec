import { upgradeRecord } from './migrate';
import { SETTINGS_VERSION, type Settings } from './schema';
import { isPlainRecord, readOwn, recognisedKeys, validateSettings } from './validate';

/**
 * Error values are message keys of src/i18n, so the options page can show
 * them with `t(result.error)` and tests can check they exist.
 */
export type SettingsErrorKey = 'importInvalidJson' | 'importNotSettingsFile' | 'importNoSettings' | 'settingsSaveFailed';
export type SettingsResult = { ok: true; settings: Settings } | { ok: false; error: SettingsErrorKey };

const EXPORT_APP_MARKER = 'lucid-reader';

interface SettingsExportFile {
  app: typeof EXPORT_APP_MARKER;
  version: number;
  settings: Omit<Settings, 'version'>;
}

export function exportSettingsJson(settings: Settings): string {
  const { version: _version, ...rest } = validateSettings(settings);
  const file: SettingsExportFile = { app: EXPORT_APP_MARKER, version: SETTINGS_VERSION, settings: rest };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Accepts a settings object (any known version; no version = current) and
 * rejects it unless at least one key is recognised, so importing some
 * unrelated JSON cannot silently reset everything to defaults.
 */
export function readImportedSettings(raw: unknown): SettingsResult {
  const record = upgradeRecord(raw, SETTINGS_VERSION);
  if (record === null) return { ok: false, error: 'importNotSettingsFile' };
  if (recognisedKeys(record).length === 0) return { ok: false, error: 'importNoSettings' };
  return { ok: true, settings: validateSettings(record) };
}

export function parseSettingsImport(text: string): SettingsResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'importInvalidJson' };
  }
  if (!isPlainRecord(data) || readOwn(data, 'app') !== EXPORT_APP_MARKER) {
    return { ok: false, error: 'importNotSettingsFile' };
  }
  const settings = readOwn(data, 'settings');
  if (!isPlainRecord(settings)) return { ok: false, error: 'importNotSettingsFile' };
  const version = readOwn(data, 'version');
  return readImportedSettings({ ...settings, version: typeof version === 'number' ? version : SETTINGS_VERSION });
}
