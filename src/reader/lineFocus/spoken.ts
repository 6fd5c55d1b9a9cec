import type { Highlight } from '../speech/readAloud';
import { rangeForText } from '../speech/blocks';
import { splitIntoChunks } from '../speech/chunks';

/**
 * The sentence being read, and the word where the voice reports words. Read aloud highlights one or the other; the
 * band wants the whole sentence, so a word is widened to the sentence (the same chunks read aloud speaks) around it.
 */
export function spokenRanges(el: HTMLElement, highlight: Highlight): { sentence: Range | null; word: Range | null } {
  if (highlight.kind === 'sentence') return { sentence: rangeForText(el, highlight.start, highlight.end), word: null };
  const text = el.textContent ?? '';
  const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
  const chunk = splitIntoChunks(text, lang).find((c) => highlight.start >= c.start && highlight.start < c.end);
  return {
    sentence: chunk ? rangeForText(el, chunk.start, chunk.end) : null,
    word: rangeForText(el, highlight.start, highlight.end),
  };
}
