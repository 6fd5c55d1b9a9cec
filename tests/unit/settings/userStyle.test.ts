import { describe, expect, it } from 'vitest';
import { parseSettingsImport, exportSettingsJson } from '../../../src/settings/exportImport';
import { migrateSettings } from '../../../src/settings/migrate';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, USER_STYLE_CSS_MAX_LENGTH, USER_STYLE_MAX_BYTES, defaultSettings } from '../../../src/settings/schema';
import { createSettingsStore, itemKey } from '../../../src/settings/store';
import { validatePatch, validateSettings } from '../../../src/settings/validate';
import { FakeArea, FakeBus } from './fakeStorage';

const style = { source: 'p { color: red }', css: '.lr-article p{color:red;}' };

describe('the userStyle setting', () => {
  it('is empty by default, in schema v5', () => {
    expect(SETTINGS_VERSION).toBe(5);
    expect(DEFAULT_SETTINGS.userStyle).toEqual({ source: '', css: '' });
  });

  it('keeps a source and its filtered copy, and turns anything else into the empty default', () => {
    expect(validateSettings({ userStyle: style }).userStyle).toEqual(style);
    const bad = [
      null,
      'p { color: red }',
      [],
      { source: 'p{}' },
      { source: 1, css: '' },
      { source: '', css: null },
      { source: 'x'.repeat(USER_STYLE_MAX_BYTES + 1), css: '' },
      { source: 'é'.repeat(USER_STYLE_MAX_BYTES / 2 + 1), css: '' },
      { source: '', css: 'x'.repeat(USER_STYLE_CSS_MAX_LENGTH + 1) },
    ];
    for (const value of bad) {
      expect(validateSettings({ userStyle: value }).userStyle, JSON.stringify(value)?.slice(0, 40)).toEqual({ source: '', css: '' });
      expect(validatePatch({ userStyle: value })).toEqual({});
    }
    expect(validateSettings({ userStyle: { source: 'x'.repeat(USER_STYLE_MAX_BYTES), css: '' } }).userStyle.source).toHaveLength(USER_STYLE_MAX_BYTES);
  });

  it('starts empty for settings stored by earlier versions, and survives in v5', () => {
    expect(migrateSettings({ version: 4, theme: 'dark', lineFocus: 3 })).toMatchObject({ theme: 'dark', lineFocus: 3, userStyle: { source: '', css: '' } });
    expect(migrateSettings({ version: 1, darkMode: true }).userStyle).toEqual({ source: '', css: '' });
    expect(migrateSettings({ version: 5, userStyle: style }).userStyle).toEqual(style);
  });

  it('travels in the settings file', () => {
    const settings = { ...defaultSettings(), userStyle: style };
    expect(parseSettingsImport(exportSettingsJson(settings))).toEqual({ ok: true, settings });
  });

  it('is stored in storage.local when sync refuses it for its size, and read back from there', async () => {
    const bus = new FakeBus();
    const sync = new FakeArea('sync', bus);
    const local = new FakeArea('local', bus);
    // as storage.sync does past QUOTA_BYTES_PER_ITEM (8,192 bytes: the key and the value as JSON)
    sync.refuse = (key) => key === itemKey('userStyle');
    const store = createSettingsStore({ sync, local, onChanged: bus.onChanged });
    const big = { source: `/*${'x'.repeat(USER_STYLE_MAX_BYTES - 4)}*/`, css: '' };
    expect((await store.save({ userStyle: big, theme: 'dark' })).userStyle).toEqual(big);
    expect(local.data[itemKey('userStyle')]).toEqual(big);
    expect(sync.data[itemKey('theme')]).toBe('dark');
    expect((await createSettingsStore({ sync, local, onChanged: bus.onChanged }).load()).userStyle).toEqual(big);
  });
});
