import { describe, expect, it } from 'vitest';
import { migrateSettings } from '../../../src/settings/migrate';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/settings/schema';
import { validatePatch, validateSettings } from '../../../src/settings/validate';

describe('the lineFocus setting', () => {
  it('is off by default, in schema v4 and later', () => {
    expect(SETTINGS_VERSION).toBeGreaterThanOrEqual(4);
    expect(DEFAULT_SETTINGS.lineFocus).toBe('off');
  });

  it('keeps off, 1, 3 and 5 lines and nothing else', () => {
    for (const value of ['off', 1, 3, 5] as const) expect(validateSettings({ lineFocus: value }).lineFocus).toBe(value);
    for (const value of [0, 2, 4, 7, '3', 'on', true, null, 3.5, Number.NaN]) {
      expect(validateSettings({ lineFocus: value }).lineFocus, String(value)).toBe('off');
      expect(validatePatch({ lineFocus: value }), String(value)).toEqual({});
    }
    expect(validatePatch({ lineFocus: 5 })).toEqual({ lineFocus: 5 });
  });

  it('starts off for settings stored by earlier versions, and survives in v4', () => {
    expect(migrateSettings({ version: 3, theme: 'dark', speechRate: 1.5 }).lineFocus).toBe('off');
    expect(migrateSettings({ version: 1, darkMode: true }).lineFocus).toBe('off');
    expect(migrateSettings({ version: 4, lineFocus: 1 }).lineFocus).toBe(1);
  });
});
