import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { isArticlePage, jsonLdTypes, judgePage, storyToOpen, urlShape } from '../../../src/extract/detect';
import { extractArticle } from '../../../src/extract/index';
import { isPlaceholderSrc } from '../../../src/extract/lazyImages';
import { normalizeLang, scriptDirection } from '../../../src/extract/metadata';
import { isAdLabelText } from '../../../src/extract/patterns';
import { readingTimeMinutes, wordCount } from '../../../src/extract/readingTime';
import { toText } from '../../../src/extract/text';
import { fixture, page, story } from './helpers';
import { extractionFixtureNames } from '../../support/extractionFixtures';


describe('isAdLabelText', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Advertisement · Scroll to continue',
    'Scroll to continue',
    'Scroll to continue with content',
    'Story continues below advertisement',
    'Article continues after this ad',
    'Continue reading below',
    'Sponsored',
    'Ad',
    'Anzeige',
    '广告',
    'إعلان',
  ])('recognises %j', (label) => expect(isAdLabelText(label)).toBe(true));

  it.each([
    'Advertisement spending rose by a fifth',
    'The ad campaign was pulled',
    'Sponsored by nobody, the report says',
    'Continue',
    '',
  ])('leaves %j alone', (text) => expect(isAdLabelText(text)).toBe(false));
});

describe('detection signals', () => {
  it('reads JSON-LD types at the top, in arrays and in @graph, not inside lists', () => {
    const types = (json: string): ReturnType<typeof jsonLdTypes> => jsonLdTypes(page(`<script type="application/ld+json">${json}</script>`));
    expect(types('{"@type":"NewsArticle"}').article).toBe(true);
    expect(types('[{"@type":"BreadcrumbList"},{"@type":["ReportageNewsArticle"]}]').article).toBe(true);
    expect(types('{"@type":"LiveBlogPosting"}').article).toBe(true);
    expect(types('{"@graph":[{"@type":"WebSite"},{"@type":"https://schema.org/BlogPosting"}]}').article).toBe(true);
    expect(types('{"@type":"ItemList","itemListElement":[{"@type":"NewsArticle"}]}')).toMatchObject({ article: false, listing: true });
    expect(types('[{"@type":"NewsArticle"},{"@type":"NewsArticle"},{"@type":"NewsArticle"}]')).toMatchObject({ article: false, listing: true });
    expect(types('{ not json').article).toBe(false);
  });

  it('classifies URL shapes', () => {
    expect(urlShape('https://www.example-news.com/')).toBe('home');
    expect(urlShape('https://www.example-news.com/en/')).toBe('home');
    expect(urlShape('https://www.example-news.com/search?q=flood')).toBe('search');
    expect(urlShape('https://www.example-news.com/?s=flood')).toBe('search');
    expect(urlShape('https://www.example-news.com/world/')).toBe('listing');
    expect(urlShape('https://www.example-news.com/tag/flooding')).toBe('listing');
    expect(urlShape('https://www.example-news.com/uk/2025/03/11/pellmouth-flood-wall-vote')).toBe('article');
    expect(urlShape('https://www.example-news.com/news/story-1234567.html')).toBe('article');
  });

  it('says no to teaser pages even though each teaser passes isProbablyReaderable', () => {
    for (const slug of ['section-page', 'home-page']) {
      const { doc, url } = fixture(slug);
      expect(isProbablyReaderable(doc)).toBe(true);
      expect(isArticlePage(doc, url)).toBe(false);
      // Not even at an article-like address.
      expect(isArticlePage(doc, 'https://www.example-news.com/world/2025/06/03/some-story-123456')).toBe(false);
    }
  });

  it('says yes to a plain long story without any metadata', () => {
    expect(isArticlePage(page(story('')))).toBe(true);
  });

  it('opens exactly where the page is an article with its story in, on every fixture', () => {
    const slugs = extractionFixtureNames();
    expect(slugs.length).toBeGreaterThan(20);
    for (const slug of slugs) {
      const { doc, url } = fixture(slug);
      const { article, ready } = judgePage(doc, url);
      expect(storyToOpen(doc, url), slug).toBe(article && ready);
    }
  });

  it('opens the stories that are in, and no teaser page, even where a story block settles the scan early', () => {
    const paragraph = (i: number): string => `<p>Paragraph ${i} of the record, long enough to read as prose in any story, and then some more words.</p>`;
    const record = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('');
    const url = 'https://www.example-news.com/india/inquiry-record-345678';
    expect(storyToOpen(page(`<article><h1>The record</h1><div>${record}</div></article>`), url)).toBe(true);
    // The teaser lines: a heading linking away over each paragraph, never settled early.
    const teasers = Array.from({ length: 400 }, (_, i) => `<h3><a href="/story-${i}">Story ${i} headline, linked</a></h3>${paragraph(i)}`).join('');
    expect(storyToOpen(page(`<main><h1>World</h1><section>${teasers}</section></main>`), url)).toBe(false);
    expect(storyToOpen(page('<div id="app"><span>Loading…</span></div>'), url)).toBe(false);
  });

  it('says no to an app page and to an empty page', () => {
    expect(isArticlePage(page('<main><h1>Inbox</h1><ul><li>Call the plumber</li></ul></main>'), 'https://app.example.com/inbox')).toBe(false);
    expect(isArticlePage(page(''), 'https://www.example-news.com/')).toBe(false);
  });
});

describe('language and direction', () => {
  it('normalises language tags', () => {
    expect(normalizeLang('en_US')).toBe('en-US');
    expect(normalizeLang('zh-cn')).toBe('zh-CN');
    expect(normalizeLang('sr-latn-rs')).toBe('sr-Latn-RS');
    expect(normalizeLang('not a language!')).toBe(null);
    expect(normalizeLang('')).toBe(null);
  });

  it('detects right-to-left scripts from the text', () => {
    expect(scriptDirection('افتتحت السلطات يوم الأحد محطة جديدة')).toBe('rtl');
    expect(scriptDirection('שלום עולם, זה מאמר')).toBe('rtl');
    expect(scriptDirection('A story in English with one word: سلام')).toBe('ltr');
  });

  it('falls back to og:locale and to the script when the page declares neither lang nor dir', () => {
    const arabic = 'افتتحت السلطات يوم الأحد محطة جديدة لتحلية مياه البحر تعمل بالكامل بالطاقة الشمسية على الساحل الجنوبي، وتقول الجهات المشغلة إنها الأكبر من نوعها في المنطقة.';
    const body = Array.from({ length: 6 }, () => `<p>${arabic}</p>`).join('');
    const noLang = extractArticle(page(`<html><head><title>خبر</title></head><body><article>${body}</article></body></html>`));
    expect(noLang?.dir).toBe('rtl');
    expect(noLang?.lang).toBe(null);
    const ogLocale = extractArticle(page(`<html><head><meta property="og:locale" content="ar_AE"></head><body><article>${body}</article></body></html>`));
    expect(ogLocale?.lang).toBe('ar-AE');
    expect(ogLocale?.dir).toBe('rtl');
  });
});

describe('reading time', () => {
  it('counts Latin text in words at about 230 per minute', () => {
    const text = Array.from({ length: 1150 }, () => 'word').join(' ');
    expect(wordCount(text)).toBe(1150);
    expect(readingTimeMinutes(text)).toBe(5);
  });

  it('counts CJK text by characters at about 500 per minute', () => {
    const text = '山区小学开通云课堂'.repeat(200); // 1,800 characters
    expect(wordCount(text)).toBe(1800);
    expect(readingTimeMinutes(text)).toBe(4);
  });

  it('never says less than a minute', () => {
    expect(readingTimeMinutes('Short.')).toBe(1);
    expect(readingTimeMinutes('')).toBe(1);
  });
});

describe('toText', () => {
  it('puts blocks on their own lines and keeps inline runs together', () => {
    const doc = page('<div id="r"><h2>Head</h2><p>One <b>bold</b>word.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul><figure><img src="x.jpg"><figcaption>Caption</figcaption></figure></div>');
    expect(toText(doc.getElementById('r')!)).toBe('Head\n\nOne boldword.\n\nTwo\n\nlines\n\na\n\nb');
  });
});

describe('no article', () => {
  it('returns null for an empty page and for an app page', () => {
    expect(extractArticle(page(''))).toBe(null);
    expect(extractArticle(page('<main><h1>Inbox</h1><ul><li>Call the plumber</li></ul></main>'))).toBe(null);
  });
});

describe('placeholders', () => {
  it('knows spacer images from real ones', () => {
    expect(isPlaceholderSrc('data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==')).toBe(true);
    expect(isPlaceholderSrc('/img/blank.gif')).toBe(true);
    expect(isPlaceholderSrc(null)).toBe(true);
    expect(isPlaceholderSrc('/img/beans.jpg')).toBe(false);
  });
});

describe('dates', () => {
  it('reports publishedTime by Readability’s rules only, and shows a date the page states elsewhere', () => {
    const doc = page(story('', '<meta name="date" content="2024-05-06">').replace('<h1>', '<time datetime="2024-05-07">7 May</time><h1>'));
    const article = extractArticle(doc, { url: doc.URL });
    expect(article?.publishedTime).toBeNull();
    expect(article?.displayDate).toBe('2024-05-06');
  });

  it('takes the declared time for both', () => {
    const doc = page(story('', '<meta property="article:published_time" content="2024-05-01T10:00:00Z">'));
    const article = extractArticle(doc, { url: doc.URL });
    expect(article?.publishedTime).toBe('2024-05-01T10:00:00Z');
    expect(article?.displayDate).toBe('2024-05-01T10:00:00Z');
  });

  it('does not date the story by a time in the footer or a comment thread', () => {
    const html = story('')
      .replace('</main>', '</main><footer><time datetime="2001-01-01">2001</time></footer>')
      .replace('<article>', '<article><section id="comments"><time datetime="2002-02-02">then</time></section>');
    const article = extractArticle(page(html), { url: 'https://www.example-news.com/news/2025/01/01/a-story-about-something' });
    expect(article?.displayDate).toBeNull();
    const dated = extractArticle(page(html.replace('<h1>', '<time datetime="2024-05-07">7 May</time><h1>')), {
      url: 'https://www.example-news.com/news/2025/01/01/a-story-about-something',
    });
    expect(dated?.displayDate).toBe('2024-05-07');
  });
});
