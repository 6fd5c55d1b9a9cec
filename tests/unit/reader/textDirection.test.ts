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
    const story = article('rtl', 'Desert solar farm doubles its output', [english, english, arabic]);
    const result = followTextDirection(story, document);
    expect(result.dir).toBe('ltr');
    expect(result.titleDir).toBe('ltr');
    const blocks = new DOMParser().parseFromString(result.blocks(story.contentHtml), 'text/html').querySelectorAll('p');
    expect(Array.from(blocks, (p) => p.getAttribute('dir'))).toEqual([null, null, 'rtl']);
  });

  it('leaves an article alone where the declared direction fits its text', () => {
    const rtl = article('rtl', 'افتتاح محطة', [arabic, `${arabic} BBC`]);
    const same = followTextDirection(rtl, document);
    expect([same.dir, same.titleDir, same.blocks(rtl.contentHtml)]).toEqual(['rtl', 'rtl', rtl.contentHtml]);
    const ltr = article('ltr', 'A story', [english, english, arabic]);
    expect(followTextDirection(ltr, document).blocks(ltr.contentHtml)).toBe(ltr.contentHtml);
  });

  it('turns Arabic declared left to right the right way round', () => {
    const story = article('ltr', 'افتتاح محطة', [arabic, arabic]);
    const result = followTextDirection(story, document);
    expect(result.dir).toBe('rtl');
    expect(result.blocks(story.contentHtml)).not.toContain('dir=');
  });
});
