/** WCXB's metric (scripts/bench/words.ts) against what its evaluate.py gives for the same input. */
import { describe, expect, it } from 'vitest';
import { scoreWordCorpus, scoreWordPage, snippetRate, wordF1, wordTokens } from '../../../scripts/bench/words';

describe('wordTokens', () => {
  it('is re.findall(r"\\w+", text.lower()): letters, numbers and _ of any script, lower-cased; marks split words', () => {
    // evaluate.py's tokenize() gives exactly this list for this string (Python 3).
    expect(wordTokens("Hello, WORLD! It's 2019_v2 — ok? नमस्ते Straße ΣΟΦΟΣ İstanbul ½ ² 一二 é")).toEqual([
      'hello', 'world', 'it', 's', '2019_v2', 'ok', 'नमस', 'त', 'straße', 'σοφος', 'i', 'stanbul', '½', '²', '一二', 'é',
    ]);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(wordTokens('')).toEqual([]);
    expect(wordTokens(' — … !! ')).toEqual([]);
  });
});

describe('wordF1', () => {
  it('counts the overlap as multisets, precision over ours, recall over the truth', () => {
    // evaluate.py: word_f1('the cat the cat sat', 'The cat sat on the mat') == (0.8, 0.666…, 0.727…)
    const s = wordF1('the cat the cat sat', 'The cat sat on the mat');
    expect(s.precision).toBeCloseTo(0.8, 12);
    expect(s.recall).toBeCloseTo(2 / 3, 12);
    expect(s.f1).toBeCloseTo(0.7272727272727272, 12);
  });

  it('scores empty outputs and empty truths as evaluate.py does', () => {
    expect(wordF1('', '')).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(wordF1('x', '')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(wordF1('', 'x')).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(wordF1('...', 'x')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('ignores order, case and punctuation', () => {
    expect(wordF1('Mat the; ON sat cat THE', 'The cat sat on the mat').f1).toBe(1);
  });
});

describe('snippetRate', () => {
  it('is the share found as a case-insensitive substring, whitespace as it is', () => {
    expect(snippetRate('Hello   World', ['hello world', 'HELLO   world'])).toBe(0.5);
    expect(snippetRate('', [])).toBe(1);
    expect(snippetRate('', ['a'])).toBe(0);
  });
});

describe('scoreWordCorpus', () => {
  it('averages every figure over pages, F1 included (not the F1 of the means)', () => {
    const truth = { mainContent: 'a b c d', with: ['a b'], without: ['zz'] };
    const pages = [scoreWordPage('a b c d', truth), scoreWordPage('a zz', truth)];
    const s = scoreWordCorpus(pages);
    expect(s.pages).toBe(2);
    expect(s.precision).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(s.recall).toBeCloseTo((1 + 0.25) / 2, 12);
    const f1Second = (2 * 0.5 * 0.25) / 0.75;
    expect(s.f1).toBeCloseTo((1 + f1Second) / 2, 12);
    expect(s.f1).not.toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall), 3);
    expect(s.withRate).toBe(0.5);
    expect(s.withoutRate).toBe(0.5);
  });

  it('is all zeros for no pages', () => {
    expect(scoreWordCorpus([])).toEqual({ pages: 0, precision: 0, recall: 0, f1: 0, withRate: 0, withoutRate: 0 });
  });
});
