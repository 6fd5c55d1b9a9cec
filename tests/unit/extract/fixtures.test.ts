/**
 * Every extraction fixture (tests/extraction-fixtures/<name>/, laid out as Readability's test
 * pages are: tests/support/extractionFixtures.ts) is parsed with jsdom at the address its
 * expected-metadata.json gives and run through detection and extraction. The article is compared
 * whole, as a normalised DOM (tests/support/articleDom.ts), with expected.html; the metadata field
 * by field. `npm run fixtures:update` rewrites the expected files for review; these tests never do.
 */
import { JSDOM } from 'jsdom';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isArticlePage } from '../../../src/extract/index';
import { isAdLabelText } from '../../../src/extract/patterns';
import { normalisedArticleHtml } from '../../support/articleDom';
import { EXTRACTION_FIXTURES_DIR, extractionFixtureNames, fixturePage, readExpectedMetadata } from '../../support/extractionFixtures';

const names = extractionFixtureNames();
const METADATA = ['title', 'byline', 'siteName', 'publishedTime', 'excerpt', 'lang', 'dir'] as const;

/** Text of every element of the sanitized HTML, for label residue checks. */
function elementTexts(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  return Array.from(doc.body.querySelectorAll('*')).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}

describe('extraction fixtures', () => {
  it('has the fixture set', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(names)('%s', (name) => {
    const expected = readExpectedMetadata(name);
    const { html, url } = fixturePage(name);
    const doc = new JSDOM(html, { url }).window.document;
    const expectedHtmlFile = join(EXTRACTION_FIXTURES_DIR, name, 'expected.html');

    it(`is detected as ${expected.isArticle ? 'an article' : 'not an article'}`, () => {
      expect(isArticlePage(doc, url)).toBe(expected.isArticle);
      expect(existsSync(expectedHtmlFile), 'expected.html exactly when the page is an article').toBe(expected.isArticle);
    });

    if (!expected.isArticle) return;

    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { url });

    it('extracts an article without touching the page', () => {
      expect(article).not.toBeNull();
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it('has the expected metadata', () => {
      for (const field of METADATA) if (expected[field] !== undefined) expect(article?.[field], field).toBe(expected[field]);
      expect(article?.readingTimeMinutes).toBeGreaterThanOrEqual(1);
      expect(article?.wordCount).toBeGreaterThan(0);
    });

    it('shows the whole expected article: headings, lists, images with alt, links, captions', () => {
      const wanted = readFileSync(expectedHtmlFile, 'utf8');
      expect(normalisedArticleHtml(article?.contentHtml ?? '')).toBe(normalisedArticleHtml(wanted));
    });

    it('drops the clutter', () => {
      const text = article?.textContent ?? '';
      const body = article?.contentHtml ?? '';
      for (const s of expected.absent ?? []) {
        expect(text).not.toContain(s);
        expect(body).not.toContain(s);
      }
    });

    it('leaves no ad label anywhere in the content', () => {
      for (const block of (article?.textContent ?? '').split('\n\n')) expect(isAdLabelText(block)).toBe(false);
      for (const t of elementTexts(article?.contentHtml ?? '')) expect(isAdLabelText(t)).toBe(false);
    });

    it('gives the reader no h1, scripts, styles or classes', () => {
      expect(article?.contentHtml ?? '').not.toMatch(/<h1|<script|<style|<iframe|\sstyle=|\sclass=|\starget=|\son\w+=/i);
    });
  });
});

describe('the normalised article form', () => {
  it('reads back to itself, and tells a changed alt text, link or caption apart', () => {
    const form = normalisedArticleHtml('<figure><img src="a.png" alt="A chart"><figcaption>Costs <a href="/x">by month</a></figcaption></figure>');
    expect(normalisedArticleHtml(form)).toBe(form);
    expect(normalisedArticleHtml('<figure><img src="a.png" alt="A graph"><figcaption>Costs <a href="/x">by month</a></figcaption></figure>')).not.toBe(form);
    expect(normalisedArticleHtml('<figure><img src="a.png" alt="A chart"><figcaption>Costs <a href="/y">by month</a></figcaption></figure>')).not.toBe(form);
    expect(normalisedArticleHtml('<figure><img src="a.png" alt="A chart"></figure><p>Costs <a href="/x">by month</a></p>')).not.toBe(form);
  });
});
