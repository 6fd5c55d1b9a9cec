/**
 * Never less than Readability (src/extract/fallback.ts): where our pass answers "no article" or
 * a short block, raw Readability's main text is shown; a collection whose Readability text is
 * link labels still gets no article. On pages of our own (tests/extraction-fixtures/).
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index';
import { inDoubt, labelLinkShare, readabilityFallback, SHORT_ANSWER } from '../../../src/extract/fallback';
import { fixture, page } from './helpers';

describe('a shop category page of product cards, each card laid out in blocks inside its link', () => {
  const { doc, url } = fixture('card-collection');
  const article = extractArticle(doc, { url });

  it('shows every card: name, maker, item number, price', () => {
    const text = article?.textContent ?? '';
    for (const s of ['Alder 2 trail running shoe', 'Maker: Moorland Supply', 'Item number: TS-DRM', 'Price: $155.00', 'Tungsten studs for icy paths'])
      expect(text).toContain(s);
    expect(article?.wordCount).toBeGreaterThan(100);
  });

  it('counts a card link as text, not as a link label', () => {
    const raw = readabilityFallback(fixture('card-collection').doc, null);
    expect(raw).not.toBeNull();
    expect(labelLinkShare(raw?.content as Element)).toBeLessThan(0.5);
  });
});

describe('a column of headlines, each a link: the page Readability picks is a list of links', () => {
  it('still gets no article', () => {
    const { doc, url } = fixture('headline-list');
    expect(extractArticle(doc, { url })).toBeNull();
    expect(readabilityFallback(doc, null)).toBeNull();
  });
});

describe('when Readability is asked', () => {
  it('only where our answer is none or short', () => {
    expect(inDoubt(null)).toBe(true);
    expect(inDoubt('A short answer.')).toBe(true);
    expect(inDoubt('x'.repeat(SHORT_ANSWER))).toBe(false);
  });

  it('never replaces an answer of ours that holds half of its text or more', () => {
    const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} tells of the ferry timetable, the harbour wall and the winter storms that closed the pier for a week.</p>`).join('');
    const doc = page(`<!DOCTYPE html><html><head><title>Ferry</title></head><body><article>${prose}</article></body></html>`);
    const all = doc.body.textContent ?? '';
    expect(readabilityFallback(doc, all.slice(0, all.length / 2 + 10))).toBeNull();
    expect(readabilityFallback(doc, null)).not.toBeNull();
  });
});
