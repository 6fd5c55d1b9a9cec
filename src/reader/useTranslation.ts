import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { TranslateTarget } from '../settings/schema';
import { dirOf } from '../i18n';
import {
  checkTranslationSupport,
  collectBlocks,
  getTranslatorFactory,
  openTranslator,
  reapplyTranslation,
  restoreOriginal,
  toTranslatorLanguage,
  translateBlocks,
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
  /** the browser's Translator by default; tests and other browsers pass their own or null */
  factory?: TranslatorFactoryLike | null;
}

/**
 * Drives block-by-block translation of the shown article: checks what the browser can do,
 * asks for the model download with a click when one is needed (Chrome requires a user
 * activation for it), translates in document order with visible progress, and keeps the
 * original one click away. A failure part way puts the original back and says so.
 */
export function useTranslation({ target, sourceLang, contentRef, factory = getTranslatorFactory() }: Options) {
  const [view, setView] = useState<TranslationView>({ kind: 'off' });
  const abortRef = useRef<AbortController | null>(null);
  const blocksRef = useRef<Element[]>([]);

  const translate = useCallback(
    async (signal: AbortSignal, withDownload: boolean) => {
      const root = contentRef.current;
      if (!factory || !root || !sourceLang || target === 'off') return;
      const targetLanguage = toTranslatorLanguage(target);
      try {
        if (withDownload) setView({ kind: 'downloading', percent: 0 });
        const translator = await openTranslator(factory, sourceLang, targetLanguage, {
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
    [factory, sourceLang, target, contentRef],
  );

  useEffect(() => {
    const controller = new AbortController();
    abortRef.current = controller;
    void (async () => {
      if (target === 'off') return setView({ kind: 'off' });
      // Chrome exposes its translator to secure pages only; say so rather than blame the browser.
      if (!factory) return setView({ kind: globalThis.isSecureContext === false ? 'unavailable-insecure' : 'unavailable-api' });
      if (!sourceLang) return setView({ kind: 'unavailable-pair' });
      const support = await checkTranslationSupport(factory, sourceLang, toTranslatorLanguage(target));
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
  }, [factory, sourceLang, target, translate]);

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
