import { DEFAULT_NEWS_DOMAINS } from './domains';

export type Theme = 'auto' | 'light' | 'sepia' | 'dark' | 'black';
export const THEMES_LIST: readonly Theme[] = ['auto', 'light', 'sepia', 'dark', 'black'];

/**
 * 'legible' is a locally installed face chosen for legibility (Atkinson
 * Hyperlegible when present, then Verdana/Tahoma-like fallbacks). Nothing is
 * ever fetched from the network, so no font request leaks which page is read.
 */
export type FontFamily = 'serif' | 'sans' | 'legible';
export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans', 'legible'];

export const UI_LANGUAGES = ['en', 'hi', 'bn', 'es', 'fr', 'de', 'pt-BR', 'ru', 'ar', 'zh-CN', 'ja'] as const;
export type LanguageCode = (typeof UI_LANGUAGES)[number];
export type UiLanguage = 'auto' | LanguageCode;
export type TranslateTarget = 'off' | LanguageCode;

/** 'start' is ragged (the line's start edge, right in right-to-left text); 'justify' fills each line, hyphenating. */
export type TextAlign = 'start' | 'justify';
export const TEXT_ALIGNS: readonly TextAlign[] = ['start', 'justify'];

/** Line focus (issue #24): how many lines the reading band shows, or 'off' (nothing dimmed). */
export type LineFocus = 'off' | 1 | 3 | 5;
export const LINE_FOCUS_CHOICES: readonly LineFocus[] = ['off', 1, 3, 5];

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export interface Settings {
  /** Schema version; see migrate.ts for the history. */
  version: number;
  theme: Theme;
  /** Pixels. */
  fontSize: number;
  fontFamily: FontFamily;
  /** Unitless multiple of the font size. */
  lineHeight: number;
  /** Maximum line length in `ch`. */
  contentWidth: number;
  /** Extra space between letters, in `em` of the text's own size. */
  letterSpacing: number;
  /** Extra space between words, in `em`. */
  wordSpacing: number;
  /** Space after each paragraph (and list, quote, figure…), in `em`. */
  paragraphSpacing: number;
  textAlign: TextAlign;
  /** A band of this many lines stays clear and the rest of the article is dimmed; 'off' dims nothing. */
  lineFocus: LineFocus;
  uiLanguage: UiLanguage;
  translateTo: TranslateTarget;
  autoOpen: boolean;
  /** Normalized domains (see domains.ts) where articles open automatically. */
  autoOpenDomains: string[];
  /** Domains the user opted out of ("Don't open automatically on this site"). */
  neverOpenDomains: string[];
  /**
   * Read-aloud voice, by its `voiceURI`; '' picks one for the article's language. A chosen
   * voice is used only for articles in its language, so it never reads French with an English voice.
   */
  speechVoice: string;
  /** SpeechSynthesisUtterance.rate: 1 is the voice's normal speed. */
  speechRate: number;
  /** SpeechSynthesisUtterance.pitch: 1 is the voice's normal pitch. */
  speechPitch: number;
  /** Read captions, code and tables aloud too; by default they are skipped, as an eye skims them. */
  speechReadExtras: boolean;
  /** The reader's user stylesheet ("Your own style", issue #24); see UserStyle. */
  userStyle: UserStyle;
}

/**
 * A user stylesheet: `source` is what the person wrote (shown again on the options page, dropped parts and all);
 * `css` is what the options page's filter (src/userStyle/compile.ts) made of it: nothing that loads a resource,
 * every selector scoped under the reader's article. One value, one storage item, so the two never disagree.
 *
 * Storage: like every setting it is written to storage.sync first, and the store keeps it in storage.local when
 * sync refuses it. sync allows 8,192 bytes per item, so a stylesheet of more than about 4 KB (source and filtered
 * copy, quoted as JSON) lives in storage.local of that browser only. Chunking it over several sync items was
 * rejected: the chunks sync one by one, and another device could apply the first half of one stylesheet with the
 * second half of the next. A stylesheet that does not sync is the lesser harm.
 */
export interface UserStyle {
  readonly source: string;
  readonly css: string;
}

export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export const SETTINGS_VERSION = 5;

export interface NumberRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

export const FONT_SIZE: NumberRange = Object.freeze({ min: 12, max: 40, step: 1 });
export const LINE_HEIGHT: NumberRange = Object.freeze({ min: 1.2, max: 2.2, step: 0.1 });
export const CONTENT_WIDTH: NumberRange = Object.freeze({ min: 45, max: 90, step: 5 });
// Spacing (issue #24). Each range reaches WCAG 1.4.12's text-spacing values exactly (letter 0.12em, word 0.16em,
// paragraph 2em) with room beyond, and starts at today's look. Word spacing steps by 0.02 rather than 0.05 so that
// 0.16 is on the grid; paragraph spacing by 0.1 rather than 0.25 so that today's 1.1em margin is (an off-grid
// default would be rewritten by validation, and the slider could never return to it).
export const LETTER_SPACING: NumberRange = Object.freeze({ min: 0, max: 0.2, step: 0.01 });
export const WORD_SPACING: NumberRange = Object.freeze({ min: 0, max: 0.5, step: 0.02 });
export const PARAGRAPH_SPACING: NumberRange = Object.freeze({ min: 0.5, max: 3, step: 0.1 });
// The Web Speech API allows rate 0.1–10 and pitch 0–2; past these ranges speech stops being comfortable to follow.
export const SPEECH_RATE: NumberRange = Object.freeze({ min: 0.5, max: 2, step: 0.1 });
export const SPEECH_PITCH: NumberRange = Object.freeze({ min: 0.5, max: 1.5, step: 0.1 });
/** Voice URIs are short identifiers; anything longer did not come from a speechSynthesis voice. */
export const SPEECH_VOICE_MAX_LENGTH = 300;
/** A user stylesheet's source: at most 10 KB of UTF-8 (issue #24). */
export const USER_STYLE_MAX_BYTES = 10 * 1024;
/** Its filtered copy grows by the scope put before each selector; past this it is refused, not cut. */
export const USER_STYLE_CSS_MAX_LENGTH = 48 * 1024;

const defaults: Settings = {
  version: SETTINGS_VERSION,
  theme: 'auto',
  fontSize: 20,
  fontFamily: 'serif',
  lineHeight: 1.6,
  // 70 rather than the 68 first proposed: 68 is off the 5ch slider grid, so
  // validation would rewrite it and the slider could never return to it.
  contentWidth: 70,
  letterSpacing: 0,
  wordSpacing: 0,
  // The paragraph margin the reader had before the setting existed.
  paragraphSpacing: 1.1,
  textAlign: 'start',
  lineFocus: 'off',
  uiLanguage: 'auto',
  translateTo: 'off',
  autoOpen: true,
  autoOpenDomains: [...DEFAULT_NEWS_DOMAINS],
  neverOpenDomains: [],
  speechVoice: '',
  speechRate: 1,
  speechPitch: 1,
  speechReadExtras: false,
  userStyle: Object.freeze({ source: '', css: '' }),
};
Object.freeze(defaults.autoOpenDomains);
Object.freeze(defaults.neverOpenDomains);

/** Frozen (arrays too); use defaultSettings() for a copy you may change. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(defaults);

/** A fresh, mutable copy so callers can never alter the shared defaults. */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    autoOpenDomains: [...DEFAULT_SETTINGS.autoOpenDomains],
    neverOpenDomains: [...DEFAULT_SETTINGS.neverOpenDomains],
  };
}

export const SETTINGS_KEYS: readonly (keyof Settings)[] = Object.freeze(
  Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[],
);
