import type { Line } from './lines';

export type BandSize = 1 | 3 | 5;

/** The band's first line, kept so that it shows `size` lines wherever there are that many. */
export function clampStart(start: number, lineCount: number, size: number): number {
  return Math.max(0, Math.min(start, lineCount - size));
}

/** The band over lines start…start+size-1: its top and bottom in content coordinates, or null with no lines. */
export function bandBox(lines: readonly Line[], start: number, size: number): { top: number; bottom: number } | null {
  if (lines.length === 0) return null;
  const first = clampStart(start, lines.length, size);
  const last = Math.min(lines.length, first + size) - 1;
  return { top: (lines[first] as Line).top, bottom: (lines[last] as Line).bottom };
}

/** Centred on one line (a click, a word being read). */
export function startAround(line: number, size: number): number {
  return line - Math.floor((size - 1) / 2);
}

/**
 * Where the band goes for the sentence being read (lines first…last), the word being spoken (when the voice says
 * which) on line `word`. A sentence that fits stays where it is if the band already holds it, else is centred; a
 * longer one is followed word by word, the band moving on only when the word leaves it, so the eye is not made to
 * jump at every word.
 */
export function startForSpoken(current: number, size: number, first: number, last: number, word: number | null): number {
  const span = last - first + 1;
  const holds = (from: number, to: number): boolean => from >= current && to <= current + size - 1;
  if (span <= size) return holds(first, last) ? current : first - Math.floor((size - span) / 2);
  const at = word ?? first;
  if (holds(at, at)) return current;
  return Math.max(first, Math.min(at, last - size + 1));
}
