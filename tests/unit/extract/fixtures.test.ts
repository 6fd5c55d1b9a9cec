/**
 * Every fixture page under tests/fixtures/<slug>/ that has an expected.json is run
 * through detection and extraction, parsed with jsdom at the URL it declares.
 */
import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isArticlePage } from '../../../src/extract/index';
import { isAdLabelText } from '../../../src/extract/patterns';
import { fixtureBlocks, norm } from './blocks';

interface Expected {
  url: string;
  isArticle: boolean;
  title?: string;
  byline?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Every block of the body, in order, and nothing else (scripts/fixtures-regen.ts writes it for review). */
  blocks?: string[];
  absent?: string[];
}

const FIXTURES = join(__dirname, '../../fixtures');
const slugs = readdirSync(FIXTURES).filter((slug) => existsSync(join(FIXTURES, slug, 'expected.json')));

function load(slug: string): { doc: Document; expected: Expected } {
  const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected;
  const html = readFileSync(join(FIXTURES, slug, 'page.html'), 'utf8');
  return { doc: new JSDOM(html, { url: expected.url }).window.document, expected };
}


/** Text of every element of the sanitized HTML, for label residue checks. */
function elementTexts(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  return Array.from(doc.body.querySelectorAll('*')).map((el) => norm(el.textContent ?? ''));
}

describe('fixtures', () => {
  it('has the fixture set', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(slugs)('%s', (slug) => {
    const { doc, expected } = load(slug);

    it(`is detected as ${expected.isArticle ? 'an article' : 'not an article'}`, () => {
      expect(isArticlePage(doc, expected.url)).toBe(expected.isArticle);
    });

    if (!expected.isArticle) return;

    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { url: expected.url });

    it('extracts an article without touching the page', () => {
      expect(article).not.toBeNull();
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it('has the expected metadata', () => {
      if (expected.title !== undefined) expect(article?.title).toBe(expected.title);
      if (expected.byline !== undefined) expect(article?.byline).toContain(expected.byline);
      if (expected.lang !== undefined) expect(article?.lang).toBe(expected.lang);
      if (expected.dir !== undefined) expect(article?.dir).toBe(expected.dir);
      expect(article?.readingTimeMinutes).toBeGreaterThanOrEqual(1);
      expect(article?.wordCount).toBeGreaterThan(0);
    });

    it('shows exactly the expected blocks, in order', () => {
      expect(expected.blocks?.length ?? 0).toBeGreaterThan(0);
      expect(article ? fixtureBlocks(article) : []).toEqual((expected.blocks ?? []).map(norm));
    });

    it('drops the clutter', () => {
      const text = article?.textContent ?? '';
      const html = article?.contentHtml ?? '';
      for (const s of expected.absent ?? []) {
        expect(text).not.toContain(s);
        expect(html).not.toContain(s);
      }
    });

    it('leaves no ad label anywhere in the content', () => {
      for (const block of (article?.textContent ?? '').split('\n\n')) expect(isAdLabelText(block)).toBe(false);
      for (const t of elementTexts(article?.contentHtml ?? '')) expect(isAdLabelText(t)).toBe(false);
    });

    it('gives the reader no h1, scripts, styles or classes', () => {
      const html = article?.contentHtml ?? '';
      expect(html).not.toMatch(/<h1|<script|<style|<iframe|\sstyle=|\sclass=|\starget=|\son\w+=/i);
    });
  });
});
