/** One thing read aloud in one go: the title, a heading, a paragraph, a list item, a quote. */
export interface SpeechBlock {
  el: HTMLElement;
  /** el.textContent: offsets into it map onto the element's text nodes */
  text: string;
  /** the nearest `lang`: a translated paragraph carries the translation's */
  lang: string;
}

const PROSE = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, dt, dd';
const EXTRAS = 'figcaption, pre, caption, th, td';
const HIDDEN = 'aside, [hidden], [aria-hidden="true"]';
// Captions, code and tables do not read as prose: unless asked for, they are skipped as a reader's eye does.
const NOT_PROSE = `figure, figcaption, pre, table, .caption, ${HIDDEN}`;

function langOf(el: Element, fallback: string): string {
  return el.closest('[lang]')?.getAttribute('lang') || fallback;
}

function readable(el: HTMLElement, root: Element, blocks: string, skip: string): boolean {
  const skipped = el.closest(skip);
  if (skipped && root.contains(skipped)) return false;
  // The innermost blocks only: a quote made of paragraphs is read paragraph by paragraph.
  return el.querySelector(blocks) === null;
}

/**
 * The title, then the body's blocks in reading order, empty ones left out; with `limit`, only
 * the first that many (the reading language needs two, and a long article has thousands).
 */
export function collectSpeechBlocks(
  title: HTMLElement | null,
  body: HTMLElement | null,
  fallbackLang: string,
  withExtras = false,
  limit = Number.POSITIVE_INFINITY,
): SpeechBlock[] {
  const blocks = withExtras ? `${PROSE}, ${EXTRAS}` : PROSE;
  const skip = withExtras ? HIDDEN : NOT_PROSE;
  const found: SpeechBlock[] = [];
  const add = (el: HTMLElement): boolean => {
    const text = el.textContent ?? '';
    if (text.trim() !== '') found.push({ el, text, lang: langOf(el, fallbackLang) });
    return found.length < limit;
  };
  if (title && !add(title)) return found;
  if (body) {
    for (const el of Array.from(body.querySelectorAll<HTMLElement>(blocks))) if (readable(el, body, blocks, skip) && !add(el)) break;
  }
  return found;
}

/** A DOM Range over characters start…end of the element's text, for highlighting what is read. */
export function rangeForText(el: HTMLElement, start: number, end: number): Range | null {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!started && start <= offset + length) {
      range.setStart(node, Math.max(0, start - offset));
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, Math.max(0, end - offset));
      return range;
    }
    offset += length;
  }
  return null;
}
