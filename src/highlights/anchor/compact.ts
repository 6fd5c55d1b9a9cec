/**
 * The article's text without its whitespace. Extracted HTML's `textContent` differs in
 * whitespace from one extraction to the next (a newline between blocks or none, a run of
 * spaces or one), so quotes are matched over the text's other characters only, and the
 * places found are mapped back to offsets in the text itself.
 */

/** The characters JavaScript's `\s` matches (NBSP included: articles are full of them). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export interface CompactText {
  /** the text without whitespace */
  chars: string;
  /** for each of `chars`, its offset in the text */
  offsets: Int32Array;
}

function compact(text: string): CompactText {
  const offsets = new Int32Array(text.length);
  const kept: string[] = [];
  let n = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) {
      offsets[n++] = i;
      continue;
    }
    // Slices between spaces, not one string per character: a 1 MB article stays fast.
    if (runStart < i) kept.push(text.slice(runStart, i));
    runStart = i + 1;
  }
  if (runStart < text.length) kept.push(text.slice(runStart));
  return { chars: kept.join(''), offsets: offsets.subarray(0, n) };
}

/** A quote's parts without whitespace, as the text is compared. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The compact offset of a text offset: how many of the text's other characters come before it. */
export function compactOffsetOf(text: CompactText, offset: number): number {
  let lo = 0;
  let hi = text.offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((text.offsets[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

let last: { text: string; compacted: CompactText } | null = null;

/** The reader anchors all of an article's highlights in one text: it is compacted once. */
export function compactCached(text: string): CompactText {
  if (last?.text !== text) last = { text, compacted: compact(text) };
  return last.compacted;
}
