/**
 * One page of the anchoring bench: extract it, make 5 highlights at random words, edit the page
 * (anchorEdits.ts), extract again and anchor each highlight in the new text. A highlight is
 * re-anchored on the same place when the words found are the ones expected and they start in
 * the same block (traced by its key) at the same offset in it.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/extract/index';
import { anchorText, describeText } from '../../src/highlights/anchor';
import type { TextPositionSelector, TextQuoteSelector } from '../../src/highlights/types';
import { BLOCK_TAGS, type BlockText, blockText, type Place, placeAt, type Segment, segmentAt } from './anchorBlocks';
import { applyEdits, type PageEdits, paragraphUnit, plausibleProse, type WordChange } from './anchorEdits';
import type { CorpusPage } from './corpora';
import { seededRandom } from './random';

type Outcome = 'same' | 'missing' | 'wrong';

export interface AnchorCase {
  /** 'edits': paragraph inserted and removed, a word changed away from highlights; 'context': a word changed in or beside this highlight too */
  variant: 'edits' | 'context';
  outcome: Outcome;
  ms: number;
  exact: string;
  /** what was found, when not the same place */
  got?: string;
  /** the highlight's paragraph is not in the new extraction */
  gone?: boolean;
  /** where it was expected and where it was found (block key's start, which block, offset) */
  detail?: string;
}

export interface PageResult {
  id: string;
  skipped?: string;
  cases: AnchorCase[];
  applied?: { inserted: boolean; removed: boolean; changed: boolean; context: boolean | null };
  /** the edits made to the page (for looking into a page's misses) */
  edits?: PageEdits;
}

const HIGHLIGHTS = 5;
const MIN_WORDS = 60;
const WORD = /^\p{L}{4,}$/u;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The article's body text as the reader holds it, after `edit` (if any) was made to the page. */
function extracted(page: CorpusPage, html: string, edit?: (doc: Document) => void): BlockText | null {
  const dom = new JSDOM(html, { url: page.url, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    edit?.(doc);
    const article = extractArticle(doc, { url: page.url });
    if (!article) return null;
    const body = doc.createElement('div');
    body.innerHTML = article.contentHtml;
    return blockText(body);
  } finally {
    dom.window.close();
  }
}

/**
 * Blocks that are not the story's own run of paragraphs, though they may hold paragraphs: a
 * quote or an embedded post, a figure and its caption, a list, a header (the headline, a
 * standfirst, a fact-check's claim), a box beside the story. Not a table or a form: old pages and
 * ASP.NET pages hold the whole page in one.
 */
const OUTSIDE_RUN = new Set(['BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'LI', 'DL', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'ADDRESS', 'DETAILS']);
/** A <div> is a paragraph (on sites that write paragraphs as divs) from this length, as stats.ts counts one. */
const DIV_PARAGRAPH = 80;

interface PageBlocks {
  /** key → how many blocks of the page have it */
  counts: Map<string, number>;
  /**
   * Keys of the story's run of paragraphs, where a site edits its story: a <p> (or a <div> of
   * prose) with no block inside, in the extracted article, in none of OUTSIDE_RUN, whose
   * paragraph unit (anchorEdits.ts) has a sibling that is another such paragraph of the same
   * tag: removing it leaves its container a paragraph, and one inserted before it lands among
   * the story's own.
   */
  run: Set<string>;
}

function pageBlocks(page: CorpusPage, html: string, story: BlockText): PageBlocks {
  const dom = new JSDOM(html, { url: page.url, virtualConsole: new VirtualConsole() });
  try {
    const t = blockText(dom.window.document.body);
    const counts = new Map<string, number>();
    for (const [key, blocks] of t.byKey) counts.set(key, blocks.length);
    const groups = new Map<Element, { tag: string; key: string }[]>();
    for (const [key, blocks] of t.byKey) {
      const p = blocks[0];
      if (blocks.length !== 1 || !p || !story.byKey.has(key)) continue;
      if (p.tagName !== 'P' && !(p.tagName === 'DIV' && (p.textContent ?? '').trim().length >= DIV_PARAGRAPH)) continue;
      if (Array.from(p.querySelectorAll('*')).some((el) => BLOCK_TAGS.has(el.tagName))) continue;
      let outside = false;
      for (let el = p.parentElement; el && !outside; el = el.parentElement) outside = OUTSIDE_RUN.has(el.tagName);
      const container = paragraphUnit(p).parentElement;
      if (outside || !container) continue;
      groups.set(container, [...(groups.get(container) ?? []), { tag: p.tagName, key }]);
    }
    const run = new Set<string>();
    for (const members of groups.values()) {
      for (const m of members) if (members.some((o) => o !== m && o.tag === m.tag)) run.add(m.key);
    }
    return { counts, run };
  } finally {
    dom.window.close();
  }
}

interface Made {
  start: number;
  end: number;
  sqStart: number;
  sqEnd: number;
  place: Place;
  last: Place;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** the blocks it covers */
  blocks: Set<Element>;
}

function words(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/\S+/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function makeHighlights(t: BlockText, rand: () => number): Made[] {
  const ws = words(t.text);
  const made: Made[] = [];
  for (let k = 0; k < HIGHLIGHTS; k++) {
    let n = 1 + Math.floor(rand() * 30);
    let first: number;
    if (k === 0) {
      // Across a paragraph boundary: from a few words before a block's last word.
      n = Math.max(n, 4);
      const boundaries = ws.map((_, i) => i).filter((i) => i + 1 < ws.length && segmentAt(t, t.sqOf[ws[i]!.start]!)?.block !== segmentAt(t, t.sqOf[ws[i + 1]!.start]!)?.block);
      const last = boundaries[Math.floor(rand() * boundaries.length)] ?? 0;
      first = Math.max(0, last - Math.floor(rand() * (n - 1)));
    } else {
      first = Math.floor(rand() * Math.max(1, ws.length - n));
    }
    const lastWord = ws[Math.min(ws.length - 1, first + n - 1)]!;
    const start = ws[first]!.start;
    const end = lastWord.end;
    const sqStart = t.sqOf[start]!;
    const sqEnd = t.sqOf[end]!;
    const place = placeAt(t, sqStart);
    const last = placeAt(t, sqEnd - 1);
    if (!place || !last) continue;
    const blocks = new Set<Element>();
    for (const s of t.segments) if (s.sqStart < sqEnd && s.sqEnd > sqStart) blocks.add(s.block);
    made.push({ start, end, sqStart, sqEnd, place, last, blocks, ...describeText(t.text, start, end) });
  }
  return made;
}

/** A block the edits can find in the page: a plain paragraph whose text is there once, and once in the body. */
function traceable(t: BlockText, keys: Map<string, number>, s: Segment): boolean {
  return s.parts === 1 && s.key.length >= 20 && t.byKey.get(s.key)?.length === 1 && keys.get(s.key) === 1;
}

const pick = <T>(items: T[], rand: () => number): T | undefined => items[Math.floor(rand() * items.length)];

/** A letters-only word of a traceable block, as a change to it. */
function wordChange(t: BlockText, seg: Segment, at: { start: number; end: number }, replacements: string[], rand: () => number): WordChange | null {
  const from = t.text.slice(at.start, at.end);
  const to = pick(
    replacements.filter((w) => w.toLowerCase() !== from.toLowerCase()),
    rand,
  );
  if (!to) return null;
  return { key: seg.key, offset: seg.inBlock + t.sqOf[at.start]! - seg.sqStart, from, to };
}

interface Expected {
  /** the words, whitespace-free */
  exact: string;
  /** where the first and the last of them are */
  first: Place;
  last: Place;
}

const samePlace = (a: Place | null, b: Place): boolean => a !== null && a.key === b.key && a.ordinal === b.ordinal && a.offset === b.offset;

/**
 * Same place: the first and the last character found are the ones expected (same block, same
 * offset in it), and the words between are the expected ones, unless the new extraction does
 * not have those words anywhere (it changed text inside the highlight by itself).
 */
function outcome(t: BlockText, quote: Made, expected: Expected): Omit<AnchorCase, 'variant'> {
  const began = performance.now();
  const found = anchorText(t.text, quote.quote, quote.position);
  const ms = performance.now() - began;
  const gone = !t.byKey.has(expected.first.key) || !t.byKey.has(expected.last.key);
  const base = { ms, exact: quote.quote.exact, ...(gone ? { gone } : {}) };
  if (!found.found) return { ...base, outcome: 'missing' };
  const s = t.sqOf[found.start]!;
  const e = t.sqOf[found.end]!;
  const got = t.squeezed.slice(s, e);
  const first = placeAt(t, s);
  const last = placeAt(t, e - 1);
  const words = got === expected.exact || !t.squeezed.includes(expected.exact);
  if (words && samePlace(first, expected.first) && samePlace(last, expected.last)) return { ...base, outcome: 'same' };
  const where = (p: Place | null): string => (p ? `${p.key.slice(0, 24)}#${p.ordinal}@${p.offset}` : 'nowhere');
  return {
    ...base,
    outcome: 'wrong',
    got: t.text.slice(found.start, found.end),
    detail: `expected ${where(expected.first)}…${where(expected.last)}, found ${where(first)}…${where(last)}${got === expected.exact ? '' : ', other words'}`,
  };
}

/** jsdom's garbage, collected before anchors are timed (the worker runs with --expose-gc), so they are not billed for it. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function runPage(page: CorpusPage, seed: number): PageResult {
  const html = page.html();
  const base = extracted(page, html);
  if (!base || words(base.text).length < MIN_WORDS) return { id: page.id, skipped: base ? 'short' : 'no article', cases: [] };
  const rand = seededRandom(seed ^ hash(page.id));
  const highlights = makeHighlights(base, rand);
  const { counts: keys, run } = pageBlocks(page, html, base);
  const highlighted = new Set<Element>();
  for (const h of highlights) for (const b of h.blocks) highlighted.add(b);
  const segs = base.segments.filter((s) => traceable(base, keys, s));
  const free = segs.filter((s) => !highlighted.has(s.block));
  const replacements = words(base.text)
    .map((w) => base.text.slice(w.start, w.end))
    .filter((w) => WORD.test(w));

  const edits: PageEdits = { words: [] };
  // The paragraph edits are made in the story's own run of paragraphs, as a site edits its story
  // (pageBlocks): before a paragraph a highlight starts in, and that no highlight runs into from before it.
  const insertAt = highlights
    .map((h) => segmentAt(base, h.sqStart))
    .find((s) => s && traceable(base, keys, s) && run.has(s.key) && !highlights.some((h) => h.sqStart < s.sqStart && h.sqEnd > s.sqStart));
  if (insertAt) edits.insertBefore = { key: insertAt.key, prose: plausibleProse(rand) };
  const removed = pick(
    free.filter((s) => run.has(s.key)),
    rand,
  );
  if (removed) edits.remove = removed.key;
  const wordsIn = (seg: Segment, from = 0, to = Number.POSITIVE_INFINITY) =>
    words(base.text).filter((w) => w.end > from && w.start < to && base.sqOf[w.start]! >= seg.sqStart && base.sqOf[w.end]! <= seg.sqEnd && WORD.test(base.text.slice(w.start, w.end)));
  const changedSeg = pick(
    free.filter((s) => s !== removed && wordsIn(s).length > 0),
    rand,
  );
  const change = changedSeg ? wordChange(base, changedSeg, pick(wordsIn(changedSeg), rand)!, replacements, rand) : null;
  if (change) edits.words.push(change);

  const cases: AnchorCase[] = [];
  let result = { inserted: false, removed: false, changed: [] as boolean[] };
  const after = extracted(page, html, (doc) => {
    result = applyEdits(doc, edits);
  });
  collectGarbage();
  for (const h of highlights) {
    if (!after) cases.push({ variant: 'edits', outcome: 'missing', ms: 0, exact: h.quote.exact, gone: true });
    else cases.push({ variant: 'edits', ...outcome(after, h, { exact: base.squeezed.slice(h.sqStart, h.sqEnd), first: h.place, last: h.last }) });
  }

  // The same edits, and a word changed inside or beside one highlight.
  const target = pick(highlights, rand);
  let context: boolean | null = null;
  if (target) {
    const near = segs
      .filter((s) => s !== removed && s !== changedSeg)
      .flatMap((s) => wordsIn(s, target.start - 32, target.end + 32).map((w) => ({ s, w })));
    const chosen = pick(near, rand);
    const ctx = chosen ? wordChange(base, chosen.s, chosen.w, replacements, rand) : null;
    if (chosen && ctx) {
      let changedHere = false;
      const afterCtx = extracted(page, html, (doc) => {
        changedHere = applyEdits(doc, { ...edits, words: [...edits.words, ctx] }).changed[edits.words.length] ?? false;
      });
      collectGarbage();
      context = changedHere;
      const ws = base.sqOf[chosen.w.start]!;
      const delta = ctx.to.length - ctx.from.length;
      // What the highlight should be once the word changed: its text, and its start in its block.
      const oldExact = base.squeezed.slice(target.sqStart, target.sqEnd);
      const inside = ws >= target.sqStart && ws < target.sqEnd;
      const newKey = chosen.s.key.slice(0, ctx.offset) + ctx.to + chosen.s.key.slice(ctx.offset + ctx.from.length);
      const applied = changedHere && afterCtx?.byKey.has(newKey) === true;
      const exact = applied && inside ? oldExact.slice(0, ws - target.sqStart) + ctx.to + oldExact.slice(ws - target.sqStart + ctx.from.length) : oldExact;
      // A place in the changed block moves by the word's change in length when the word is before it.
      const moved = (p: Place, sq: number): Place => (applied && chosen.s.key === p.key ? { key: newKey, ordinal: 0, offset: p.offset + (ws < sq ? delta : 0) } : p);
      const expected = { exact, first: moved(target.place, target.sqStart), last: moved(target.last, target.sqEnd - 1) };
      if (!afterCtx) cases.push({ variant: 'context', outcome: 'missing', ms: 0, exact: target.quote.exact, gone: true });
      else cases.push({ variant: 'context', ...outcome(afterCtx, target, expected) });
    }
  }
  return {
    id: page.id,
    cases,
    edits,
    applied: { inserted: result.inserted, removed: result.removed, changed: result.changed[0] ?? false, context },
  };
}
