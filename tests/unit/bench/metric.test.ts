import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokenize } from '../../../scripts/bench/metric';
import { median, percentile, summarize } from '../../../scripts/bench/stats';

describe('tokenize', () => {
  it('keeps runs of letters, digits and underscore, drops punctuation, keeps case', () => {
    expect(tokenize("Hello, World! It's 2019_v2 — ok?")).toEqual(['Hello', 'World', 'It', 's', '2019_v2', 'ok']);
  });

  it('treats any script as letters', () => {
    expect(tokenize('Привет мир، مرحبا 世界')).toEqual(['Привет', 'мир', 'مرحبا', '世界']);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — … !! ')).toEqual([]);
  });
});

describe('shingles', () => {
  it('makes every run of 4 tokens, counting repeats', () => {
    const s = shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    expect(s.get('a b c d')).toBe(2);
    expect(s.get('b c d a')).toBe(1);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
  });

  it('makes one shorter shingle for 1-3 tokens and none for no tokens', () => {
    expect([...shingles(['x', 'y'])]).toEqual([['x y', 1]]);
    expect(shingles([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('is perfect for identical token lists whatever the punctuation and spacing', () => {
    const s = scorePage('One two, three four.\n\nFive six', 'One two three four five six'.replace('five', 'Five'));
    expect(s).toMatchObject({ precision: 1, recall: 1, exact: true, fp: 0, fn: 0 });
    expect(s.tp).toBe(1);
  });

  it('counts extra shingles as false positives', () => {
    // truth: 5 tokens -> 2 shingles; prediction adds one token -> 3 shingles, 2 shared.
    const s = scorePage('a b c d e f', 'a b c d e');
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBe(1);
    expect(s.tp).toBeCloseTo(2 / 3);
    expect(s.fp).toBeCloseTo(1 / 3);
    expect(s.exact).toBe(false);
  });

  it('counts missing shingles as false negatives, per multiset', () => {
    // truth has "a b c d" twice, prediction once.
    const s = scorePage('a b c d', 'a b c d a b c d');
    expect(s.recall).toBeCloseTo(1 / 5);
    expect(s.precision).toBe(1);
  });

  it('is case sensitive', () => {
    expect(scorePage('A b c d', 'a b c d').precision).toBe(0);
  });

  it('gives precision and recall 1 when both sides are empty, and recall 0 for an empty prediction', () => {
    expect(scorePage('', '')).toMatchObject({ precision: 1, recall: 1, tp: 0, fp: 0, fn: 0, exact: true });
    expect(scorePage('', 'a b c d e')).toMatchObject({ precision: 1, recall: 0, fn: 1 });
  });

  it('handles short texts as a single shingle', () => {
    expect(scorePage('a b', 'a b').recall).toBe(1);
    expect(scorePage('a b', 'a c').recall).toBe(0);
  });
});

describe('scoreCorpus', () => {
  it('averages precision over predicting pages and recall over pages with truth, then takes F1 of the means', () => {
    const pages = [scorePage('a b c d e f', 'a b c d e'), scorePage('', 'x y z w v'), scorePage('p q r s', 'p q r s')];
    const c = scoreCorpus(pages);
    // precision: the empty prediction is left out -> mean(2/3, 1)
    expect(c.precision).toBeCloseTo((2 / 3 + 1) / 2);
    // recall: all three pages have truth -> mean(1, 0, 1)
    expect(c.recall).toBeCloseTo(2 / 3);
    expect(c.f1).toBeCloseTo((2 * c.precision * c.recall) / (c.precision + c.recall));
    expect(c.accuracy).toBeCloseTo(1 / 3);
    expect(c.pages).toBe(3);
  });

  it('is all zero for no pages', () => {
    expect(scoreCorpus([])).toEqual({ precision: 0, recall: 0, f1: 0, accuracy: 0, pages: 0 });
  });
});

describe('timing stats', () => {
  it('computes median and nearest-rank p95', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 0.95)).toBe(19);
    expect(summarize([1, 2, 3, 10])).toEqual({ mean: 4, median: 2.5, p95: 10 });
  });
});
