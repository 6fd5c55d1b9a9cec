/**
 * Block-by-block article translation that can always be undone.
 *
 * Approach: each block's *text nodes* are translated in place (node.data is
 * replaced), never its innerHTML. Links, emphasis and footnote markers stay
 * exactly where they were, nothing from the translator is parsed as HTML, and
 * restoring is just writing the saved strings back.
 *
 * Trade-off: a paragraph with inline markup ("Read <a>the report</a> today")
 * is translated as several fragments, so word order across a link can be
 * less natural. Most paragraphs are a single text node and get translated as
 * one unit with full sentence context.
 *
 * On failure or abort part way, every block goes back to its original text:
 * a half-translated article is more confusing than an untranslated one.
 */
import type { TranslatorLike } from './types';

const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, td, th, dt, dd, summary';

/** Never sent for translation: code, markup, and what authors marked `translate="no"`. */
const SKIPPED_ELEMENTS = new Set([
  'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'noscript', 'template', 'textarea', 'svg', 'math',
]);
const HAS_LETTER = /\p{L}/u;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface TextRecord {
  readonly node: Text;
  readonly original: string;
  translated?: string;
}

interface BlockRecord {
  readonly texts: TextRecord[];
  readonly originalLang: string | null;
  readonly originalDir: string | null;
  targetLang?: string;
  targetDir?: 'ltr' | 'rtl';
}

const records = new WeakMap<Element, BlockRecord>();

export interface TranslateBlocksOptions {
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** Set as `lang` on translated blocks so screen readers switch voice. */
  targetLanguage?: string;
  targetDir?: 'ltr' | 'rtl';
}

export interface TranslateBlocksResult {
  /** Blocks now showing a translation (0 after a failure or abort). */
  translated: number;
  failed: boolean;
  aborted: boolean;
  error?: unknown;
}

/** The translatable blocks under `root`, in document order. */
export function collectBlocks(root: ParentNode): Element[] {
  return [...root.querySelectorAll(BLOCK_SELECTOR)].filter((el) => el.closest('pre, code') === null);
}

function isSkipped(el: Element): boolean {
  return SKIPPED_ELEMENTS.has(el.localName) || el.getAttribute('translate') === 'no' || el.classList.contains('notranslate');
}

/** Text nodes belonging to `block` itself; nested listed blocks are handled on their own turn. */
function ownTextNodes(block: Element, listed: ReadonlySet<Element>): Text[] {
  const found: Text[] = [];
  const walk = (node: Node): void => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        if (HAS_LETTER.test((child as Text).data)) found.push(child as Text);
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (!isSkipped(el) && !listed.has(el)) walk(el);
      }
    }
  };
  if (!isSkipped(block)) walk(block);
  return found;
}

function recordFor(block: Element, listed: ReadonlySet<Element>): BlockRecord {
  const existing = records.get(block);
  // Reuse the saved originals (e.g. switching target language) unless the
  // view re-rendered the block and the saved nodes are gone.
  if (existing?.texts.every((t) => block.contains(t.node))) {
    restoreBlock(block, existing);
    return existing;
  }
  const record: BlockRecord = {
    texts: ownTextNodes(block, listed).map((node) => ({ node, original: node.data })),
    originalLang: block.getAttribute('lang'),
    originalDir: block.getAttribute('dir'),
  };
  records.set(block, record);
  return record;
}

/** Drops cached translations so an old or partial one can never be reapplied. */
function forgetTranslations(blocks: readonly Element[]): void {
  for (const block of blocks) {
    const record = records.get(block);
    if (record === undefined) continue;
    for (const t of record.texts) delete t.translated;
    delete record.targetLang;
    delete record.targetDir;
  }
}

function setOrRemove(el: Element, name: string, value: string | null | undefined): void {
  if (value === null || value === undefined) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

function restoreBlock(block: Element, record: BlockRecord): void {
  for (const t of record.texts) if (t.node.data !== t.original) t.node.data = t.original;
  setOrRemove(block, 'lang', record.originalLang);
  setOrRemove(block, 'dir', record.originalDir);
}

function showTranslated(block: Element, record: BlockRecord): void {
  for (const t of record.texts) if (t.translated !== undefined) t.node.data = t.translated;
  if (record.targetLang !== undefined) block.setAttribute('lang', record.targetLang);
  if (record.targetDir !== undefined) block.setAttribute('dir', record.targetDir);
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/** Keeps the node's surrounding whitespace: it separates words from adjacent inline elements. */
async function translateText(text: string, translator: TranslatorLike, signal?: AbortSignal): Promise<string> {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  const out: unknown = await translator.translate(core, signal === undefined ? undefined : { signal });
  if (typeof out !== 'string') throw new TypeError('Translator returned a non-string');
  const trimmed = out.trim();
  return trimmed === '' ? text : lead + trimmed + trail;
}

export async function translateBlocks(
  blocks: readonly Element[],
  translator: TranslatorLike,
  opts: TranslateBlocksOptions = {},
): Promise<TranslateBlocksResult> {
  const { signal, onProgress, targetLanguage, targetDir } = opts;
  const listed = new Set(blocks);
  const total = blocks.length;
  let translated = 0;
  forgetTranslations(blocks);
  onProgress?.(0, total);
  try {
    for (const [index, block] of blocks.entries()) {
      const record = recordFor(block, listed);
      for (const t of record.texts) {
        if (signal?.aborted) throw abortError(signal);
        t.translated = await translateText(t.original, translator, signal);
        if (signal?.aborted) throw abortError(signal);
        t.node.data = t.translated;
      }
      if (record.texts.length > 0) {
        record.targetLang = targetLanguage;
        record.targetDir = targetDir;
        showTranslated(block, record);
        translated++;
      }
      onProgress?.(index + 1, total);
    }
    return { translated, failed: false, aborted: false };
  } catch (error) {
    restoreOriginal(blocks);
    forgetTranslations(blocks);
    if (signal?.aborted) return { translated: 0, failed: false, aborted: true };
    return { translated: 0, failed: true, aborted: false, error };
  }
}

/** Puts the original text (and lang/dir) back. Translations stay cached for reapplyTranslation. */
export function restoreOriginal(blocks: readonly Element[]): void {
  for (const block of blocks) {
    const record = records.get(block);
    if (record !== undefined) restoreBlock(block, record);
  }
}

/**
 * Shows the cached translation again ("Show translation" after "Show
 * original") without calling the translator. Returns false, changing
 * nothing, when some block has no complete cached translation.
 */
export function reapplyTranslation(blocks: readonly Element[]): boolean {
  const ready = blocks.every((block) => {
    const record = records.get(block);
    return (
      record?.texts.every((t) => t.translated !== undefined && block.contains(t.node))
    );
  });
  if (!ready) return false;
  for (const block of blocks) {
    const record = records.get(block);
    if (record !== undefined) showTranslated(block, record);
  }
  return true;
}
