/**
 * Site rules in the extraction (issue 24): blocks described by structure, numbered in the
 * article, matched across two articles of one site; "remove" and "keep" rules; the bounded
 * list of what the cleaning removed, with its reasons and places.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { matchesBlock, stableClassTokens } from '../../../src/extract/blockDescriptors';
import { extractArticle, type BlockDescriptor, type BlockRule, type ExtractedArticle, type RemovedBlock, type RemovedReason } from '../../../src/extract/index';
import { MAX_REMOVED, MAX_REMOVED_HTML } from '../../../src/extract/removals';
import type { SiteRuleAction } from '../../../src/siteRules/types';
import { fixture, page, story } from '../extract/helpers';

/** The fixed set the reader labels in 11 languages: a new reason is a decision (catalogues, ARCHITECTURE.md). */
const REASONS: readonly RemovedReason[] = ['advertising', 'links', 'promotion', 'sharing', 'teaser', 'details', 'rule', 'other'];

const SEED = 'newsx-seed';
const SEED_2 = 'newsx-seed-2';

function extract(slug: string, siteRules?: { action: SiteRuleAction; block: BlockDescriptor }[]): ExtractedArticle {
  const { doc, url } = fixture(slug);
  const article = extractArticle(doc, { url, siteRules });
  if (!article) throw new Error(`no article in ${slug}`);
  return article;
}

const text = (html: string): string => new JSDOM(`<body>${html}</body>`).window.document.body.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The article's top-level blocks by their data-lr-block number. */
function numbered(article: ExtractedArticle): Map<number, Element> {
  const body = new JSDOM(`<body>${article.contentHtml}</body>`).window.document.body;
  return new Map(Array.from(body.querySelectorAll('[data-lr-block]'), (el) => [Number(el.getAttribute('data-lr-block')), el]));
}

describe('stable class tokens', () => {
  it('keeps hand-written tokens and drops hashed, generated and state ones', () => {
    expect(stableClassTokens('also-read story__promo')).toEqual(['also-read', 'story__promo']);
    expect(stableClassTokens('css-1x2y3z sc-AxjAm kJhGfD Title_title__a1B2c jsx-123456 a1b2c3 col-12 is-active lead-image')).toEqual(['lead-image']);
    expect(stableClassTokens('b a b   c')).toEqual(['a', 'b', 'c']);
    expect(stableClassTokens('t1 t2 t3 t4 t5 t6 t7 t8 t9 t10x')).toHaveLength(8);
    expect(stableClassTokens(`${'x'.repeat(41)} ok`)).toEqual(['ok']);
    expect(stableClassTokens(null)).toEqual([]);
  });

  it('matches a rule whose tokens the block has, with the same tag, landmark and position', () => {
    const rule: BlockDescriptor = { tag: 'div', classes: ['share-bar'], landmark: 'article', position: 'after' };
    expect(matchesBlock(rule, { ...rule, classes: ['share-bar', 'share-bottom'] })).toBe(true);
    expect(matchesBlock(rule, { ...rule, classes: ['share-bottom'] })).toBe(false);
    expect(matchesBlock(rule, { ...rule, tag: 'section' })).toBe(false);
    expect(matchesBlock(rule, { ...rule, landmark: 'main' })).toBe(false);
    expect(matchesBlock(rule, { ...rule, position: 'before' })).toBe(false);
  });
});

describe('blocks of the article', () => {
  const article = extract(SEED);
  const blocks = article.blocks ?? [];

  it('numbers each top-level block and describes it in the page, never by its text', () => {
    const els = numbered(article);
    expect(els.size).toBe(blocks.length);
    expect([...els.keys()]).toEqual(blocks.map((_, n) => n));
    expect(els.get(0)?.tagName).toBe('FIGURE');
    expect(blocks[0]).toEqual({ tag: 'figure', classes: ['lead-image'], landmark: 'article', position: 'before' });
    expect(blocks[1]).toEqual({ tag: 'p', classes: [], landmark: 'article', position: 'inside' });
    expect(JSON.stringify(blocks)).not.toMatch(/Putin|diplomat/i);
  });

  it('describes the same block of two articles of the site alike', () => {
    const other = extract(SEED_2);
    expect(other.blocks?.[0]).toEqual(blocks[0]);
    const promo = (a: ExtractedArticle) => a.removed?.find((r) => text(r.html).startsWith('ALSO READ'))?.block;
    expect(promo(other)).toEqual(promo(article));
    expect(promo(article)).toEqual({ tag: 'p', classes: ['also-read'], landmark: 'article', position: 'inside' });
  });

  it("strips the page's own data-lr-block and lets no other data-* through", () => {
    const doc = page(story('<p data-lr-block="99" data-x="1">A paragraph that carries attributes of its own and enough words to stay in the story.</p><img data-lr-block="7" src="/a.jpg" width="600" height="400" alt="">'));
    const out = extractArticle(doc)?.contentHtml ?? '';
    expect(out).not.toMatch(/data-lr-block="(?:99|7)"/);
    expect(out).not.toMatch(/data-(?!lr-block)/);
    expect(out).toMatch(/<p data-lr-block="\d+">A paragraph that carries/);
  });
});

describe('what the cleaning removed', () => {
  const article = extract(SEED);
  const removed: RemovedBlock[] = article.removed ?? [];
  const byText = (start: string) => removed.filter((r) => text(r.html).startsWith(start));
  const blockText = (n: number | null) => (n === null ? null : (numbered(article).get(n)?.textContent ?? '').slice(0, 20));

  it('lists the ad labels and the ALSO READ promo where they were, with why', () => {
    const labels = byText('Advertisement · Scroll to continue').filter((r) => r.block.position === 'inside');
    expect(labels.map((r) => r.reason)).toEqual(['advertising', 'advertising']);
    // after the story's first and third paragraphs, as on the page
    expect(labels.map((r) => blockText(r.after))).toEqual(['Soon after Russian a', 'Putin’s remarks came']);
    const [promo] = byText('ALSO READ');
    expect(promo?.reason).toBe('promotion');
    expect(promo?.after).toBe((article.blocks?.length ?? 0) - 1);
    expect(promo?.html).toContain('href="https://www.example-news.com/world/russia-us-delegates-meet-in-istanbul-for-talks-on-mending-ties-234567"');
  });

  it('says why for share bars, tags and link rails, in page order', () => {
    expect(byText('Facebook')[0]).toMatchObject({ reason: 'sharing', after: null });
    expect(byText('Filed under')[0]?.reason).toBe('links');
    expect(byText('ABOUT THE AUTHOR')[0]?.reason).toBe('details');
    expect(byText('Entertainment')[0]?.reason).toBe('links');
    const afters = removed.map((r) => r.after ?? -1);
    expect(afters).toEqual([...afters].sort((a, b) => a - b));
  });

  it('is sanitized like the article: no classes, ids, styles, scripts or our own attributes', () => {
    for (const r of removed) {
      expect(REASONS).toContain(r.reason);
      expect(r.html).not.toMatch(/\s(?:class|id|style|data-[\w-]+)=|<script|<button/);
      expect(text(r.html)).not.toBe('');
    }
  });

  it('changes nothing shown', () => {
    expect(article.textContent).not.toMatch(/Advertisement|ALSO READ|Filed under/);
  });

  it('keeps a bounded list on a page with thousands of removed blocks', () => {
    const junk = Array.from({ length: 3000 }, (_, i) => `<div class="ad-slot"><span>Advertisement</span> <a href="/x${i}">${'Sponsored offer text. '.repeat(20)}</a></div>`).join('');
    const doc = page(story(junk));
    const started = performance.now();
    const big = extractArticle(doc);
    const elapsed = performance.now() - started;
    expect(big?.removed?.length).toBeLessThanOrEqual(MAX_REMOVED);
    expect(big?.removed?.length).toBeGreaterThan(10);
    expect(big?.removed?.reduce((n, r) => n + r.html.length, 0)).toBeLessThanOrEqual(MAX_REMOVED_HTML);
    expect(big?.textContent).not.toMatch(/Sponsored offer/);
    // generous: it is the Readability pass that costs, and it runs once
    expect(elapsed).toBeLessThan(20_000);
  });
});

describe('the element budget of the removed list', () => {
  /** An ad slot of `links` links and its label: `links` + 1 elements. */
  const slot = (name: string, links: number): string =>
    `<div class="ad-slot"><span>Advertisement</span> ${Array.from({ length: links }, (_, i) => `<a href="/${name}${i}">${name} offer ${i}</a>`).join(' ')}</div>`;
  const listed = (inner: string): string[] => (extractArticle(page(story(inner)))?.removed ?? []).map((r) => text(r.html));

  it('lists a removed block of 60 elements and leaves out one of 61, whose copy is never made', () => {
    const shown = listed(slot('fits', 59) + slot('over', 60));
    expect(shown.some((t) => t.includes('fits offer 58'))).toBe(true);
    expect(shown.some((t) => t.includes('over offer'))).toBe(false);
  });

  it('stops at 200 elements in all: a block that would pass them is left out, a smaller one after it still fits', () => {
    const shown = listed(slot('one', 59) + slot('two', 59) + slot('three', 59) + slot('four', 59) + slot('five', 19));
    expect(shown.filter((t) => /(?:one|two|three) offer 58/.test(t))).toHaveLength(3);
    expect(shown.some((t) => t.includes('four offer'))).toBe(false);
    expect(shown.some((t) => t.includes('five offer 18'))).toBe(true);
  });
});

describe('site rules', () => {
  const seed = extract(SEED);
  const lead = seed.blocks?.[0] as BlockDescriptor;
  const promo = seed.removed?.find((r) => text(r.html).startsWith('ALSO READ'))?.block as BlockDescriptor;

  it("'remove' made on one article takes the matching block out of the next, and says so", () => {
    const before = extract(SEED_2);
    expect(before.contentHtml).toContain('harbour.svg');
    const after = extract(SEED_2, [{ action: 'remove', block: lead }]);
    expect(after.contentHtml).not.toContain('harbour.svg');
    expect(after.textContent).toBe(before.textContent);
    const ruled = after.removed?.filter((r) => r.reason === 'rule') ?? [];
    expect(ruled).toHaveLength(1);
    expect(ruled[0]?.html).toContain('harbour.svg');
    expect(ruled[0]?.after).toBeNull();
  });

  it("'keep' stops the cleaning from removing the matching block in the next article", () => {
    const kept = extract(SEED_2, [{ action: 'keep', block: promo }]);
    expect(kept.textContent).toContain('ALSO READ: Major Ports Record Their Highest Cargo Volumes In February');
    expect(kept.removed?.some((r) => text(r.html).startsWith('ALSO READ'))).toBe(false);
    // kept whole: the promo's own "ALSO READ:" label, which alone reads as a promo, stays with it
    expect(kept.contentHtml).toMatch(/<strong>ALSO READ:<\/strong>/);
  });

  it('a rule of another place or element matches nothing', () => {
    const plain = extract(SEED_2);
    for (const block of [
      { ...promo, position: 'after' as const },
      { ...promo, landmark: 'aside' as const },
      { ...promo, tag: 'div' },
      { ...promo, classes: ['also-read', 'other'] },
    ]) {
      expect(extract(SEED_2, [{ action: 'keep', block }]).textContent).toBe(plain.textContent);
    }
  });

  it('never removes the story: a rule that would take more than half the text is left unapplied', () => {
    const plain = extract(SEED_2);
    const everyParagraph: BlockDescriptor = { tag: 'div', classes: ['story-body'], landmark: 'article', position: 'inside' };
    expect(extract(SEED_2, [{ action: 'remove', block: everyParagraph }]).textContent).toBe(plain.textContent);
  });

  it('skips malformed rules, whatever they hold', () => {
    const plain = extract(SEED_2);
    const bad = [null, 1, 'x', {}, { action: 'remove' }, { action: 'remove', block: { tag: 'figure' } }, { action: 'drop', block: lead }, { action: 'keep', block: { ...promo, classes: 'also-read' } }];
    const article = extract(SEED_2, bad as unknown as BlockRule[]);
    expect(article.textContent).toBe(plain.textContent);
    expect(article.contentHtml).toBe(plain.contentHtml);
  });
});
