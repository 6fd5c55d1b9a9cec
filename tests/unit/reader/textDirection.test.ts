// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { followTextDirection } from '../../../src/reader/textDirection';
import type { ExtractedArticle } from '../../../src/extract';

function article(dir: 'ltr' | 'rtl', title: string, paragraphs: string[]): ExtractedArticle {
  return {
    title,
    byline: null,
    siteName: null,
    publishedTime: null,
    displayDate: null,
    lang: null,
    dir,
    excerpt: null,
    contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    textContent: paragraphs.join('\n\n'),
    wordCount: 10,
    readingTimeMinutes: 1,
  };
}

const english = 'The solar farm on the edge of the eastern desert produced twice as much electricity this year as last.';
const arabic = 'قال المدير إن المرحلة الثالثة ستبدأ العام المقبل إذا اكتمل التمويل.';

describe('followTextDirection', () => {
  it('lets English text declared right to left read left to right, and its Arabic line right to left', () => {
    const result = followTextDirection(article('rtl', 'Desert solar farm doubles its output', [english, english, arabic]), document);
    expect(result.dir).toBe('ltr');
    expect(result.titleDir).toBe('ltr');
    const blocks = new DOMParser().parseFromString(result.contentHtml, 'text/html').querySelectorAll('p');
    expect(Array.from(blocks, (p) => p.getAttribute('dir'))).toEqual([null, null, 'rtl']);
  });

  it('leaves an article alone where the declared direction fits its text', () => {
    const rtl = article('rtl', 'افتتاح محطة', [arabic, `${arabic} BBC`]);
    expect(followTextDirection(rtl, document)).toEqual({ dir: 'rtl', titleDir: 'rtl', contentHtml: rtl.contentHtml });
    const ltr = article('ltr', 'A story', [english, english, arabic]);
    expect(followTextDirection(ltr, document).contentHtml).toBe(ltr.contentHtml);
  });

  it('turns Arabic declared left to right the right way round', () => {
    const result = followTextDirection(article('ltr', 'افتتاح محطة', [arabic, arabic]), document);
    expect(result.dir).toBe('rtl');
    expect(result.contentHtml).not.toContain('dir=');
  });
});
