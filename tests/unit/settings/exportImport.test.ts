import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages/en';
import { exportSettingsJson, parseSettingsImport, type SettingsErrorKey } from '../../../src/settings/exportImport';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, defaultSettings, type Settings } from '../../../src/settings/schema';

const custom: Settings = {
  ...defaultSettings(),
  theme: 'black',
  fontSize: 26,
  neverOpenDomains: ['cnn.com'],
  letterSpacing: 0.12,
  wordSpacing: 0.16,
  paragraphSpacing: 2,
  textAlign: 'justify',
};

describe('exportSettingsJson', () => {
  it('writes a marked, versioned, pretty file', () => {
    const text = exportSettingsJson(custom);
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data.app).toBe('lucid-reader');
    expect(data.version).toBe(SETTINGS_VERSION);
    expect(data.settings).toMatchObject({ theme: 'black', fontSize: 26, neverOpenDomains: ['cnn.com'] });
    expect(data.settings).toMatchObject({ letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, textAlign: 'justify' });
    expect(text).toContain('\n  "settings"');
  });

  it('round-trips through parseSettingsImport', () => {
    expect(parseSettingsImport(exportSettingsJson(custom))).toEqual({ ok: true, settings: custom });
  });
});

describe('parseSettingsImport', () => {
  const fail = (text: string): SettingsErrorKey | null => {
    const r = parseSettingsImport(text);
    return r.ok ? null : r.error;
  };

  it.each([[''], ['{'], ['not json'], ['{"app": "lucid-reader",}']])('rejects invalid JSON %j', (text) => {
    expect(fail(text)).toBe('importInvalidJson');
  });

  it.each([
    ['null'],
    ['[]'],
    ['"lucid-reader"'],
    ['{"theme": "dark"}'],
    ['{"app": "other-reader", "version": 2, "settings": {"theme": "dark"}}'],
    ['{"app": "lucid-reader", "version": 2}'],
    ['{"app": "lucid-reader", "version": 2, "settings": [1]}'],
  ])('rejects a non-Lucid-Reader file %s', (text) => {
    expect(fail(text)).toBe('importNotSettingsFile');
  });

  it('rejects a marked file with no recognised settings', () => {
    expect(fail('{"app": "lucid-reader", "version": 2, "settings": {"colour": "red"}}')).toBe('importNoSettings');
  });

  it('fills in defaults for missing keys and fixes invalid values', () => {
    const r = parseSettingsImport('{"app":"lucid-reader","version":2,"settings":{"theme":"dark","fontSize":999}}');
    expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
  });

  it('reads a version 3 file (before spacing) with today’s spacing and alignment', () => {
    const r = parseSettingsImport('{"app":"lucid-reader","version":3,"settings":{"theme":"sepia","speechRate":1.5}}');
    expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'sepia', speechRate: 1.5 } });
  });

  it('migrates files exported by version 1', () => {
    const r = parseSettingsImport('{"app":"lucid-reader","version":1,"settings":{"darkMode":true,"fontSize":"small"}}');
    expect(r).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 16 } });
  });

  it('is not fooled by __proto__ keys', () => {
    const r = parseSettingsImport('{"app":"lucid-reader","version":2,"settings":{"__proto__":{"theme":"dark"},"fontSize":22}}');
    expect(r.ok && r.settings.theme).toBe('auto');
    expect(r.ok && r.settings.fontSize).toBe(22);
  });

  it('uses error values that are interface message keys', () => {
    const keys: SettingsErrorKey[] = ['importInvalidJson', 'importNotSettingsFile', 'importNoSettings', 'settingsSaveFailed'];
    for (const key of keys) expect(en).toHaveProperty(key);
  });
});
