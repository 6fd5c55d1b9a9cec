import { normalizeDomainList } from './domains';
import {
  CONTENT_WIDTH,
  DEFAULT_SETTINGS,
  FONT_FAMILIES,
  FONT_SIZE,
  LINE_HEIGHT,
  SETTINGS_KEYS,
  SETTINGS_VERSION,
  SPEECH_PITCH,
  SPEECH_RATE,
  SPEECH_VOICE_MAX_LENGTH,
  THEMES_LIST,
  UI_LANGUAGES,
  type NumberRange,
  type Settings,
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

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function domainList(value: unknown, fallback: readonly string[]): string[] {
  try {
    return Array.isArray(value) ? normalizeDomainList(value) : [...fallback];
  } catch {
    return [...fallback]; // a hostile array-like Proxy
  }
}

function voiceUri(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length <= SPEECH_VOICE_MAX_LENGTH ? value : fallback;
}

/**
 * Turns anything into valid current-version settings. Each key is checked on
 * its own: a bad value falls back to `fallback`'s value for that key (the
 * defaults unless given), unknown keys are dropped. Never throws.
 */
export function validateSettings(raw: unknown, fallback: Readonly<Settings> = DEFAULT_SETTINGS): Settings {
  const record: Record<string, unknown> = isPlainRecord(raw) ? raw : {};
  const get = (key: keyof Settings): unknown => readOwn(record, key);
  const autoOpen = get('autoOpen');
  const readExtras = get('speechReadExtras');
  return {
    version: SETTINGS_VERSION,
    theme: oneOf(get('theme'), THEMES_LIST, fallback.theme),
    fontSize: snapToRange(get('fontSize'), FONT_SIZE, fallback.fontSize),
    fontFamily: oneOf(get('fontFamily'), FONT_FAMILIES, fallback.fontFamily),
    lineHeight: snapToRange(get('lineHeight'), LINE_HEIGHT, fallback.lineHeight),
    contentWidth: snapToRange(get('contentWidth'), CONTENT_WIDTH, fallback.contentWidth),
    uiLanguage: oneOf(get('uiLanguage'), ['auto', ...UI_LANGUAGES], fallback.uiLanguage),
    translateTo: oneOf(get('translateTo'), ['off', ...UI_LANGUAGES], fallback.translateTo),
    autoOpen: typeof autoOpen === 'boolean' ? autoOpen : fallback.autoOpen,
    autoOpenDomains: domainList(get('autoOpenDomains'), fallback.autoOpenDomains),
    neverOpenDomains: domainList(get('neverOpenDomains'), fallback.neverOpenDomains),
    speechVoice: voiceUri(get('speechVoice'), fallback.speechVoice),
    speechRate: snapToRange(get('speechRate'), SPEECH_RATE, fallback.speechRate),
    speechPitch: snapToRange(get('speechPitch'), SPEECH_PITCH, fallback.speechPitch),
    speechReadExtras: typeof readExtras === 'boolean' ? readExtras : fallback.speechReadExtras,
  };
}
