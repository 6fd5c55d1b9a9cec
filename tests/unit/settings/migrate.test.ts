import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateSettings, type SettingsV1 } from '../../../src/settings/migrate';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../src/settings/schema';

// What 0.0.3 actually wrote to storage.sync for a user who had customised things.
const savedV1: SettingsV1 = {
  version: 1,
  darkMode: true,
  fontSize: 'large',
  font: 'sans-serif',
  autoOpen: false,
  sites: ['https://www.bbc.com/', 'lemonde.fr', 'localhost'],
};

describe('migrateSettings', () => {
  it('has a migration for every past version', () => {
    for (let v = 1; v < SETTINGS_VERSION; v++) expect(MIGRATIONS[v], `migration ${v}`).toBeTypeOf('function');
  });

  it("keeps a v1 user's choices", () => {
    expect(migrateSettings(savedV1)).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      fontSize: 24,
      fontFamily: 'sans',
      autoOpen: false,
      autoOpenDomains: ['bbc.com', 'lemonde.fr'],
    });
  });

  it('treats a missing version as v1 (0.0.1 and 0.0.2 wrote none)', () => {
    const { version: _v, ...unversioned } = savedV1;
    expect(migrateSettings(unversioned)).toEqual(migrateSettings(savedV1));
  });

  it('maps darkMode=false to the light theme the user was seeing', () => {
    expect(migrateSettings({ darkMode: false }).theme).toBe('light');
  });

  it('maps each v1 named font size', () => {
    expect(migrateSettings({ fontSize: 'small' }).fontSize).toBe(16);
    expect(migrateSettings({ fontSize: 'medium' }).fontSize).toBe(20);
    expect(migrateSettings({ fontSize: 'large' }).fontSize).toBe(24);
  });

  it('gives defaults for what v1 did not have, and for broken v1 values', () => {
    const r = migrateSettings({ version: 1, darkMode: 'yes', fontSize: 'huge', font: 'comic', sites: 'bbc.com' });
    expect(r).toEqual(DEFAULT_SETTINGS);
  });

  it('carries every v2 choice into v3 and starts read aloud at its defaults', () => {
    const v2 = {
      version: 2,
      theme: 'sepia',
      fontSize: 31,
      fontFamily: 'legible',
      lineHeight: 2,
      contentWidth: 80,
      uiLanguage: 'ar',
      translateTo: 'fr',
      autoOpen: false,
      autoOpenDomains: ['lemonde.fr'],
      neverOpenDomains: ['cnn.com'],
    };
    expect(migrateSettings(v2)).toEqual({
      ...v2,
      version: SETTINGS_VERSION,
      speechVoice: '',
      speechRate: 1,
      speechPitch: 1,
      speechReadExtras: false,
      letterSpacing: 0,
      wordSpacing: 0,
      paragraphSpacing: 1.1,
      textAlign: 'start',
      lineFocus: 'off',
      userStyle: { source: '', css: '' },
    });
  });

  it('carries every v3 value into v4 and starts spacing and alignment at today’s look', () => {
    const v3 = {
      version: 3,
      theme: 'black',
      fontSize: 27,
      fontFamily: 'sans',
      lineHeight: 1.8,
      contentWidth: 50,
      uiLanguage: 'ja',
      translateTo: 'de',
      autoOpen: false,
      autoOpenDomains: ['lemonde.fr', 'bbc.com'],
      neverOpenDomains: ['cnn.com'],
      speechVoice: 'urn:moz-tts:speechd:German?de',
      speechRate: 1.5,
      speechPitch: 0.7,
      speechReadExtras: true,
    };
    expect(migrateSettings(v3)).toEqual({
      ...v3,
      version: SETTINGS_VERSION,
      letterSpacing: 0,
      wordSpacing: 0,
      paragraphSpacing: 1.1,
      textAlign: 'start',
      lineFocus: 'off',
      userStyle: { source: '', css: '' },
    });
  });

  it('passes current-version objects through validation only', () => {
    const current = { ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 33 };
    expect(migrateSettings(current)).toEqual(current);
  });

  it('keeps what is valid from a newer version written by a future release', () => {
    const future = { version: SETTINGS_VERSION + 3, theme: 'black', fontSize: 18, hyphenate: true, theme2: 'x' };
    const r = migrateSettings(future);
    expect(r.version).toBe(SETTINGS_VERSION);
    expect(r.theme).toBe('black');
    expect(r.fontSize).toBe(18);
    expect(r).not.toHaveProperty('hyphenate');
  });

  it.each([null, undefined, 'x', [], 0])('returns defaults for %j', (input) => {
    expect(migrateSettings(input)).toEqual(DEFAULT_SETTINGS);
  });
});
