/**
 * Places in the compact text where a quote may be: its exact occurrences, and its approximate
 * ones (Myers' bit-parallel matching, approx-string-match). The library returns only the
 * matches with the fewest errors, so the quote is also searched with each side of its context
 * attached: the place it was, with a word changed, then still wins over an exact copy elsewhere.
 */
import search from 'approx-string-match';

/** A place in the compact text; `errors` are the quote's edits there. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Quotes longer than this (compact characters) are matched by their head and tail. */
const LONG_QUOTE = 256;
const PART = 128;
/** Edits allowed: a quarter of the pattern, never more than this (Myers' cost grows with them). */
const MAX_ERRORS = 64;
/** Candidates kept, the nearest to the hint: bounds the scoring of a quote found everywhere ("the"). */
const MAX_CANDIDATES = 300;
/** Exact occurrences looked at before the nearest are kept. */
const MAX_OCCURRENCES = 20_000;
/** Compact characters searched approximately: around the hint in a longer text. */
const SEARCH_WINDOW = 600_000;
/** Compact characters on each side of the hint searched once more on their own. */
const NEAR_HINT = 1000;

const errorBudget = (length: number): number => Math.min(MAX_ERRORS, Math.floor(length / 4));

function nearest(candidates: Candidate[], hint: number | null): Candidate[] {
  if (candidates.length <= MAX_CANDIDATES) return candidates;
  const around = hint ?? 0;
  return [...candidates].sort((a, b) => Math.abs(a.start - around) - Math.abs(b.start - around)).slice(0, MAX_CANDIDATES);
}

export function exactCandidates(text: string, exact: string, hint: number | null): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return nearest(found, hint);
}

/** Approximate places of `part`, alone and with the context on either side of it. */
function partCandidates(text: string, part: string, before: string, after: string): Candidate[] {
  const budget = errorBudget(part.length);
  if (budget === 0) return [];
  const found = search(text, part, budget);
  if (before) {
    for (const m of search(text, before + part, errorBudget(before.length + part.length))) {
      // The part is the match's end: of its places inside the match, the last.
      const inside = search(text.slice(m.start, m.end), part, budget);
      const last = inside.reduce<Candidate | null>((a, b) => (a === null || b.end > a.end ? b : a), null);
      if (last) found.push({ start: m.start + last.start, end: m.start + last.end, errors: last.errors });
    }
  }
  if (after) {
    for (const m of search(text, part + after, errorBudget(part.length + after.length))) {
      const inside = search(text.slice(m.start, m.end), part, budget);
      const first = inside.reduce<Candidate | null>((a, b) => (a === null || b.start < a.start ? b : a), null);
      if (first) found.push({ start: m.start + first.start, end: m.start + first.end, errors: first.errors });
    }
  }
  return found;
}

/** Head and tail matches that frame about the quote's length make one candidate. */
function pairs(heads: Candidate[], tails: Candidate[], length: number): Candidate[] {
  const slack = Math.floor(length / 4);
  const out: Candidate[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      const span = tail.end - head.start;
      if (span <= 0 || Math.abs(span - length) > slack) continue;
      out.push({ start: head.start, end: tail.end, errors: head.errors + tail.errors + Math.abs(span - length) });
    }
  }
  return out;
}

type Quote = { exact: string; prefix: string; suffix: string };

/** Candidates in text[from, from + length), in the whole text's offsets. */
function searchRegion(text: string, quote: Quote, hint: number | null, from: number, length: number): Candidate[] {
  const region = from === 0 && length >= text.length ? text : text.slice(from, from + length);
  const { exact, prefix, suffix } = quote;
  const localHint = hint === null ? null : hint - from;
  const local =
    exact.length <= LONG_QUOTE
      ? partCandidates(region, exact, prefix, suffix)
      : pairs(nearest(partCandidates(region, exact.slice(0, PART), prefix, ''), localHint), nearest(partCandidates(region, exact.slice(-PART), '', suffix), localHint), exact.length);
  return local.map((c) => ({ start: c.start + from, end: c.end + from, errors: c.errors }));
}

/** The text with the quote's exact occurrences blotted out: they are candidates already, and would hide every other. */
function masked(text: string, exact: Candidate[]): string {
  if (exact.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const c of [...exact].sort((a, b) => a.start - b.start)) {
    if (c.start < at) continue;
    parts.push(text.slice(at, c.start), '\u0000'.repeat(c.end - c.start));
    at = c.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Approximate places of the quote: in the whole text (up to SEARCH_WINDOW around the hint),
 * and near the hint on its own, where the library's fewest-errors-only answer would otherwise
 * give a near-copy far away and never the place itself with a word changed. With a `radius`,
 * only within it of the hint (the places nearer than a candidate already in hand).
 */
export function fuzzyCandidates(whole: string, quote: Quote, hint: number | null, exact: Candidate[], radius?: number): Candidate[] {
  const text = masked(whole, exact);
  const found: Candidate[] = [];
  if (radius === undefined) {
    let from = 0;
    if (text.length > SEARCH_WINDOW) from = Math.max(0, Math.min(text.length - SEARCH_WINDOW, (hint ?? 0) - SEARCH_WINDOW / 2));
    found.push(...searchRegion(text, quote, hint, from, SEARCH_WINDOW));
  }
  if (hint !== null) {
    const reach = Math.min(radius ?? NEAR_HINT, SEARCH_WINDOW / 2) + quote.exact.length + quote.prefix.length + quote.suffix.length;
    const nearFrom = Math.max(0, hint - reach);
    found.push(...searchRegion(text, quote, hint, nearFrom, hint + reach - nearFrom));
  }
  const seen = new Set<string>();
  const unique: Candidate[] = [];
  for (const c of found) {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(c);
  }
  return nearest(unique, hint);
}
