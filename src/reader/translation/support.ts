import { chineseScript, subtagsOf } from '../../extract/language';
import type { LanguageCode } from '../../settings/schema';
import type {
  LanguageDetectorFactoryLike,
  LanguageDetectorLike,
  TranslatorFactoryLike,
  TranslatorLike,
} from './types';

export type TranslationSupport =
  | { state: 'unavailable-api' }
  | { state: 'unavailable-pair' }
  | { state: 'same-language' }
  | { state: 'needs-download' }
  | { state: 'downloading' }
  | { state: 'ready' };

function hasMethods(value: unknown, ...names: string[]): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  return names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');
}

/** The global Translator if this browser has it (Chrome 138+), else null. */
export function getTranslatorFactory(g: typeof globalThis = globalThis): TranslatorFactoryLike | null {
  const candidate: unknown = (g as unknown as Record<string, unknown>).Translator;
  return hasMethods(candidate, 'availability', 'create') ? (candidate as TranslatorFactoryLike) : null;
}

/**
 * Whether the page being plain http is why there is no Translator: Chrome exposes it to secure
 * pages only. Firefox (the firefox build) has no such API on any page, so there it never is.
 */
export function blockedByInsecurePage(g: typeof globalThis = globalThis): boolean {
  return import.meta.env.MODE !== 'firefox' && g.isSecureContext === false;
}

export function getLanguageDetectorFactory(g: typeof globalThis = globalThis): LanguageDetectorFactoryLike | null {
  const candidate: unknown = (g as unknown as Record<string, unknown>).LanguageDetector;
  return hasMethods(candidate, 'create') ? (candidate as LanguageDetectorFactoryLike) : null;
}

/**
 * The tag the Translator API expects for our interface codes: it knows "zh"
 * (Simplified) and "pt" but not our regional spellings.
 */
export function toTranslatorLanguage(code: LanguageCode): string {
  if (code === 'zh-CN') return 'zh';
  if (code === 'pt-BR') return 'pt';
  return code;
}

/**
 * Same language for translation purposes: regional variants read alike
 * ("en-GB" vs "en"), but Simplified and Traditional Chinese do not.
 */
export function isSameLanguage(a: string, b: string): boolean {
  const pa = subtagsOf(a).language;
  if (pa !== subtagsOf(b).language) return false;
  return pa !== 'zh' || chineseScript(a) === chineseScript(b);
}

export async function checkTranslationSupport(
  factory: TranslatorFactoryLike | null,
  sourceLanguage: string,
  targetLanguage: string,
): Promise<TranslationSupport> {
  if (factory === null) return { state: 'unavailable-api' };
  if (isSameLanguage(sourceLanguage, targetLanguage)) return { state: 'same-language' };
  let availability: unknown;
  try {
    availability = await factory.availability({ sourceLanguage, targetLanguage });
  } catch {
    return { state: 'unavailable-pair' }; // e.g. a tag the browser rejects
  }
  switch (availability) {
    case 'available':
    case 'readily':
      return { state: 'ready' };
    case 'downloadable':
    case 'after-download':
      return { state: 'needs-download' };
    case 'downloading':
      return { state: 'downloading' };
    default:
      return { state: 'unavailable-pair' };
  }
}

/**
 * Creates a translator, reporting model download progress as 0…1. Call it from
 * a click handler when support said 'needs-download': Chrome requires a user
 * activation to start a download.
 */
export function openTranslator(
  factory: TranslatorFactoryLike,
  sourceLanguage: string,
  targetLanguage: string,
  opts: { signal?: AbortSignal; onDownloadProgress?(loaded: number): void } = {},
): Promise<TranslatorLike> {
  const { signal, onDownloadProgress } = opts;
  return factory.create({
    sourceLanguage,
    targetLanguage,
    ...(signal !== undefined && { signal }),
    monitor(monitor) {
      if (onDownloadProgress === undefined) return;
      monitor.addEventListener('downloadprogress', (event) => onDownloadProgress(event.loaded));
    },
  });
}

/** Below this the detector is guessing; better to ask than to mistranslate. */
const MIN_DETECTION_CONFIDENCE = 0.5;

/** The most likely language of `text`, or null when unsure or unavailable. */
export async function detectLanguage(detector: LanguageDetectorLike, text: string, signal?: AbortSignal): Promise<string | null> {
  try {
    const results = await detector.detect(text, signal === undefined ? undefined : { signal });
    const best = results[0];
    if (best === undefined || best.detectedLanguage === 'und' || best.confidence < MIN_DETECTION_CONFIDENCE) return null;
    return best.detectedLanguage;
  } catch {
    return null;
  }
}
