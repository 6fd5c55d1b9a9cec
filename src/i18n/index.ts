import { isLanguageCode, UI_LANGUAGES, type LanguageCode, type UiLanguage } from '../settings/schema';
import { chineseScript } from '../extract/language';
import { CATALOGUES } from './catalogues';
import { createFormatter, parseMessage, renderMessage, type Formatter, type MessageParams, type MessagePart } from './format';
import { en, type MessageKey, type Messages } from './messages/en';

export type { MessageKey } from './messages/en';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** What the background answers for one interface language (i18n/catalogues.ts): its messages, and English for any a translation lacks. */
interface CatalogueAnswer {
  messages: Messages;
  english: Messages;
}

/** One interface language's catalogue, as the reader holds it. */
export interface Catalogue extends CatalogueAnswer {
  lang: LanguageCode;
}

/** Fetches a catalogue, English included: the reader carries none (its size budget); null when it cannot. */
export type CatalogueLoader = (lang: LanguageCode) => Promise<CatalogueAnswer | null>;

/** The reader's catalogue, from the background; null when there is none to be had (the reader then stays closed). */
export async function loadCatalogue(lang: LanguageCode, load: CatalogueLoader): Promise<Catalogue | null> {
  const answer = await load(lang).catch(() => null);
  return answer === null || answer === undefined ? null : { lang, messages: answer.messages, english: answer.english };
}

/** Each language named in its own script, for the language pickers. */
export const LANGUAGE_NATIVE_NAMES: Readonly<Record<LanguageCode, string>> = {
  en: 'English',
  hi: 'हिन्दी',
  bn: 'বাংলা',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  'pt-BR': 'Português (Brasil)',
  ru: 'Русский',
  ar: 'العربية',
  'zh-CN': '简体中文',
  ja: '日本語',
};

export { dirOf } from '../extract/language';

function matchTag(tag: string): LanguageCode | null {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const exact = UI_LANGUAGES.find((code) => code.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  const primary = lower.split('-')[0] ?? '';
  if (primary === 'zh') return chineseScript(lower) === 'hant' ? null : 'zh-CN';
  // Only one variant per language is offered, so any regional tag maps to it
  // ("pt-PT" → pt-BR, "es-MX" → es, "en-IN" → en).
  return UI_LANGUAGES.find((code) => code.split('-')[0] === primary) ?? null;
}

/**
 * The interface language to use. "auto" walks the browser's preferred
 * languages in order. Traditional Chinese readers get another preferred
 * language if they listed one, and Simplified Chinese before English if not:
 * the script is largely mutually readable, English may not be.
 */
export function resolveUiLanguage(setting: UiLanguage, browserLanguages: readonly string[]): LanguageCode {
  if (setting !== 'auto' && isLanguageCode(setting)) return setting;
  for (const tag of browserLanguages) {
    const match = typeof tag === 'string' ? matchTag(tag) : null;
    if (match !== null) return match;
  }
  const anyChinese = browserLanguages.some((tag) => typeof tag === 'string' && /^zh(?:[-_]|$)/i.test(tag));
  return anyChinese ? 'zh-CN' : 'en';
}

/** A `t(key, params)` for one language, from the bundled catalogues (options page, tests). */
export function createTranslator(lang: LanguageCode): Translate {
  return translatorFor(lang, CATALOGUES[lang] ?? en, en);
}

/**
 * A `t(key, params)` for one language's catalogue. Messages are parsed once on first use;
 * a message that is empty or fails to parse falls back to English, so a
 * translation slip degrades to English text instead of a blank control. The reader uses
 * this directly: it carries English only and gets the others from the background.
 */
export function translatorFor(lang: LanguageCode, messages: Messages, english: Messages): Translate {
  const cache = new Map<MessageKey, { parts: MessagePart[]; english: boolean }>();

  function compiled(key: MessageKey): { parts: MessagePart[]; english: boolean } {
    let entry = cache.get(key);
    if (entry === undefined) {
      try {
        const text = messages[key];
        if (text === '') throw new SyntaxError('empty');
        entry = { parts: parseMessage(text), english: false };
      } catch {
        entry = { parts: parseMessage(english[key]), english: true };
      }
      cache.set(key, entry);
    }
    return entry;
  }

  return (key, params = {}) => {
    const { parts, english } = compiled(key);
    return renderMessage(parts, params, formatterFor(english ? 'en' : lang));
  };
}

const formatters = new Map<string, Formatter>();

/**
 * One language's plural rules and number format, made once per script: building them loads
 * the browser's locale data (~15 ms a click in a fresh tab, more than the rest of the
 * catalogue's work), so the reader's controller makes them while the page is being read, and
 * the English fallback's only when a message falls back.
 */
export function formatterFor(lang: string): Formatter {
  let formatter = formatters.get(lang);
  if (formatter === undefined) {
    formatter = createFormatter(lang);
    formatters.set(lang, formatter);
  }
  return formatter;
}

