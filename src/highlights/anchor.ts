/**
 * Finding a stored highlight again in the article's text (W3C Web Annotation selectors: the
 * quote with its context, and the position as a hint). The page, or our extraction, may have
 * changed since: a paragraph more or less, a word changed, other whitespace. Exact matches come
 * first; approximate ones only when needed, within an error budget; every candidate is weighed by
 * how much of the quote and its context it agrees with, and one that agrees too little is no
 * answer: a highlight not found is better than one on the wrong words.
 */
import { type Candidate, exactCandidates, fuzzyCandidates } from './anchor/candidates';
import { type CompactText, compactCached, compactOffsetOf, squeeze } from './anchor/compact';
import { contextErrors, evidence } from './anchor/similarity';
import type { Anchored, TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept on each side of a highlight's exact text. */
export const QUOTE_CONTEXT = 32;

/**
 * Characters of evidence (quote and context, whitespace aside) a place needs: about one side
 * of intact context, so a short quote ("the") is found only where its surroundings are.
 */
const MIN_EVIDENCE = 28;
/** A quote that was at the text's very start or end finds that edge again: worth this much. */
const EDGE_EVIDENCE = 12;
/**
 * Being near where the quote was is worth up to this much evidence, fading over NEAR compact
 * characters: a passage repeated word for word elsewhere (a meal plan's days, a recap) loses to
 * the place the highlight was, even with a word changed there. A far place needs more evidence.
 */
const POSITION_WEIGHT = 32;
/** Compact characters of drift (paragraphs added or dropped before) that still count as near where it was. */
const NEAR = 1000;
/** Compact characters from where it was within which an intact quote is taken without a look around. */
const SETTLED = 8;

/**
 * Compact characters at each end of the quote that must match exactly where the context on that
 * side does not hold: else the words at that end may be other words that happen to be alike.
 */
const EDGE = 6;

/** The selectors that describe text[start, end) of an article's text. */
export function describeText(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** The quote, unchanged with its context, where the position says. */
function atHint(text: string, quote: TextQuoteSelector, position: TextPositionSelector): boolean {
  const { start, end } = position;
  if (start < 0 || end > text.length || text.slice(start, end) !== quote.exact) return false;
  return text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix && text.slice(end, end + quote.suffix.length) === quote.suffix;
}

function intactAt(text: string, quote: Quote, c: Candidate): boolean {
  return text.slice(Math.max(0, c.start - quote.prefix.length), c.start) === quote.prefix && text.slice(c.end, c.end + quote.suffix.length) === quote.suffix;
}

/**
 * Characters of evidence that the quote is at c; none when one of its ends is not sure: neither
 * the quote's first (last) characters are there exactly nor the context before (after) it holds
 * (a highlight split by a paragraph inserted inside it would otherwise spill into other words).
 */
function evidenceAt(text: string, quote: Quote, c: Candidate): number {
  const before = quote.prefix ? evidence(quote.prefix.length, contextErrors(text, c.start, quote.prefix, 'before')) : c.start === 0 ? EDGE_EVIDENCE : 0;
  const after = quote.suffix ? evidence(quote.suffix.length, contextErrors(text, c.end, quote.suffix, 'after')) : c.end === text.length ? EDGE_EVIDENCE : 0;
  if (c.errors > 0) {
    const head = quote.exact.slice(0, EDGE);
    const tail = quote.exact.slice(-EDGE);
    const startHolds = text.startsWith(head, c.start) || text.slice(c.start - EDGE, c.start) === quote.prefix.slice(-EDGE) || before >= quote.prefix.length / 2;
    const endHolds = text.slice(c.end - tail.length, c.end) === tail || text.startsWith(quote.suffix.slice(0, EDGE), c.end) || after >= quote.suffix.length / 2;
    if (!startHolds || !endHolds) return 0;
  }
  return evidence(quote.exact.length, c.errors) + before + after;
}

/** At a start ('before') or end ('after'): the quote's first (last) characters are there, or the context's adjacent ones. */
function edgeHolds(text: string, quote: Quote, at: number, side: 'before' | 'after'): boolean {
  if (side === 'before') {
    const context = quote.prefix.slice(-EDGE);
    return text.startsWith(quote.exact.slice(0, EDGE), at) || (context.length > 0 && text.slice(Math.max(0, at - context.length), at) === context) || (quote.prefix === '' && at === 0);
  }
  const context = quote.suffix.slice(0, EDGE);
  return text.slice(Math.max(0, at - EDGE), at) === quote.exact.slice(-EDGE) || (context.length > 0 && text.startsWith(context, at)) || (quote.suffix === '' && at === text.length);
}

/** The quote with its context intact on at least one side. */
function halfIntact(text: string, quote: Quote, c: Candidate): boolean {
  const before = quote.prefix.length > 0 && text.slice(Math.max(0, c.start - quote.prefix.length), c.start) === quote.prefix;
  const after = quote.suffix.length > 0 && text.slice(c.end, c.end + quote.suffix.length) === quote.suffix;
  return before || after;
}

function closeness(c: Candidate, hint: number | null, length: number): number {
  if (hint === null) return 0;
  const distance = Math.abs(c.start - hint);
  // The second term orders even far places, so that of two copies the nearer wins.
  return POSITION_WEIGHT * Math.exp(-distance / NEAR) + 1 - Math.min(1, distance / Math.max(1, length));
}

const isNear = (c: Candidate, hint: number | null): boolean => hint === null || Math.abs(c.start - hint) <= NEAR;

function nearestTo(candidates: Candidate[], hint: number | null): Candidate | undefined {
  const around = hint ?? 0;
  return candidates.reduce<Candidate | undefined>((a, b) => (a === undefined || Math.abs(b.start - around) < Math.abs(a.start - around) ? b : a), undefined);
}

/** How far an approximate match's ends may move to fit the quote's ends and its context (a word changed at an end may be much longer). */
const FIT = 10;
/** Compact characters of the quote's ends compared when fitting them. */
const FIT_CHARS = 32;

/**
 * An approximate match's ends where the quote's ends and its context fit best. Edit distance
 * often has several equally cheap alignments ("still" → "final": also "s" + "final" of the word
 * before), and the library reports one; the context tells which one the highlight meant.
 */
function fitEnds(compacted: CompactText, quote: Quote, raw: { text: string; prefix: string; suffix: string }, c: Candidate): Candidate {
  const text = compacted.chars;
  const head = quote.exact.slice(0, FIT_CHARS);
  const tail = quote.exact.slice(-FIT_CHARS);
  // Where the quote began (ended) at a word's edge, an end at a word's edge is preferred among equals.
  const wordEdge = { before: /\s$/.test(raw.prefix) || raw.prefix === '', after: /^\s/.test(raw.suffix) || raw.suffix === '' };
  const atEdge = (at: number, side: 'before' | 'after'): boolean => {
    const offset = side === 'before' ? (compacted.offsets[at] ?? raw.text.length) - 1 : (compacted.offsets[at - 1] ?? -1) + 1;
    return offset < 0 || offset >= raw.text.length || /\s/.test(raw.text[offset] ?? '');
  };
  const misfit = (at: number, inside: string, side: 'before' | 'after', context: string): number =>
    contextErrors(text, at, inside, side === 'before' ? 'after' : 'before') +
    (context ? contextErrors(text, at, context, side) : 0) +
    (wordEdge[side] && !atEdge(at, side) ? 0.5 : 0) +
    (edgeHolds(text, quote, at, side) ? 0 : 2);
  const best = (from: number, side: 'before' | 'after', inside: string, context: string, lo: number, hi: number): number => {
    let chosen = from;
    let cost = misfit(from, inside, side, context);
    for (let d = 1; d <= FIT; d++) {
      for (const at of [from - d, from + d]) {
        if (at < lo || at > hi) continue;
        const here = misfit(at, inside, side, context);
        if (here < cost) [chosen, cost] = [at, here];
      }
    }
    return chosen;
  };
  const start = best(c.start, 'before', head, quote.prefix, 0, c.end - 1);
  const end = best(c.end, 'after', tail, quote.suffix, start + 1, text.length);
  return { start, end, errors: c.errors };
}

/** A compact place as offsets in the text, with the whitespace the exact text began or ended with. */
function toText(text: string, compacted: CompactText, c: Candidate, exact: string): Anchored {
  let start = compacted.offsets[c.start] ?? 0;
  let end = (compacted.offsets[c.end - 1] ?? start) + 1;
  const leading = exact.length - exact.trimStart().length;
  for (let n = 0; n < leading && start > 0 && /\s/.test(text[start - 1] ?? ''); n++) start -= 1;
  const trailing = exact.length - exact.trimEnd().length;
  for (let n = 0; n < trailing && end < text.length && /\s/.test(text[end] ?? ''); n++) end += 1;
  return { found: true, start, end };
}

/**
 * Where the quote is in `text`, or not found. Intact (the quote with its context, exactly) near
 * where it was is taken at once; otherwise exact and approximate places with enough evidence
 * are weighed by it and by their distance from where the quote was.
 */
export function anchorText(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchored {
  if (quote.exact.length === 0) return { found: false };
  if (position && atHint(text, quote, position)) return { found: true, start: position.start, end: position.end };
  const compacted = compactCached(text);
  const chars = compacted.chars;
  const q: Quote = { exact: squeeze(quote.exact), prefix: squeeze(quote.prefix), suffix: squeeze(quote.suffix) };
  if (q.exact.length === 0) return { found: false };
  const hint = position ? compactOffsetOf(compacted, position.start) : null;

  const exact = exactCandidates(chars, q.exact, hint);
  const weigh = (candidates: Candidate[]) => {
    let best: { c: Candidate; rank: number } | null = null;
    for (const c of candidates) {
      const e = evidenceAt(chars, q, c);
      if (e < MIN_EVIDENCE) continue;
      const rank = e + closeness(c, hint, chars.length);
      if (best === null || rank > best.rank) best = { c, rank };
    }
    return best;
  };

  // The quote with its context intact, where it was or moved by paragraphs added or dropped
  // before it: only a place nearer to where it was, with a word changed, could be the one meant
  // rather than this copy.
  const intact = nearestTo(
    exact.filter((c) => intactAt(chars, q, c)),
    hint,
  );
  if (intact) {
    const drift = hint === null ? 0 : Math.abs(intact.start - hint);
    if (drift <= SETTLED) return toText(text, compacted, intact, quote.exact);
    const chosen = weigh([intact, ...fuzzyCandidates(chars, q, hint, exact, drift)]) ?? { c: intact };
    if (chosen.c.errors === 0) return toText(text, compacted, chosen.c, quote.exact);
    const fitted = fitEnds(compacted, q, { text, prefix: quote.prefix, suffix: quote.suffix }, chosen.c);
    const holds = edgeHolds(chars, q, fitted.start, 'before') && edgeHolds(chars, q, fitted.end, 'after');
    return toText(text, compacted, holds ? fitted : intact, quote.exact);
  }

  // The exact words near where they were, with one side of their context intact (a paragraph
  // added or dropped beside them), are sure enough: approximate places could only tie with them.
  const exactBest = weigh(exact);
  if (exactBest && isNear(exactBest.c, hint) && halfIntact(chars, q, exactBest.c)) return toText(text, compacted, exactBest.c, quote.exact);
  const best = weigh([...exact, ...fuzzyCandidates(chars, q, hint, exact)]);
  if (best === null) return { found: false };
  if (best.c.errors > 0) {
    const fitted = fitEnds(compacted, q, { text, prefix: quote.prefix, suffix: quote.suffix }, best.c);
    // Ends that neither the quote's own first (last) characters nor the context beside them confirm
    // would cut into other words: no answer rather than that.
    if (!edgeHolds(chars, q, fitted.start, 'before') || !edgeHolds(chars, q, fitted.end, 'after')) return { found: false };
    return toText(text, compacted, fitted, quote.exact);
  }
  return toText(text, compacted, best.c, quote.exact);
}
