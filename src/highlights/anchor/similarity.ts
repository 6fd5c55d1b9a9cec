/**
 * How much a candidate place agrees with what was stored, in characters of evidence. Two
 * unrelated stretches of prose are still about half alike by edit distance, so only the part
 * of a similarity above one half counts: unrelated context adds nothing, intact context its
 * whole length, context with a word changed somewhat less.
 */

/** Similarity below this is what unrelated prose scores. */
const NOISE = 0.5;

/** Characters of evidence from `length` characters compared with `errors` edits. */
export function evidence(length: number, errors: number): number {
  if (length === 0) return 0;
  const similarity = 1 - errors / length;
  return length * Math.max(0, Math.min(1, (similarity - NOISE) / (1 - NOISE)));
}

/**
 * Edits between `context` and the text that touches `boundary` on one side of it, the context's
 * end against the boundary when it comes before, its start when after: the context must be
 * adjacent to the quote, not merely somewhere near it.
 */
export function contextErrors(text: string, boundary: number, context: string, side: 'before' | 'after'): number {
  const m = context.length;
  const slack = Math.ceil(m / 4) + 2;
  const w = side === 'before' ? Math.min(boundary, m + slack) : Math.min(text.length - boundary, m + slack);
  // Both strings are read outward from the boundary.
  const contextAt = side === 'before' ? (i: number) => context.charCodeAt(m - 1 - i) : (i: number) => context.charCodeAt(i);
  const textAt = side === 'before' ? (j: number) => text.charCodeAt(boundary - 1 - j) : (j: number) => text.charCodeAt(boundary + j);
  let prev = new Int32Array(w + 1);
  let cur = new Int32Array(w + 1);
  for (let j = 0; j <= w; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const c = contextAt(i - 1);
    for (let j = 1; j <= w; j++) {
      const substitute = (prev[j - 1] ?? 0) + (textAt(j - 1) === c ? 0 : 1);
      cur[j] = Math.min(substitute, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1);
    }
    [prev, cur] = [cur, prev];
  }
  // Whatever text lies beyond the context's far end does not count against it.
  let best = m;
  for (let j = 0; j <= w; j++) best = Math.min(best, prev[j] ?? m);
  return best;
}
