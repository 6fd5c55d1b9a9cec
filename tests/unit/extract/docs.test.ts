/** Documentation pages: code blocks keep their language and spacing, callouts their title. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index';
import { metaText } from '../../../src/extract/metaText';
import { fixture, page, story } from './helpers';

function body(html: string): Document {
  return new JSDOM(`<body>${html}</body>`).window.document;
}

describe('documentation page (fixture docs-page)', () => {
  const { doc, url } = fixture('docs-page');
  const article = extractArticle(doc, { url });
  const html = article?.contentHtml ?? '';
  const out = body(html);

  it('labels each code block with its language, above the code', () => {
    const labels = Array.from(out.querySelectorAll('figure')).map((f) => [f.firstElementChild?.tagName, f.firstElementChild?.textContent, f.lastElementChild?.tagName]);
    expect(labels).toEqual([
      ['FIGCAPTION', 'TOML', 'PRE'],
      ['FIGCAPTION', 'Shell', 'PRE'],
    ]);
  });

  it('keeps the line breaks and the spaces between highlighted tokens', () => {
    const code = out.querySelectorAll('pre')[0]?.textContent;
    expect(code).toBe('[cache]\ndir = ".kettle/cache"\nmax_size = "20 GB"');
  });

  it('shows callouts as notes with their title', () => {
    const notes = Array.from(out.querySelectorAll('[role="note"]'));
    expect(notes.map((n) => n.querySelector('strong')?.textContent)).toEqual(['Note', 'Warning']);
  });

  it('keeps the definition list, the table and the section headings', () => {
    expect(Array.from(out.querySelectorAll('dt')).map((d) => d.textContent)).toEqual(['dir', 'max_size', 'remote']);
    expect(out.querySelectorAll('table tr')).toHaveLength(3);
    expect(Array.from(out.querySelectorAll('h2, h3')).map((h) => h.textContent)).toEqual(['The cache section', 'Sharing a cache between machines', 'Backends', 'Eviction']);
  });
});

describe('documentation markup in a story', () => {
  it('keeps a long capitalised name inside a link (a setting), which is no shouted promo', () => {
    const a = extractArticle(page(story('<p>Pages are cached for as long as the <a href="/settings/#cache"><code>CACHE_MIDDLEWARE_SECONDS</code></a> setting defines.</p>')));
    expect(a?.textContent).toContain('as long as the CACHE_MIDDLEWARE_SECONDS setting defines');
  });

  it('keeps a section heading whose class merely sounds like clutter', () => {
    const a = extractArticle(page(story('<h3 class="heading scroll-mt-4">Read it online</h3><p>The guide can be read online, where the exercises run in the browser beside each chapter.</p>')));
    expect(a?.textContent).toContain('Read it online');
  });

  it('takes the language from a highlighter wrapper only when it wraps this one block', () => {
    const a = extractArticle(page(story('<div class="highlight-python"><div class="highlight"><pre>print(1)</pre></div></div><div class="lang-js"><pre>a()</pre><pre>b()</pre></div>')));
    const out = body(a?.contentHtml ?? '');
    expect(Array.from(out.querySelectorAll('figcaption')).map((f) => f.textContent)).toEqual(['Python']);
  });
});

describe('headings built of blocks', () => {
  it('keeps a heading whose text sits in divs (with an anchor icon), words apart', () => {
    const a = extractArticle(page(story('<h3><div><a href="#online" aria-label="Direct link"></a></div><div>Read it</div><div>online</div></h3><p>The guide can be read online, where the exercises run in the browser beside each chapter.</p>')));
    expect(a?.textContent).toContain('Read it online');
  });
});

describe('metaText', () => {
  const text = (html: string): string => metaText(body(html).body.firstElementChild as Element);
  it('joins a name and a date set side by side with a separator', () => {
    expect(text('<div class="byline"><span>By Carrie Arnold</span><time>November 15, 2019</time></div>')).toBe('By Carrie Arnold · November 15, 2019');
  });
  it('leaves a word split by markup alone, and spaced parts as they are', () => {
    expect(text('<div><b>Mc</b><i>Donald</i> and <span>Jane Doe</span> <span>March 2</span></div>')).toBe('McDonald and Jane Doe March 2');
  });
});

describe('link boxes inside a story', () => {
  const headings = (a: ReturnType<typeof extractArticle>): string[] => Array.from(body(a?.contentHtml ?? '').querySelectorAll('h2, h3, h4')).map((h) => h.textContent ?? '');
  it('drops a "More:" box of links to other stories, heading and all', () => {
    const a = extractArticle(
      page(story('<div class="box"><h3>More:</h3><ul><li><a href="/news/2025/01/02/one">Harbour plans go to a vote</a></li><li><a href="/news/2025/01/03/two">The ferry timetable changes</a></li></ul></div>')),
    );
    expect(a?.textContent).not.toContain('Harbour plans go to a vote');
    expect(headings(a)).toEqual([]);
  });

  it('drops a heading over a list of links between paragraphs, keeps one over a list of facts', () => {
    const a = extractArticle(
      page(
        story(
          '<h3>Read next</h3><ul><li><a href="/news/a">The council votes on the harbour</a></li><li><a href="/news/b">Weather warnings for the coast</a></li></ul><p>Paragraph between the lists carries enough ordinary words about the harbour to read as prose here.</p><h3>Key facts</h3><ul><li>The harbour opened in 1852.</li><li>It handles 300 boats a day.</li></ul>',
        ),
      ),
    );
    expect(a?.textContent).not.toContain('Weather warnings for the coast');
    expect(a?.textContent).toContain('The harbour opened in 1852.');
    expect(headings(a)).toEqual(['Key facts']);
  });
});

describe('byline', () => {
  it('keeps a name and a date apart', () => {
    const a = extractArticle(page(story('', '').replace('<h1>', '<div class="byline"><span class="author">By Carrie Arnold</span><time>November 15, 2019</time></div><h1>')));
    expect(a?.byline).toBe('By Carrie Arnold · November 15, 2019');
  });
});

describe('lead figure filled by script', () => {
  const figure = '<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="The harbour at dawn"><figcaption>The harbour at dawn. Photo: Jane Doe</figcaption></figure>';
  it('gets the picture the page names in og:image', () => {
    const html = story('', '<meta property="og:image" content="https://cdn.example-news.com/harbour.jpg">').replace('<div class="body">', `<div class="body">${figure}`);
    const img = body(extractArticle(page(html))?.contentHtml ?? '').querySelector('figure img');
    expect(img?.getAttribute('src')).toBe('https://cdn.example-news.com/harbour.jpg');
  });

  it('or loses its caption when the page names no picture', () => {
    const html = story('').replace('<div class="body">', `<div class="body">${figure}`);
    expect(extractArticle(page(html))?.contentHtml).not.toContain('The harbour at dawn');
  });
});
