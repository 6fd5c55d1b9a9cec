import { describe, expect, it } from 'vitest';
import {
  CONTENT_WIDTH,
  DEFAULT_SETTINGS,
  FONT_SIZE,
  LETTER_SPACING,
  LINE_HEIGHT,
  PARAGRAPH_SPACING,
  SETTINGS_KEYS,
  SETTINGS_VERSION,
  SPEECH_PITCH,
  SPEECH_RATE,
  WORD_SPACING,
  defaultSettings,
  type Settings,
} from '../../../src/settings/schema';
import { recognisedKeys, snapToRange, validateSettings } from '../../../src/settings/validate';

describe('defaults', () => {
  it('are themselves valid and on-step', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('cannot be mutated through the shared object', () => {
    expect(() => (DEFAULT_SETTINGS.autoOpenDomains as string[]).push('x.com')).toThrow();
    const copy = defaultSettings();
    copy.autoOpenDomains.push('example.com');
    expect(DEFAULT_SETTINGS.autoOpenDomains).not.toContain('example.com');
  });

  it('have ranges that contain the defaults', () => {
    for (const [range, value] of [
      [FONT_SIZE, DEFAULT_SETTINGS.fontSize],
      [LINE_HEIGHT, DEFAULT_SETTINGS.lineHeight],
      [CONTENT_WIDTH, DEFAULT_SETTINGS.contentWidth],
      [LETTER_SPACING, DEFAULT_SETTINGS.letterSpacing],
      [WORD_SPACING, DEFAULT_SETTINGS.wordSpacing],
      [PARAGRAPH_SPACING, DEFAULT_SETTINGS.paragraphSpacing],
    ] as const) {
      expect(value).toBeGreaterThanOrEqual(range.min);
      expect(value).toBeLessThanOrEqual(range.max);
    }
  });

  it('keep today’s look: no extra letter or word spacing, the old 1.1em paragraph margin, ragged text', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ letterSpacing: 0, wordSpacing: 0, paragraphSpacing: 1.1, textAlign: 'start' });
  });

  // WCAG 1.4.12: letter 0.12em, word 0.16em, paragraph 2em (line height 1.5 is the line height slider's).
  it('let a reader set WCAG text spacing exactly, each value on its slider’s grid', () => {
    const wcag = { letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, lineHeight: 1.5 };
    expect(validateSettings(wcag)).toMatchObject(wcag);
  });
});

describe('validateSettings', () => {
  it('keeps every valid value', () => {
    const valid: Settings = {
      version: SETTINGS_VERSION,
      theme: 'sepia',
      fontSize: 27,
      fontFamily: 'legible',
      lineHeight: 1.9,
      contentWidth: 55,
      letterSpacing: 0.05,
      wordSpacing: 0.3,
      paragraphSpacing: 2.5,
      textAlign: 'justify',
      lineFocus: 3,
      uiLanguage: 'pt-BR',
      translateTo: 'ja',
      autoOpen: false,
      autoOpenDomains: ['example.com'],
      neverOpenDomains: ['bbc.com'],
      speechVoice: 'urn:moz-tts:speechd:French (France)?fr',
      speechRate: 1.4,
      speechPitch: 0.8,
      speechReadExtras: true,
      userStyle: { source: 'p { color: red }', css: '.lr-article p{color:red;}' },
    };
    expect(validateSettings(valid)).toEqual(valid);
  });

  it('keeps speech rate and pitch on their sliders and voice ids plausible', () => {
    const r = validateSettings({ speechRate: 1.25, speechPitch: 7, speechVoice: 42 });
    expect(r.speechRate).toBe(1.3);
    expect(r.speechPitch).toBe(DEFAULT_SETTINGS.speechPitch);
    expect(r.speechVoice).toBe('');
    expect(validateSettings({ speechVoice: 'x'.repeat(5000) }).speechVoice).toBe('');
    expect(validateSettings({ speechRate: SPEECH_RATE.max, speechPitch: SPEECH_PITCH.min })).toMatchObject({
      speechRate: SPEECH_RATE.max,
      speechPitch: SPEECH_PITCH.min,
    });
  });

  it.each([null, undefined, 42, 'settings', true, [], [1, 2], () => 1, new Date(0), new Map()])(
    'returns defaults for %j',
    (input) => {
      expect(validateSettings(input)).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('replaces each bad value independently with its default', () => {
    const result = validateSettings({
      theme: 'purple',
      fontSize: '20px',
      fontFamily: 'comic',
      lineHeight: Number.NaN,
      contentWidth: Number.POSITIVE_INFINITY,
      uiLanguage: 'xx',
      translateTo: 'auto',
      autoOpen: 'yes',
      autoOpenDomains: 'bbc.com',
      neverOpenDomains: { 0: 'bbc.com' },
      letterSpacing: '0.1em',
      wordSpacing: null,
      paragraphSpacing: [2],
      textAlign: 'center',
    });
    expect(result).toEqual(DEFAULT_SETTINGS);
  });

  it('uses out-of-range → default, off-step → nearest step', () => {
    const r = validateSettings({ fontSize: 100, lineHeight: 1.55, contentWidth: 67 });
    expect(r.fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(r.lineHeight).toBe(1.6);
    expect(r.contentWidth).toBe(65);
    expect(validateSettings({ fontSize: 11.9 }).fontSize).toBe(DEFAULT_SETTINGS.fontSize);
    expect(validateSettings({ fontSize: 12.4 }).fontSize).toBe(12);
    expect(validateSettings({ lineHeight: 2.2 }).lineHeight).toBe(2.2);
  });

  it('puts spacing out of range back to its default, and off-step spacing on the nearest step', () => {
    const out = validateSettings({ letterSpacing: 0.5, wordSpacing: -0.1, paragraphSpacing: 0.4, textAlign: 'JUSTIFY' });
    expect(out).toMatchObject({ letterSpacing: 0, wordSpacing: 0, paragraphSpacing: 1.1, textAlign: 'start' });
    const off = validateSettings({ letterSpacing: 0.123, wordSpacing: 0.17, paragraphSpacing: 1.26 });
    expect(off).toMatchObject({ letterSpacing: 0.12, wordSpacing: 0.18, paragraphSpacing: 1.3 });
    const ends = validateSettings({ letterSpacing: 0.2, wordSpacing: 0.5, paragraphSpacing: 0.5 });
    expect(ends).toMatchObject({ letterSpacing: 0.2, wordSpacing: 0.5, paragraphSpacing: 0.5 });
    expect(validateSettings({ paragraphSpacing: 3 }).paragraphSpacing).toBe(3);
  });

  it('produces exact decimal steps, not float noise', () => {
    for (let i = 0; i <= 10; i++) {
      const value = validateSettings({ lineHeight: 1.2 + i * 0.1 }).lineHeight;
      expect(String(value)).toMatch(/^\d(\.\d)?$/);
    }
    for (let i = 0; i <= 20; i++) expect(String(validateSettings({ letterSpacing: i * 0.01 }).letterSpacing)).toMatch(/^0(\.\d\d?)?$/);
    for (let i = 0; i <= 25; i++) expect(String(validateSettings({ paragraphSpacing: 0.5 + i * 0.1 }).paragraphSpacing)).toMatch(/^\d(\.\d)?$/);
  });

  it('normalizes domain lists and drops invalid entries', () => {
    const r = validateSettings({
      autoOpenDomains: ['https://www.BBC.com/news', 'bbc.com', 'localhost', 12, 'bücher.de'],
      neverOpenDomains: [],
    });
    expect(r.autoOpenDomains).toEqual(['bbc.com', 'xn--bcher-kva.de']);
    expect(r.neverOpenDomains).toEqual([]);
  });

  it('drops unknown keys and always writes the current version', () => {
    const r = validateSettings({ version: 99, extra: 1, theme: 'dark' }) as unknown as Record<string, unknown>;
    expect(Object.keys(r).sort()).toEqual([...SETTINGS_KEYS].sort());
    expect(r.version).toBe(SETTINGS_VERSION);
    expect(r.theme).toBe('dark');
  });

  it('is not fooled by prototype-pollution keys', () => {
    const raw: unknown = JSON.parse('{"__proto__": {"theme": "dark", "polluted": true}, "constructor": {"prototype": {"x": 1}}}');
    const r = validateSettings(raw);
    expect(r.theme).toBe('auto');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
  });

  it('ignores inherited values and reads null-prototype objects', () => {
    expect(validateSettings(Object.create({ theme: 'dark' })).theme).toBe('auto');
    const bare = Object.create(null) as Record<string, unknown>;
    bare.theme = 'black';
    expect(validateSettings(bare).theme).toBe('black');
  });

  it('never throws, even on throwing getters or hostile proxies', () => {
    const getter = Object.defineProperty({}, 'theme', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(validateSettings(getter).theme).toBe('auto');
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    expect(validateSettings(hostile)).toEqual(DEFAULT_SETTINGS);
    const { proxy, revoke } = Proxy.revocable({ autoOpenDomains: [] }, {});
    revoke();
    expect(validateSettings(proxy)).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back to a given base instead of the defaults (used by save)', () => {
    const base = { ...defaultSettings(), theme: 'black' as const, fontSize: 30 };
    const r = validateSettings({ theme: 'neon', fontSize: 31 }, base);
    expect(r.theme).toBe('black');
    expect(r.fontSize).toBe(31);
  });
});

describe('snapToRange', () => {
  it('rounds to the nearest step measured from the minimum', () => {
    expect(snapToRange(47.4, CONTENT_WIDTH, 70)).toBe(45);
    expect(snapToRange(47.6, CONTENT_WIDTH, 70)).toBe(50);
  });
});

describe('recognisedKeys', () => {
  it('lists the known setting keys present, ignoring version and unknown keys', () => {
    expect(recognisedKeys({ version: 2, theme: 'dark', foo: 1 })).toEqual(['theme']);
    expect(recognisedKeys({ version: 2 })).toEqual([]);
    expect(recognisedKeys('x')).toEqual([]);
  });
});
