/**
 * The article's blocks as the reader removes them: the extraction numbers each top-level block
 * of the body (`data-lr-block`, its index in the article's `blocks`); a body without the numbers
 * (an older extraction, plain text, the options page's preview) is cut at its wrappers' children.
 */

export const BLOCK_ATTR = 'data-lr-block';
/** Put on a block the reader took out of this view (with `hidden`), so undo finds it. */
export const GONE_ATTR = 'data-lr-gone';
/** What "See what was removed" puts into the body; never a block of the article. */
export const SHOWN_REMOVED_CLASS = 'lr-removed';

export type BlockKind = 'paragraph' | 'heading' | 'figure' | 'list' | 'quote' | 'table' | 'block';

const WRAPPERS = new Set(['div', 'section', 'article', 'main']);
const BLOCKISH = 'p, h1, h2, h3, h4, h5, h6, figure, ul, ol, dl, blockquote, pre, table, div, section, article, hr';

function wrapsBlocks(el: Element): boolean {
  if (!WRAPPERS.has(el.localName) && !el.classList.contains('lr-part')) return false;
  for (const child of Array.from(el.children)) if (child.matches(BLOCKISH)) return true;
  return false;
}

function collect(parent: Element, out: HTMLElement[]): void {
  for (const child of Array.from(parent.children)) {
    if (!(child instanceof HTMLElement) || child.classList.contains(SHOWN_REMOVED_CLASS)) continue;
    if (wrapsBlocks(child)) collect(child, out);
    else if (!child.matches('br, script, style, template')) out.push(child);
  }
}

/** The body's blocks in reading order, those removed from this view included. */
export function articleBlocks(body: HTMLElement): HTMLElement[] {
  const numbered = Array.from(body.querySelectorAll<HTMLElement>(`[${BLOCK_ATTR}]`)).filter((el) => el.closest(`.${SHOWN_REMOVED_CLASS}`) === null);
  if (numbered.length > 0) return numbered;
  const out: HTMLElement[] = [];
  collect(body, out);
  return out;
}

export const isGone = (block: Element): boolean => block.hasAttribute(GONE_ATTR);

/** The block of `body` that `node` is in, or null. */
export function blockOf(body: HTMLElement, node: Node | null): HTMLElement | null {
  const el = node instanceof Element ? node : (node?.parentElement ?? null);
  if (!el || !body.contains(el) || el === body) return null;
  const numbered = el.closest<HTMLElement>(`[${BLOCK_ATTR}]`);
  if (numbered && body.contains(numbered) && numbered.closest(`.${SHOWN_REMOVED_CLASS}`) === null) return numbered;
  if (el.closest(`.${SHOWN_REMOVED_CLASS}`)) return null;
  const blocks = articleBlocks(body);
  for (let at: Element | null = el; at && at !== body; at = at.parentElement) if (blocks.includes(at as HTMLElement)) return at as HTMLElement;
  return null;
}

const headingLevel = (el: Element): number => {
  const m = /^h([1-6])$/.exec(el.localName);
  return m ? Number(m[1]) : 0;
};

export const blockKind = (el: Element): BlockKind => kindOfTag(el.localName);

/** What a person calls a block of this element (a site rule names its element). */
export function kindOfTag(name: string): BlockKind {
  if (/^h[1-6]$/.test(name)) return 'heading';
  if (name === 'p') return 'paragraph';
  if (name === 'figure' || name === 'img' || name === 'picture' || name === 'video') return 'figure';
  if (name === 'ul' || name === 'ol' || name === 'dl') return 'list';
  if (name === 'blockquote') return 'quote';
  if (name === 'table') return 'table';
  return 'block';
}

/** A heading goes with its section (up to the next heading of its level or above); any other block alone. */
export function withSection(blocks: readonly HTMLElement[], block: HTMLElement): HTMLElement[] {
  const level = headingLevel(block);
  const at = blocks.indexOf(block);
  if (!level || at < 0) return [block];
  const out = [block];
  for (const next of blocks.slice(at + 1)) {
    const l = headingLevel(next);
    if (l && l <= level) break;
    out.push(next);
  }
  return out;
}

/** The extraction's number of a block (its index in the article's `blocks`), or null. */
export function blockIndex(block: Element): number | null {
  const raw = block.getAttribute(BLOCK_ATTR);
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}
