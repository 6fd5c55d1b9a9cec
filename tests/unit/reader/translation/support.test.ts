import { describe, expect, it, vi } from 'vitest';
import {
  checkTranslationSupport,
  detectLanguage,
  getLanguageDetectorFactory,
  getTranslatorFactory,
  isSameLanguage,
  openTranslator,
  toTranslatorLanguage,
} from '../../../../src/reader/translation/support';
import type { CreateMonitorLike, TranslatorCreateOptions, TranslatorFactoryLike } from '../../../../src/reader/translation/types';
import { FakeTranslator } from './fakes';

function factoryAnswering(answer: unknown): TranslatorFactoryLike {
  return {
    availability: vi.fn(async () => answer as string),
    create: vi.fn(async () => new FakeTranslator()),
  };
}

describe('getTranslatorFactory', () => {
  it('finds the global Translator when present', () => {
    const Translator = factoryAnswering('available');
    expect(getTranslatorFactory({ Translator } as unknown as typeof globalThis)).toBe(Translator);
  });

  it('returns null when the API is missing or incomplete (Firefox, older Chrome)', () => {
    expect(getTranslatorFactory({} as typeof globalThis)).toBeNull();
    expect(getTranslatorFactory({ Translator: { create() {} } } as unknown as typeof globalThis)).toBeNull();
    expect(getTranslatorFactory(globalThis)).toBeNull();
  });

  it('finds LanguageDetector the same way', () => {
    const LanguageDetector = { create: async () => ({ detect: async () => [] }) };
    expect(getLanguageDetectorFactory({ LanguageDetector } as unknown as typeof globalThis)).toBe(LanguageDetector);
    expect(getLanguageDetectorFactory({} as typeof globalThis)).toBeNull();
  });
});

describe('checkTranslationSupport', () => {
  it.each([
    ['available', 'ready'],
    ['downloadable', 'needs-download'],
    ['downloading', 'downloading'],
    ['unavailable', 'unavailable-pair'],
    [null, 'unavailable-pair'],
    ['readily', 'ready'],
    ['after-download', 'needs-download'],
    ['no', 'unavailable-pair'],
  ])('maps availability %j to %s', async (answer, state) => {
    expect(await checkTranslationSupport(factoryAnswering(answer), 'en', 'fr')).toEqual({ state });
  });

  it('reports a missing API', async () => {
    expect(await checkTranslationSupport(null, 'en', 'fr')).toEqual({ state: 'unavailable-api' });
  });

  it('does not ask the browser to translate a language into itself', async () => {
    const factory = factoryAnswering('available');
    expect(await checkTranslationSupport(factory, 'en-GB', 'en')).toEqual({ state: 'same-language' });
    expect(factory.availability).not.toHaveBeenCalled();
  });

  it('treats a rejected availability query (bad tag) as an unsupported pair', async () => {
    const factory: TranslatorFactoryLike = {
      availability: async () => {
        throw new RangeError('Invalid language tag');
      },
      create: async () => new FakeTranslator(),
    };
    expect(await checkTranslationSupport(factory, 'en', 'xx-!!')).toEqual({ state: 'unavailable-pair' });
  });
});

describe('isSameLanguage / toTranslatorLanguage', () => {
  it('compares by language, keeping Chinese scripts apart', () => {
    expect(isSameLanguage('pt-PT', 'pt')).toBe(true);
    expect(isSameLanguage('zh', 'zh-CN')).toBe(true);
    expect(isSameLanguage('zh-TW', 'zh')).toBe(false);
    expect(isSameLanguage('zh-Hant', 'zh-HK')).toBe(true);
    expect(isSameLanguage('en', 'de')).toBe(false);
  });

  it('uses the tags the Translator API knows', () => {
    expect(toTranslatorLanguage('zh-CN')).toBe('zh');
    expect(toTranslatorLanguage('pt-BR')).toBe('pt');
    expect(toTranslatorLanguage('hi')).toBe('hi');
  });
});

describe('openTranslator', () => {
  it('passes languages and signal and reports download progress', async () => {
    let options: TranslatorCreateOptions | undefined;
    const factory: TranslatorFactoryLike = {
      availability: async () => 'downloadable',
      create: async (o) => {
        options = o;
        const listeners: ((e: { loaded: number }) => void)[] = [];
        const monitor: CreateMonitorLike = { addEventListener: (_type, l) => listeners.push(l) };
        o.monitor?.(monitor);
        for (const loaded of [0, 0.5, 1]) for (const l of listeners) l({ loaded });
        return new FakeTranslator();
      },
    };
    const controller = new AbortController();
    const progress: number[] = [];
    const translator = await openTranslator(factory, 'en', 'fr', {
      signal: controller.signal,
      onDownloadProgress: (p) => progress.push(p),
    });
    expect(options).toMatchObject({ sourceLanguage: 'en', targetLanguage: 'fr', signal: controller.signal });
    expect(progress).toEqual([0, 0.5, 1]);
    expect(await translator.translate('hi')).toBe('FR:HI');
  });
});

describe('detectLanguage', () => {
  const detector = (results: { detectedLanguage: string; confidence: number }[]) => ({ detect: async () => results });

  it('returns the most likely language when confident', async () => {
    expect(await detectLanguage(detector([{ detectedLanguage: 'de', confidence: 0.93 }]), 'Hallo Welt')).toBe('de');
  });

  it('returns null when unsure, undetermined or failing', async () => {
    expect(await detectLanguage(detector([{ detectedLanguage: 'de', confidence: 0.2 }]), 'x')).toBeNull();
    expect(await detectLanguage(detector([{ detectedLanguage: 'und', confidence: 0.9 }]), 'x')).toBeNull();
    expect(await detectLanguage(detector([]), 'x')).toBeNull();
    expect(await detectLanguage({ detect: () => Promise.reject(new Error('x')) }, 'x')).toBeNull();
  });
});
