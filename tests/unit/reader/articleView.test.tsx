// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { within } from '@testing-library/preact';
import { ArticleView } from '../../../src/reader/components/ArticleView';
import { createTranslator } from '../../../src/i18n';
import type { ExtractedArticle } from '../../../src/extract';

const article: ExtractedArticle = {
  title: 'A story',
  byline: 'Jane Doe',
  siteName: 'The Example',
  publishedTime: '2025-03-02',
  displayDate: '2025-03-02',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  contentHtml: '<p>Body.</p>',
  textContent: 'Body.',
  wordCount: 1,
  readingTimeMinutes: 1,
};

const host = document.createElement('div');
// In the document: the article's name comes from its title by id (aria-labelledby).
document.body.append(host);
// Found as a person (or a screen reader) finds them: by role and accessible name, or by their text.
const screen = () => within(host);
const savedTz = process.env.TZ;

afterEach(() => {
  render(null, host);
  process.env.TZ = savedTz;
});

describe('ArticleView', () => {
  it('shows a date-only publication date on its own day west of UTC', () => {
    process.env.TZ = 'America/New_York';
    render(<ArticleView article={article} t={createTranslator('en')} uiLang="en" titleId="t" />, host);
    expect(screen().getByText('March 2, 2025')).toBeDefined();
  });

  it('lays the meta line out in the interface’s direction, with the byline in the article’s language', () => {
    render(<ArticleView article={article} t={createTranslator('ar')} uiLang="ar" titleId="t" />, host);
    const byline = screen().getByText('Jane Doe');
    // The meta line is the paragraph the byline sits in.
    const meta = byline.closest('p');
    expect(meta?.getAttribute('dir')).toBe('rtl');
    expect(meta?.getAttribute('lang')).toBe('ar');
    expect(byline.getAttribute('lang')).toBe('en');
    expect(screen().getByRole('article', { name: 'A story' }).getAttribute('dir')).toBe('ltr');
    expect(screen().getAllByRole('heading', { level: 1 }).map((h) => h.textContent)).toEqual(['A story']);
  });
});
