// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('shows a long body’s first part at once and the others frame by frame, in order, then says it is whole', async () => {
    const paragraphs = Array.from({ length: 9 }, (_, i) => `<p>Paragraph ${i + 1}.</p>`);
    const contentHtml = paragraphs.join('');
    // Three parts of three paragraphs each, as extract/bodyParts.ts marks them.
    const breaks = [paragraphs.slice(0, 3).join('').length, paragraphs.slice(0, 6).join('').length];
    const onContentComplete = vi.fn();
    render(
      <ArticleView article={{ ...article, contentHtml, contentBreaks: breaks }} t={createTranslator('en')} uiLang="en" titleId="t" onContentComplete={onContentComplete} />,
      host,
    );
    const shown = (): string[] => Array.from(host.querySelectorAll('.lr-content p'), (p) => p.textContent ?? '');
    expect(shown()).toEqual(['Paragraph 1.', 'Paragraph 2.', 'Paragraph 3.']);
    expect(onContentComplete).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onContentComplete).toHaveBeenCalledWith(3));
    expect(shown()).toEqual(paragraphs.map((_, i) => `Paragraph ${i + 1}.`));
  });

  it('puts the whole body in before printing, whatever part the screen has come to', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}.</p>`);
    const breaks = [paragraphs.slice(0, 2).join('').length, paragraphs.slice(0, 4).join('').length];
    const onContentComplete = vi.fn();
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout'] });
    try {
      render(
        <ArticleView article={{ ...article, contentHtml: paragraphs.join(''), contentBreaks: breaks }} t={createTranslator('en')} uiLang="en" titleId="t" onContentComplete={onContentComplete} />,
        host,
      );
      // Preact runs effects after a frame (and a timeout); the parts' frames come one at a time.
      vi.advanceTimersToNextFrame();
      vi.advanceTimersByTime(20);
      expect(host.querySelectorAll('.lr-content p').length).toBeLessThan(6);
      expect(onContentComplete).not.toHaveBeenCalled();
      window.dispatchEvent(new Event('beforeprint'));
      expect(Array.from(host.querySelectorAll('.lr-content p'), (p) => p.textContent)).toEqual(paragraphs.map((_, i) => `Paragraph ${i + 1}.`));
      expect(onContentComplete).toHaveBeenCalledWith(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says that a body of one part is whole, and shows it as it is', async () => {
    const onContentComplete = vi.fn();
    render(<ArticleView article={article} t={createTranslator('en')} uiLang="en" titleId="t" onContentComplete={onContentComplete} />, host);
    await vi.waitFor(() => expect(onContentComplete).toHaveBeenCalledWith(1));
    expect(host.querySelector('.lr-content')?.innerHTML).toBe('<p>Body.</p>');
  });
});
