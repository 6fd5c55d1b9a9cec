/**
 * Reading speed depends on the script: CJK text has no spaces and is read per
 * character, everything else per word.
 */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;

const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

interface TextStats {
  words: number;
  cjkChars: number;
}

function countText(text: string): TextStats {
  const cjkChars = text.match(CJK_CHAR)?.length ?? 0;
  const words = text.replace(CJK_CHAR, ' ').match(WORD)?.length ?? 0;
  return { words, cjkChars };
}

/** Word count with each CJK character counted as a word (how CJK editors count). */
export function wordCount(text: string): number {
  const { words, cjkChars } = countText(text);
  return words + cjkChars;
}

export function readingTimeMinutes(text: string): number {
  const { words, cjkChars } = countText(text);
  const minutes = words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
