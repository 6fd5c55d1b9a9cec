import { describe, expect, it } from 'vitest';
import { anchorText, describeText, QUOTE_CONTEXT } from '../../../src/highlights/anchor';

/** Prose that does not repeat itself: sentences of words drawn from a small vocabulary by a seeded generator. */
const WORDS = (
  'harbour council weather railway library school market bridge festival hospital museum airport river mayor ' +
  'budget winter summer tenants landlord ferry station bakery teacher nurse farmer village storm flood road ' +
  'closed opened argued promised delayed visited repaired counted voted praised blamed noticed carried built ' +
  'slowly early late again quietly loudly finally almost never often under over beside after before during'
).split(' ');
function prose(seed: number, sentences: number): string {
  let state = seed * 2654435761;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const words = Array.from({ length: 8 + next(8) }, () => WORDS[next(WORDS.length)]);
    out.push(`The ${words.join(' ')}.`);
  }
  return out.join(' ');
}
function paragraphs(from: number, count: number): string[] {
  return Array.from({ length: count }, (_, p) => prose(from + p + 1, 4));
}
const join = (paras: string[]): string => paras.join('\n\n');

const PARAS = paragraphs(0, 8);
const ARTICLE = join(PARAS);

/** The selectors of `words` in `text` (its first occurrence after `after`). */
function select(text: string, words: string, after = 0): ReturnType<typeof describeText> & { start: number } {
  const start = text.indexOf(words, after);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { ...describeText(text, start, start + words.length), start };
}

describe('describeText', () => {
  it('keeps QUOTE_CONTEXT characters on each side, fewer at the edges', () => {
    const { quote, position } = describeText(ARTICLE, 100, 120);
    expect(quote.exact).toBe(ARTICLE.slice(100, 120));
    expect(quote.prefix).toBe(ARTICLE.slice(100 - QUOTE_CONTEXT, 100));
    expect(quote.suffix).toBe(ARTICLE.slice(120, 120 + QUOTE_CONTEXT));
    expect(position).toEqual({ type: 'TextPositionSelector', start: 100, end: 120 });
    expect(describeText(ARTICLE, 0, 5).quote.prefix).toBe('');
  });
});

/** Words [from, from + count) of paragraph `p` of PARAS. */
function wordsOf(p: number, from: number, count: number): string {
  return (PARAS[p] ?? '').split(' ').slice(from, from + count).join(' ');
}

describe('anchorText', () => {
  it('finds an unchanged quote where it was', () => {
    const s = select(ARTICLE, wordsOf(3, 5, 4));
    expect(anchorText(ARTICLE, s.quote, s.position)).toEqual({ found: true, start: s.start, end: s.position.end });
    expect(anchorText(ARTICLE, s.quote)).toEqual({ found: true, start: s.start, end: s.position.end });
  });

  it('tells repeated words apart by their context, and by position when the context is the same', () => {
    const text = 'Alpha said yes. The vote was close today. Beta said no. The vote was close today. Gamma abstained.';
    const second = select(text, 'The vote was close', text.indexOf('Beta'));
    // Without a position, the prefix alone ("Beta said no.") decides.
    expect(anchorText(text, second.quote)).toMatchObject({ found: true, start: second.start });
    // The same words with the same context twice: the position decides.
    const twice = `Filler words come first here. ${'A line repeated with its context. '.repeat(3)}The end.`;
    const at = twice.indexOf('repeated', twice.indexOf('repeated') + 1);
    const { quote, position } = describeText(twice, at, at + 'repeated'.length);
    const top = 'One more sentence at the top. ';
    expect(anchorText(`${top}${twice}`, quote, position)).toEqual({ found: true, start: at + top.length, end: at + top.length + 8 });
  });

  it('finds a quote with a word changed inside it, on the changed words', () => {
    const words = wordsOf(4, 2, 8);
    const s = select(ARTICLE, words);
    const changed = words.split(' ').map((w, i) => (i === 4 ? 'replaced' : w)).join(' ');
    const edited = ARTICLE.replace(words, changed);
    const found = anchorText(edited, s.quote, s.position);
    expect(found).toEqual({ found: true, start: edited.indexOf(changed), end: edited.indexOf(changed) + changed.length });
  });

  it('prefers the place with the changed word to an exact copy of the words elsewhere', () => {
    const copy = 'the harbour closed early';
    const text = join([`${PARAS[0]} Then ${copy} again.`, ...PARAS.slice(1, 4), `${PARAS[4]} Later ${copy} under the storm.`, ...PARAS.slice(5)]);
    const s = select(text, copy, text.indexOf(PARAS[4] ?? ''));
    const edited = text.replace(`Later ${copy}`, 'Later the harbour closed late');
    const found = anchorText(edited, s.quote, s.position);
    expect(found).toEqual({ found: true, start: edited.indexOf('the harbour closed late'), end: edited.indexOf('the harbour closed late') + 23 });
  });

  it('prefers where the quote was, with a word changed, to a word-for-word copy of the passage farther away', () => {
    // Two days of a meal plan, word for word the same, context and all.
    const day = 'Here is the plan for the next day. Meal 2 Eat every two hours Tomato cucumber salad with feta and balsamic vinegar, then rest.';
    const text = join([day, ...paragraphs(20, 8), day, ...PARAS.slice(4)]);
    const second = text.lastIndexOf(day);
    const s = select(text, 'Eat every two hours Tomato cucumber salad', second);
    const edited = join([PARAS[7] ?? '', `${text.slice(0, second)}${day.replace('Tomato', 'Portion')}${text.slice(second + day.length)}`]);
    const at = edited.indexOf('Eat every two hours Portion');
    expect(anchorText(edited, s.quote, s.position)).toEqual({ found: true, start: at, end: at + 'Eat every two hours Portion cucumber salad'.length });
  });

  it('fits the ends of a changed word to the words’ edges, not to a letter the words around share', () => {
    const text = join([PARAS[0] ?? '', 'Three scripts are in contention, so it is possible Paramount is still deciding on a direction for the next film.', PARAS[1] ?? '']);
    const s = select(text, 'still deciding on a direction');
    const edited = text.replace('is still deciding', 'is final deciding');
    expect(anchorText(edited, s.quote, s.position)).toEqual({ found: true, start: edited.indexOf('final deciding'), end: edited.indexOf('final deciding') + 'final deciding on a direction'.length });
    const t = select(text, 'Paramount is still');
    const ended = text.replace('is still deciding', 'is stalled deciding');
    expect(anchorText(ended, t.quote, t.position)).toEqual({ found: true, start: ended.indexOf('Paramount'), end: ended.indexOf('Paramount is stalled') + 'Paramount is stalled'.length });
  });

  it('starts a quote whose first word changed at that word, not inside it', () => {
    const sentence = 'Many of the credit card offers that appear on the website are from partners who pay us.';
    const text = join([PARAS[0] ?? '', sentence, PARAS[1] ?? '']);
    const s = select(text, 'card offers that appear on the website');
    const edited = text.replace('credit card offers', 'credit companies offers');
    const at = edited.indexOf('companies offers');
    expect(anchorText(edited, s.quote, s.position)).toEqual({ found: true, start: at, end: at + 'companies offers that appear on the website'.length });
  });

  it('never starts a quote inside a word when its first word grew beyond what the ends are fitted over', () => {
    const sentence = 'Many of the credit card offers that appear on the website are from partners who pay us, which affects where and in which order they appear on the page.';
    const text = join([PARAS[0] ?? '', sentence, PARAS[1] ?? '']);
    const s = select(text, 'card offers that appear on the website are from partners who pay us, which affects where and in which order they appear');
    const edited = text.replace('credit card offers', 'credit extraordinarilylongwordhere offers');
    const found = anchorText(edited, s.quote, s.position);
    if (found.found) expect(found.start).toBe(edited.indexOf('extraordinarilylongwordhere'));
  });

  it('follows the quote past text inserted or removed before it', () => {
    const words = wordsOf(5, 3, 5);
    const s = select(ARTICLE, words);
    const inserted = join([...paragraphs(100, 2), ARTICLE]);
    expect(anchorText(inserted, s.quote, s.position)).toEqual({ found: true, start: inserted.indexOf(words), end: inserted.indexOf(words) + words.length });
    const removed = join(PARAS.filter((_, i) => i !== 1));
    expect(anchorText(removed, s.quote, s.position)).toEqual({ found: true, start: removed.indexOf(words), end: removed.indexOf(words) + words.length });
  });

  it('finds a quote across paragraphs again when only whitespace changed, on the same words', () => {
    const start = ARTICLE.indexOf(PARAS[3] ?? '') - 20;
    const s = describeText(ARTICLE, start, start + 60);
    const spaced = ARTICLE.replace(/\n\n/g, '\n   \n').replace(/ /g, '  ');
    const a = anchorText(spaced, s.quote, s.position);
    expect(a.found).toBe(true);
    if (a.found) expect(spaced.slice(a.start, a.end).replace(/\s+/g, ' ')).toBe(s.quote.exact.replace(/\s+/g, ' '));
  });

  it('does not find a quote most of whose words were rewritten, even with its context intact', () => {
    const words = wordsOf(3, 4, 6);
    const s = select(ARTICLE, words);
    const rewritten = words
      .split(' ')
      .map((w, i) => (i % 2 === 0 ? w : 'zzyzx'))
      .join(' ');
    expect(anchorText(ARTICLE.replace(words, rewritten), s.quote, s.position)).toEqual({ found: false });
  });

  it('does not find a quote whose text is gone', () => {
    const s = select(ARTICLE, wordsOf(2, 4, 6));
    const gone = join(PARAS.filter((_, i) => i !== 2));
    expect(anchorText(gone, s.quote, s.position)).toEqual({ found: false });
  });

  it('does not put a short quote on another "the" when its context changed completely', () => {
    const para = PARAS[6] ?? '';
    const s = select(ARTICLE, 'The', ARTICLE.indexOf(para) + 40);
    const sentenceEnd = ARTICLE.indexOf('.', s.start);
    const rewritten = `${ARTICLE.slice(0, s.start - 40)}Something else entirely was said here, and The other words${ARTICLE.slice(sentenceEnd)}`;
    expect(anchorText(rewritten, s.quote, s.position)).toEqual({ found: false });
  });

  it('finds a short quote whose context on one side still holds', () => {
    const para = PARAS[6] ?? '';
    const s = select(ARTICLE, 'The', ARTICLE.indexOf(para) + 40);
    const edited = `${ARTICLE.slice(0, s.start - 40)}Something else entirely was said here. ${ARTICLE.slice(s.start)}`;
    const at = s.start - 40 + 'Something else entirely was said here. '.length;
    expect(anchorText(edited, s.quote, s.position)).toEqual({ found: true, start: at, end: at + 3 });
  });

  it('does not find an empty or whitespace-only quote', () => {
    expect(anchorText(ARTICLE, { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' })).toEqual({ found: false });
    const space = ARTICLE.indexOf(' ', 200);
    const { quote, position } = describeText(ARTICLE, space, space + 1);
    expect(anchorText(`${ARTICLE.slice(0, space)}  ${ARTICLE.slice(space + 1)}`, quote, position)).toEqual({ found: false });
  });

  it('does not spill into other words when a paragraph is inserted inside a highlight that crosses paragraphs', () => {
    const first = 'They wait for the level to end, then repeat.';
    const next = 'Now we spend money over and over on virtual perks, and we play on.';
    const text = join([PARAS[0] ?? '', first, next, PARAS[1] ?? '']);
    const s = select(text, 'repeat.\n\nNow we spend money over and over');
    const edited = join([PARAS[0] ?? '', first, 'Several people described the atmosphere as tense but calm.', next, PARAS[1] ?? '']);
    expect(anchorText(edited, s.quote, s.position)).toEqual({ found: false });
  });

  it('finds a 5 000-character quote, exact and with words changed at both ends and in the middle, quickly', () => {
    const long = join(paragraphs(0, 80));
    const start = long.indexOf(paragraphs(40, 1)[0] ?? '');
    const end = start + 5000;
    const { quote, position } = describeText(long, start, end);
    expect(anchorText(long, quote, position)).toEqual({ found: true, start, end });
    const head = long.slice(start, start + 20);
    const middle = long.slice(start + 2500, start + 2520);
    const tail = long.slice(end - 20, end);
    const swap = (s: string): string => s.replace(/ \w+ /, ' altered ');
    const edited = join([...paragraphs(500, 1), long]).replace(head, swap(head)).replace(middle, swap(middle)).replace(tail, swap(tail));
    const began = performance.now();
    const a = anchorText(edited, quote, position);
    expect(performance.now() - began).toBeLessThan(500);
    expect(a.found).toBe(true);
    if (a.found) {
      expect(a.start).toBe(edited.indexOf(swap(head)));
      expect(a.end).toBe(edited.indexOf(swap(tail)) + swap(tail).length);
    }
  });

  it('does not find a long quote whose middle is gone', () => {
    const long = join(paragraphs(0, 40));
    const start = long.indexOf(paragraphs(20, 1)[0] ?? '');
    const { quote, position } = describeText(long, start, start + 3000);
    const cut = long.slice(0, start + 500) + long.slice(start + 2500);
    expect(anchorText(cut, quote, position)).toEqual({ found: false });
  });
});
