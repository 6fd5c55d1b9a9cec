/** A stretch of a block's text, by offsets, so what is spoken can be highlighted where it stands. */
export interface Chunk {
  start: number;
  end: number;
}

/**
 * Engines cut long utterances short (Chromium's stop after about 15 seconds), so each
 * utterance is one sentence, and a sentence longer than this is split further.
 */
export const MAX_CHUNK_CHARS = 200;

const BREAK_AFTER = /[,;:\u2013\u2014\u3001\u060C\uFF0C\uFF1B)]/;

function sentences(text: string, lang: string): Chunk[] {
  const Segmenter = Intl.Segmenter;
  if (typeof Segmenter === 'function') {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Segmenter(undefined, { granularity: 'sentence' });
    }
    return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  }
  const found: Chunk[] = [];
  const re = /[^.!?。！？]+[.!?。！？]*\s*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

/**
 * Where to cut a too-long piece: into parts of about equal length (not one full part and a
 * stub), at a clause mark near the even cut, else at the nearest space, else anywhere
 * (scripts written without spaces).
 */
function cutPoint(text: string, start: number, end: number, max: number): number {
  const parts = Math.ceil((end - start) / max);
  const even = start + Math.ceil((end - start) / parts);
  const limit = Math.min(end, start + max);
  const reach = Math.floor(max / 3);
  let space = -1;
  for (let d = 0; d <= reach; d++) {
    for (const i of [even + d, even - d]) {
      if (i <= start + 1 || i > limit) continue;
      const before = text[i - 1] ?? '';
      if (BREAK_AFTER.test(before) && /\s/.test(text[i] ?? ' ')) return i;
      if (space === -1 && /\s/.test(before)) space = i;
    }
  }
  return space !== -1 ? space : Math.min(even, limit);
}

function trimmed(text: string, start: number, end: number): Chunk | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/** The block's text as utterance-sized pieces, whitespace trimmed, nothing left out. */
export function splitIntoChunks(text: string, lang: string, max = MAX_CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  for (const sentence of sentences(text, lang)) {
    let piece = trimmed(text, sentence.start, sentence.end);
    while (piece) {
      if (piece.end - piece.start <= max) {
        chunks.push(piece);
        break;
      }
      const cut = cutPoint(text, piece.start, piece.end, max);
      const head = trimmed(text, piece.start, cut);
      if (head) chunks.push(head);
      piece = trimmed(text, cut, piece.end);
    }
  }
  return chunks;
}

/** The word at `index` when the engine gave no length (Firefox): up to the next space or punctuation. */
export function wordEnd(text: string, index: number): number {
  const rest = text.slice(index);
  const match = /^[\p{L}\p{M}\p{N}'’-]+/u.exec(rest);
  return index + (match ? match[0].length : Math.min(1, rest.length));
}
