/** Documentation pages: code blocks keep their language and spacing, callouts their title. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index';
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
