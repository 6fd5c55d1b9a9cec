// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { ArticleView } from '../../../src/reader/components/ArticleView';
import { createTranslator } from '../../../src/i18n';
import type { ExtractedArticle } from '../../../src/extract';

const article: ExtractedArticle = {
  title: 'A story',
  byline: 'Jane Doe',
  siteName: 'The Example',
  publishedTime: '2025-03-02',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  contentHtml: '<p>Body.</p>',
  textContent: 'Body.',
  wordCount: 1,
  readingTimeMinutes: 1,
};

const host = document.createElement('div');
const savedTz = process.env.TZ;

afterEach(() => {
  render(null, host);
  process.env.TZ = savedTz;
});

describe('ArticleView', () => {
  it('shows a date-only publication date on its own day west of UTC', () => {
    process.env.TZ = 'America/New_York';
    render(<ArticleView article={article} t={createTranslator('en')} uiLang="en" titleId="t" />, host);
    expect(host.querySelector('.lr-meta')?.textContent).toContain('March 2, 2025');
  });

  it('lays the meta line out in the interface’s direction, with the byline in the article’s language', () => {
    render(<ArticleView article={article} t={createTranslator('ar')} uiLang="ar" titleId="t" />, host);
    const meta = host.querySelector('.lr-meta');
    expect(meta?.getAttribute('dir')).toBe('rtl');
    expect(meta?.getAttribute('lang')).toBe('ar');
    expect(meta?.querySelector('bdi')?.getAttribute('lang')).toBe('en');
    expect(host.querySelector('article')?.getAttribute('dir')).toBe('ltr');
    expect(host.querySelectorAll('h1')).toHaveLength(1);
  });
});
