import { normalizeDomainList } from './domains';
import {
  CONTENT_WIDTH,
  DEFAULT_SETTINGS,
  FONT_FAMILIES,
  FONT_SIZE,
  LETTER_SPACING,
  LINE_FOCUS_CHOICES,
  LINE_HEIGHT,
  PARAGRAPH_SPACING,
  SETTINGS_KEYS,
  SETTINGS_VERSION,
  SPEECH_PITCH,
  SPEECH_RATE,
  SPEECH_VOICE_MAX_LENGTH,
  TEXT_ALIGNS,
  THEMES_LIST,
  UI_LANGUAGES,
  USER_STYLE_CSS_MAX_LENGTH,
  USER_STYLE_MAX_BYTES,
  WORD_SPACING,
  type NumberRange,
  type Settings,
  type SettingsPatch,
  type UserStyle,
} from './schema';

/** Only plain objects count: arrays, class instances and primitives do not. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (Array.isArray(value)) return false;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return false; // a hostile Proxy
  }
}

/**
 * Reads an own property without ever throwing (getters and Proxies can) and
 * without walking the prototype chain, so `__proto__` tricks cannot inject.
 */
export function readOwn(record: Record<string, unknown>, key: string): unknown {
  try {
    const descriptor = Object.getOwnPropertyDescriptor(record, key);
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    return undefined;
  }
}

/** Keys of `raw` that the current schema knows (besides `version`). */
export function recognisedKeys(raw: unknown): (keyof Settings)[] {
  if (!isPlainRecord(raw)) return [];
  return SETTINGS_KEYS.filter((key) => key !== 'version' && readOwn(raw, key) !== undefined);
}

function decimalsOf(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Out of range means the value came from somewhere we do not understand, so the
 * fallback wins; in range but off-step (e.g. 1.55 from an old slider) is a
 * real preference and is rounded to the nearest step.
 */
export function snapToRange(value: unknown, range: NumberRange, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  if (value < range.min || value > range.max) return fallback;
  const steps = Math.round((value - range.min) / range.step);
  const snapped = Number((range.min + steps * range.step).toFixed(decimalsOf(range.step)));
  return Math.min(range.max, Math.max(range.min, snapped));
}

/** For controls stepping past an end: the nearest allowed value rather than the default. */
export function clampToRange(value: number, range: NumberRange): number {
  return snapToRange(Math.min(range.max, Math.max(range.min, value)), range, range.min);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function inRange(range: NumberRange): (value: unknown) => number | undefined {
  return (value) => {
    const snapped = snapToRange(value, range, Number.NaN);
    return Number.isNaN(snapped) ? undefined : snapped;
  };
}

function domainList(value: unknown): string[] | undefined {
  try {
    return Array.isArray(value) ? normalizeDomainList(value) : undefined;
  } catch {
    return undefined; // a hostile array-like Proxy
  }
}

/** A voice is named by its URI; an empty one means the browser's default for the language. */
function voiceUri(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= SPEECH_VOICE_MAX_LENGTH ? value : undefined;
}

/** Bytes of `text` in UTF-8, without encoding it (TextEncoder is not everywhere the settings are read). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Shape and size only: settings/ carries no CSS parser (every view loads it). Whether the filtered copy loads
 * nothing is checked again where it is applied (src/userStyle/safety.ts, in the reader).
 */
function userStyle(value: unknown): UserStyle | undefined {
  if (!isPlainRecord(value)) return undefined;
  const source = readOwn(value, 'source');
  const css = readOwn(value, 'css');
  if (typeof source !== 'string' || typeof css !== 'string') return undefined;
  if (utf8Length(source) > USER_STYLE_MAX_BYTES || css.length > USER_STYLE_CSS_MAX_LENGTH) return undefined;
  return { source, css };
}

export type SettingName = Exclude<keyof Settings, 'version'>;

/** Each setting's own check: its valid (normalized) value, or undefined. */
const VALIDATORS: { readonly [K in SettingName]: (value: unknown) => Settings[K] | undefined } = {
  theme: (value) => oneOf(value, THEMES_LIST),
  fontSize: inRange(FONT_SIZE),
  fontFamily: (value) => oneOf(value, FONT_FAMILIES),
  lineHeight: inRange(LINE_HEIGHT),
  contentWidth: inRange(CONTENT_WIDTH),
  letterSpacing: inRange(LETTER_SPACING),
  wordSpacing: inRange(WORD_SPACING),
  paragraphSpacing: inRange(PARAGRAPH_SPACING),
  textAlign: (value) => oneOf(value, TEXT_ALIGNS),
  lineFocus: (value) => LINE_FOCUS_CHOICES.find((choice) => choice === value),
  uiLanguage: (value) => oneOf(value, ['auto', ...UI_LANGUAGES] as const),
  translateTo: (value) => oneOf(value, ['off', ...UI_LANGUAGES] as const),
  autoOpen: (value) => (typeof value === 'boolean' ? value : undefined),
  autoOpenDomains: domainList,
  neverOpenDomains: domainList,
  speechVoice: voiceUri,
  speechRate: inRange(SPEECH_RATE),
  speechPitch: inRange(SPEECH_PITCH),
  speechReadExtras: (value) => (typeof value === 'boolean' ? value : undefined),
  userStyle,
};

export const SETTING_NAMES: readonly SettingName[] = Object.freeze(SETTINGS_KEYS.filter((key): key is SettingName => key !== 'version'));

/** One setting's value checked on its own; undefined when it is not a valid value for it. */
function validSetting<K extends SettingName>(key: K, value: unknown): Settings[K] | undefined {
  return VALIDATORS[key](value);
}

function copied<T>(value: T): T {
  return (Array.isArray(value) ? [...(value as unknown[])] : value) as T;
}

/**
 * Turns anything into valid current-version settings. Each key is checked on
 * its own: a bad value falls back to `fallback`'s value for that key (the
 * defaults unless given), unknown keys are dropped. Never throws.
 */
export function validateSettings(raw: unknown, fallback: Readonly<Settings> = DEFAULT_SETTINGS): Settings {
  const record: Record<string, unknown> = isPlainRecord(raw) ? raw : {};
  const value = <K extends SettingName>(key: K): Settings[K] => validSetting(key, readOwn(record, key)) ?? copied(fallback[key]);
  return {
    version: SETTINGS_VERSION,
    theme: value('theme'),
    fontSize: value('fontSize'),
    fontFamily: value('fontFamily'),
    lineHeight: value('lineHeight'),
    contentWidth: value('contentWidth'),
    letterSpacing: value('letterSpacing'),
    wordSpacing: value('wordSpacing'),
    paragraphSpacing: value('paragraphSpacing'),
    textAlign: value('textAlign'),
    lineFocus: value('lineFocus'),
    uiLanguage: value('uiLanguage'),
    translateTo: value('translateTo'),
    autoOpen: value('autoOpen'),
    autoOpenDomains: value('autoOpenDomains'),
    neverOpenDomains: value('neverOpenDomains'),
    speechVoice: value('speechVoice'),
    speechRate: value('speechRate'),
    speechPitch: value('speechPitch'),
    speechReadExtras: value('speechReadExtras'),
    userStyle: value('userStyle'),
  };
}

/** The valid part of a patch: unknown keys and bad values are left out, so they change nothing. */
export function validatePatch(raw: unknown): SettingsPatch {
  const record: Record<string, unknown> = isPlainRecord(raw) ? raw : {};
  const patch: Record<string, unknown> = {};
  for (const key of SETTING_NAMES) {
    const value = validSetting(key, readOwn(record, key));
    if (value !== undefined) patch[key] = value;
  }
  return patch as SettingsPatch;
}
