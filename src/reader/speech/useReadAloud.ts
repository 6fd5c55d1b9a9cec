import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../settings/schema';
import { collectSpeechBlocks, rangeForText, type SpeechBlock } from './blocks';
import type { SpeechPort } from './port';
import { IDLE, ReadAloud, type ReadAloudState } from './readAloud';

/** The CSS highlight (and the attribute on the block) that show what is being read. */
const SPEECH_HIGHLIGHT = 'lucid-reader-speech';
export const READING_ATTR = 'data-lr-reading';

interface Options {
  port: SpeechPort | null;
  /** the title and body elements, once rendered */
  elements(): { title: HTMLElement | null; body: HTMLElement | null; scroller: HTMLElement | null };
  /** the language of text that carries none: the article's, else the interface's */
  fallbackLang: string;
  settings: Pick<Settings, 'speechVoice' | 'speechRate' | 'speechPitch' | 'speechReadExtras'>;
  /** the article, so the blocks are found again for a new one */
  articleKey: unknown;
}

export interface ReadAloudControls {
  state: ReadAloudState;
  /** the language the body is shown in (a translation's, when one is shown) */
  readingLang: string;
  toggle(): void;
  skip(direction: 1 | -1): void;
  stop(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: object): void;
  delete(name: string): void;
}

function highlightApi(): { registry: HighlightRegistry; make(range: Range): object } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Ctor = (globalThis as { Highlight?: new (...ranges: Range[]) => object }).Highlight;
  return css?.highlights && Ctor ? { registry: css.highlights, make: (range) => new Ctor(range) } : null;
}

/** Scrolls the scroller only when `rect` is not already comfortably inside it. */
function keepInView(scroller: HTMLElement | null, target: { getBoundingClientRect(): DOMRect } | null): void {
  if (!scroller || !target || typeof target.getBoundingClientRect !== 'function') return;
  const box = scroller.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  const margin = Math.min(80, box.height / 5);
  if (rect.top >= box.top + margin && rect.bottom <= box.bottom - margin) return;
  const top = rect.top - box.top - box.height / 3;
  const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  if (typeof scroller.scrollBy === 'function') scroller.scrollBy({ top, behavior: reduce ? 'auto' : 'smooth' });
  else scroller.scrollTop += top;
}

export function useReadAloud({ port, elements, fallbackLang, settings, articleKey }: Options): ReadAloudControls {
  const [state, setState] = useState<ReadAloudState>(IDLE);
  const [readingLang, setReadingLang] = useState(fallbackLang);
  const blocksRef = useRef<SpeechBlock[]>([]);
  const engineRef = useRef<ReadAloud | null>(null);
  const markedRef = useRef<HTMLElement | null>(null);
  /** Brings the block list up to date before the engine reads from it. */
  const ensureRef = useRef<() => void>(() => undefined);
  const options = { voiceUri: settings.speechVoice, rate: settings.speechRate, pitch: settings.speechPitch };
  const elementsRef = useRef(elements);
  elementsRef.current = elements;

  if (port && !engineRef.current) engineRef.current = new ReadAloud(port, options, setState);
  const engine = engineRef.current;

  useEffect(() => {
    engine?.setOptions(options);
  }, [engine, options.voiceUri, options.rate, options.pitch]);

  // The blocks follow the text: a translation shown or taken back changes what is read, and in
  // which voice. Listing every block of a long article costs: while nothing is read, a change
  // only marks the list stale and reads the language off the first blocks; the whole list is
  // made when reading starts.
  const staleRef = useRef(true);
  useEffect(() => {
    const { title, body } = elementsRef.current();
    const withExtras = settings.speechReadExtras;
    const collect = (): void => {
      const blocks = collectSpeechBlocks(title, body, fallbackLang, withExtras);
      blocksRef.current = blocks;
      staleRef.current = false;
      engine?.setBlocks(blocks);
    };
    const follow = (): void => {
      const first = collectSpeechBlocks(title, body, fallbackLang, withExtras, 2);
      setReadingLang(first[1]?.lang ?? first[0]?.lang ?? fallbackLang);
      if (engine && engine.current.status !== 'idle') collect();
      else staleRef.current = true;
    };
    ensureRef.current = () => {
      if (staleRef.current) collect();
    };
    follow();
    if (!body || typeof MutationObserver !== 'function') return undefined;
    let queued = false;
    const observer = new MutationObserver(() => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        follow();
      });
    });
    observer.observe(body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['lang'] });
    return () => observer.disconnect();
  }, [engine, articleKey, fallbackLang, settings.speechReadExtras]);

  // Stop on close: speech must not outlive the reader.
  useEffect(() => () => engine?.dispose(), [engine]);

  // Show what is being read: the block always, the sentence or word where the browser can highlight text.
  useEffect(() => {
    const block = state.block >= 0 && state.status !== 'idle' ? blocksRef.current[state.block] : undefined;
    const el = block?.el ?? null;
    if (markedRef.current !== el) markedRef.current?.removeAttribute(READING_ATTR);
    markedRef.current = el;
    el?.setAttribute(READING_ATTR, state.status === 'playing' ? 'playing' : 'paused');
    const api = highlightApi();
    const range = el && state.highlight ? rangeForText(el, state.highlight.start, state.highlight.end) : null;
    if (api) {
      if (range) api.registry.set(SPEECH_HIGHLIGHT, api.make(range));
      else api.registry.delete(SPEECH_HIGHLIGHT);
    }
    if (state.status === 'playing') keepInView(elementsRef.current().scroller, range ?? el);
  }, [state]);

  // Nothing is left marked once reading ends or the reader closes.
  useEffect(
    () => () => {
      highlightApi()?.registry.delete(SPEECH_HIGHLIGHT);
      markedRef.current?.removeAttribute(READING_ATTR);
    },
    [],
  );

  const toggle = useCallback(() => {
    ensureRef.current();
    engine?.toggle();
  }, [engine]);
  const skip = useCallback(
    (direction: 1 | -1) => {
      ensureRef.current();
      engine?.skip(direction);
    },
    [engine],
  );
  const stop = useCallback(() => engine?.stop(), [engine]);
  return { state, readingLang, toggle, skip, stop };
}
