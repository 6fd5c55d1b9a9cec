import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { TranslateTarget } from '../settings/schema';
import { dirOf } from '../i18n';
import {
  blockedByInsecurePage,
  checkTranslationSupport,
  collectBlocks,
  detectLanguage,
  getLanguageDetectorFactory,
  getTranslatorFactory,
  openTranslator,
  reapplyTranslation,
  restoreOriginal,
  toTranslatorLanguage,
  translateBlocks,
  type LanguageDetectorFactoryLike,
  type TranslatorFactoryLike,
} from './translation';

export type TranslationView =
  | { kind: 'off' }
  | { kind: 'unavailable-api' }
  | { kind: 'unavailable-insecure' }
  | { kind: 'unavailable-pair' }
  | { kind: 'same-language' }
  | { kind: 'needs-download' }
  | { kind: 'downloading'; percent: number }
  | { kind: 'translating'; done: number; total: number }
  | { kind: 'translated'; showingOriginal: boolean }
  | { kind: 'failed' };

interface Options {
  target: TranslateTarget;
  /** the article's language; null when the page did not say and nothing could tell */
  sourceLang: string | null;
  contentRef: RefObject<HTMLElement>;
  /** changes when the body has grown (a long one comes in parts): a running translation starts over on all of it */
  contentKey?: unknown;
  /** the browser's Translator by default; tests and other browsers pass their own or null */
  factory?: TranslatorFactoryLike | null;
  /** asked for the article's language when the page did not say it */
  detectorFactory?: LanguageDetectorFactoryLike | null;
}

/** The article's language by the browser's on-device detector, when the page left it unsaid. */
async function detectSource(
  detectorFactory: LanguageDetectorFactoryLike | null,
  root: HTMLElement | null,
  signal: AbortSignal,
): Promise<string | null> {
  if (!detectorFactory || !root) return null;
  try {
    const detector = await detectorFactory.create({ signal });
    const found = await detectLanguage(detector, (root.textContent ?? '').slice(0, 2_000), signal);
    detector.destroy?.();
    return found;
  } catch {
    return null;
  }
}

/**
 * Drives block-by-block translation of the shown article: checks what the browser can do,
 * asks for the model download with a click when one is needed (Chrome requires a user
 * activation for it), translates in document order with visible progress, and keeps the
 * original one click away. A failure part way puts the original back and says so.
 */
export function useTranslation({
  target,
  sourceLang,
  contentRef,
  contentKey,
  factory = getTranslatorFactory(),
  detectorFactory = getLanguageDetectorFactory(),
}: Options) {
  const [view, setView] = useState<TranslationView>({ kind: 'off' });
  const abortRef = useRef<AbortController | null>(null);
  const blocksRef = useRef<Element[]>([]);
  const sourceRef = useRef<string | null>(sourceLang);

  const translate = useCallback(
    async (signal: AbortSignal, withDownload: boolean) => {
      const root = contentRef.current;
      const source = sourceRef.current;
      if (!factory || !root || !source || target === 'off') return;
      const targetLanguage = toTranslatorLanguage(target);
      try {
        if (withDownload) setView({ kind: 'downloading', percent: 0 });
        const translator = await openTranslator(factory, source, targetLanguage, {
          signal,
          onDownloadProgress: (loaded) => setView({ kind: 'downloading', percent: Math.round(loaded * 100) }),
        });
        const blocks = collectBlocks(root);
        blocksRef.current = blocks;
        const result = await translateBlocks(blocks, translator, {
          signal,
          targetLanguage: target,
          targetDir: dirOf(target),
          onProgress: (done, total) => setView({ kind: 'translating', done, total }),
        });
        translator.destroy?.();
        if (result.aborted) return;
        setView(result.failed ? { kind: 'failed' } : { kind: 'translated', showingOriginal: false });
      } catch {
        if (!signal.aborted) setView({ kind: 'failed' });
      }
    },
    [factory, target, contentRef],
  );

  useEffect(() => {
    const controller = new AbortController();
    abortRef.current = controller;
    void (async () => {
      if (target === 'off') return setView({ kind: 'off' });
      // Where only the page's plain http is in the way, say so rather than blame the browser.
      if (!factory) return setView({ kind: blockedByInsecurePage() ? 'unavailable-insecure' : 'unavailable-api' });
      const source = sourceLang ?? (await detectSource(detectorFactory, contentRef.current, controller.signal));
      if (controller.signal.aborted) return;
      sourceRef.current = source;
      if (!source) return setView({ kind: 'unavailable-pair' });
      const support = await checkTranslationSupport(factory, source, toTranslatorLanguage(target));
      if (controller.signal.aborted) return;
      switch (support.state) {
        case 'ready':
          return translate(controller.signal, false);
        case 'needs-download':
        case 'downloading':
          return setView({ kind: 'needs-download' });
        default:
          return setView({ kind: support.state });
      }
    })();
    return () => {
      controller.abort();
      // A new target starts from the original text, never from another translation.
      restoreOriginal(blocksRef.current);
    };
  }, [factory, detectorFactory, sourceLang, target, translate, contentRef, contentKey]);

  const download = useCallback(() => {
    const signal = abortRef.current?.signal;
    if (signal) void translate(signal, true);
  }, [translate]);

  const toggleOriginal = useCallback(() => {
    setView((current) => {
      if (current.kind !== 'translated') return current;
      if (current.showingOriginal) {
        return reapplyTranslation(blocksRef.current) ? { kind: 'translated', showingOriginal: false } : current;
      }
      restoreOriginal(blocksRef.current);
      return { kind: 'translated', showingOriginal: true };
    });
  }, []);

  return { view, download, toggleOriginal };
}
