/**
 * Just the parts of Chrome's built-in AI APIs (Translator, LanguageDetector;
 * Chrome 138+) this code uses, so tests can supply fakes and nothing depends
 * on lib.dom having caught up with the spec.
 */

type TranslationAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface DownloadProgressEventLike {
  /** 0…1 in current Chrome. */
  readonly loaded: number;
}

export interface CreateMonitorLike {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgressEventLike) => void): void;
}

export interface TranslatorLike {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

interface TranslatorLanguagePair {
  sourceLanguage: string;
  targetLanguage: string;
}

export interface TranslatorCreateOptions extends TranslatorLanguagePair {
  monitor?(monitor: CreateMonitorLike): void;
  signal?: AbortSignal;
}

/** The shape of the global `Translator` class's static side. */
export interface TranslatorFactoryLike {
  /** Older Chrome builds answered 'readily' | 'after-download' | 'no'; null happens too. */
  availability(options: TranslatorLanguagePair): Promise<TranslationAvailability | string | null>;
  /** Needs a user activation when a model download is required. */
  create(options: TranslatorCreateOptions): Promise<TranslatorLike>;
}

interface LanguageDetectionResult {
  readonly detectedLanguage: string;
  readonly confidence: number;
}

export interface LanguageDetectorLike {
  detect(text: string, options?: { signal?: AbortSignal }): Promise<readonly LanguageDetectionResult[]>;
  destroy?(): void;
}

/** The shape of the global `LanguageDetector` class's static side. */
export interface LanguageDetectorFactoryLike {
  availability?(): Promise<TranslationAvailability | string | null>;
  create(options?: { monitor?(monitor: CreateMonitorLike): void; signal?: AbortSignal }): Promise<LanguageDetectorLike>;
}
