import type { Anchored, TextPositionSelector, TextQuoteSelector } from './types';

/** Characters of context kept on each side of a highlight's exact text. */
export const QUOTE_CONTEXT = 32;

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

/** Length of the common run at the end of a and the start of b's mirror: how well a context fits. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/**
 * Where the quote is in `text`: among the places its exact words occur, the one whose context
 * fits best, then the nearest to where it was. Not found when the exact words are not there.
 */
export function anchorText(text: string, quote: TextQuoteSelector, position?: TextPositionSelector): Anchored {
  const { exact } = quote;
  if (exact.length === 0) return { found: false };
  let best: { start: number; score: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const context = commonSuffix(text.slice(Math.max(0, at - quote.prefix.length), at), quote.prefix) + commonPrefix(text.slice(at + exact.length, at + exact.length + quote.suffix.length), quote.suffix);
    const distance = position ? Math.abs(at - position.start) / Math.max(1, text.length) : 0;
    const score = context - distance;
    if (best === null || score > best.score) best = { start: at, score };
  }
  return best === null ? { found: false } : { found: true, start: best.start, end: best.start + exact.length };
}
