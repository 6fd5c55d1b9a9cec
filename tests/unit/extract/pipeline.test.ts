import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { extractArticle } from '../../../src/extract/index';
import { fixture, page, story } from './helpers';
import { fixturePage, SITE_FIXTURES_DIR } from '../../support/extractionFixtures';

/** The article's HTML without the reader's block numbers (data-lr-block, tested in siteRules/). */
const unnumbered = (contentHtml: string | undefined): string => (contentHtml ?? '').replace(/ data-lr-block="\d+"/g, '');

function html(slug: string): string {
  const { doc, url } = fixture(slug);
  return unnumbered(extractArticle(doc, { url })?.contentHtml);
}

describe('images', () => {
  const content = html('lazy-images');

  it('resolves lazy images to their real, absolute URLs', () => {
    expect(content).toContain('src="https://www.example-news.com/img/beans-hero-1200.jpg"'); // data-src, relative to <base>
    expect(content).toContain('https://www.example-news.com/img/beans-hero-1600.jpg 1600w'); // data-srcset
    expect(content).toContain('src="https://www.example-news.com/img/curator-drawer.jpg"'); // data-lazy-src over a 1x1 gif
    expect(content).toContain('src="https://images.example-cdn.net/beans/germination-trays.jpg"'); // data-original / <noscript>
    expect(content).toContain('src="https://www.example-news.com/img/field-day.jpg"'); // placeholder src, real srcset
    expect(content).toContain('srcset="https://www.example-news.com/img/field-day.webp 1x'); // <source data-srcset>
  });

  it('leaves no placeholder or spacer behind', () => {
    expect(content).not.toMatch(/src="data:|pixel\.gif|placeholder\.png|width="1"/);
    expect(content.match(/germination-trays\.jpg"/g)).toHaveLength(1);
  });

  it('keeps the hero image that sits above the story body', () => {
    expect(content.indexOf('beans-hero-1200.jpg')).toBeLessThan(content.indexOf('The temperature in the back room'));
  });
});

describe('captions, code and tables', () => {
  const { doc, url } = fixture('captions-code-table');
  const article = extractArticle(doc, { url });

  it('keeps captions in the HTML as figcaptions but out of the body text', () => {
    expect(unnumbered(article?.contentHtml)).toMatch(/<figcaption>Monthly hosting costs, January 2024/);
    expect(unnumbered(article?.contentHtml)).toMatch(/<figcaption>Photo: Brackley City Council<\/figcaption>/);
    expect(article?.textContent).not.toContain('Monthly hosting costs');
    expect(article?.textContent).not.toContain('Photo: Brackley');
  });

  it('keeps code blocks with their line breaks and tables with their cells', () => {
    expect(unnumbered(article?.contentHtml)).toContain('<pre><code>{\n  "rules": [{');
    expect(unnumbered(article?.contentHtml)).toMatch(/<table>[\s\S]*<th>Files stored \(TB\)<\/th>[\s\S]*<td>£4,110<\/td>/);
  });

  it('keeps images and captions of the photo story', () => {
    const lazy = html('lazy-images');
    expect(lazy).toContain('<figcaption>Ruth Almquist has run the library since 2009.');
    expect(lazy).not.toMatch(/<figcaption>[^<]*<figcaption>/);
  });
});

describe('sanitizing and reader shape', () => {
  const dirty = story(
    `<h1>A second headline inside the body</h1>
     <p>Hostile markup <img src="x.jpg" onerror="alert(1)"> and <a href="javascript:alert(2)">a link</a> and <a href="/relative/path" target="_blank" class="btn" style="color:red">another</a>.</p>
     <script>alert(3)</script><iframe src="https://evil.example/"></iframe>
     <svg onload="alert(4)"><circle r="1"></circle></svg>
     <p onclick="alert(5)">Clickable paragraph with handlers and some more words to make it count.</p>`,
  );
  const doc = page(dirty);
  const before = doc.documentElement.outerHTML;
  const article = extractArticle(doc);
  const out = unnumbered(article?.contentHtml);

  it('never changes the page it reads', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('removes scripts, handlers, javascript: links and frames', () => {
    expect(out).not.toMatch(/<script|onerror|onclick|onload|javascript:|<iframe/i);
    expect(out).toContain('Clickable paragraph with handlers');
  });

  it('demotes h1 to h2 and drops the duplicated headline', () => {
    expect(out).not.toMatch(/<h1/i);
    expect(out).toContain('<h2>A second headline inside the body</h2>');
    expect(out).not.toContain('>A story about something<');
  });

  it('strips style, class and target, and makes links absolute', () => {
    expect(out).not.toMatch(/\s(?:style|class|target)=/);
    expect(out).toContain('href="https://www.example-news.com/relative/path"');
  });

  it('resolves relative URLs against options.url when the document has none', () => {
    const inert = new JSDOM(dirty).window.document; // about:blank, like a DOMParser document
    const a = extractArticle(inert, { url: 'https://www.example-news.com/world/2025/01/01/x' });
    expect(a?.contentHtml).toContain('href="https://www.example-news.com/relative/path"');
  });

  it('separates blocks with blank lines in textContent', () => {
    expect(article?.textContent).toMatch(/prose to every heuristic involved here\.\n\nParagraph 2 of the story/);
  });
});

describe('presentational attributes', () => {
  it('leaves none of the page’s styling, ids or link targets in the article', () => {
    const html = story(
      `<table border="1" bgcolor="#ff0" align="center" id="t1"><tr><td class="c">A cell of the table</td></tr></table>
       <p style="color:red" align="right" id="lede">A paragraph in <font color="red" face="Comic Sans MS">a coloured face</font> with <a href="/x" target="_blank">a link</a>.</p>`,
    );
    const out = new JSDOM(extractArticle(page(html))?.contentHtml ?? '').window.document.body;
    expect(out.textContent).toContain('a coloured face');
    for (const attr of ['style', 'class', 'id', 'target', 'align', 'bgcolor', 'border', 'color', 'face']) {
      expect(out.querySelector(`[${attr}]`)?.outerHTML, attr).toBeUndefined();
    }
  });
});

describe('ad residue', () => {
  it('keeps paragraphs that only talk about advertising', () => {
    const doc = page(
      story(
        `<div class="ad-wrapper"><span>Advertisement</span><div id="div-gpt-ad-1"></div></div>
         <p>Advertisement budgets fell sharply, and the paper's advertising director said sponsored content would not replace them.</p>
         <p>Advertisement</p><div>Story continues below advertisement</div><p><span>Advertisement</span> · <span>Scroll to continue</span></p>`,
      ),
    );
    const text = extractArticle(doc)?.textContent ?? '';
    expect(text).toContain("Advertisement budgets fell sharply, and the paper's advertising director said sponsored content would not replace them.");
    expect(text.split('\n\n').filter((b) => /^advertisement$|scroll to continue|continues below/i.test(b))).toEqual([]);
  });

  it('ignores what the site injects after load (newsx seed with its scripts run)', async () => {
    const dir = join(SITE_FIXTURES_DIR, 'newsx-seed');
    const { html, url } = fixturePage('newsx-seed');
    const dom = new JSDOM(html, { url, runScripts: 'outside-only', pretendToBeVisual: true });
    // jsdom does not play media; the site's script expects play() to return a promise.
    dom.window.HTMLMediaElement.prototype.play = () => Promise.resolve();
    dom.window.eval(readFileSync(join(dir, 'site.js'), 'utf8'));
    dom.window.dispatchEvent(new dom.window.Event('load'));
    // The wall arrives on the site's own timer: wait for it, so the test really has it to ignore.
    await vi.waitFor(() => expect(dom.window.document.getElementById('fullscreen-wall')).not.toBeNull(), { timeout: 5_000 });
    expect(dom.window.document.querySelector('.injected-ad')).not.toBeNull();
    const a = extractArticle(dom.window.document, { url });
    expect(a?.textContent).toContain('Between February and March 2022');
    for (const s of ['Advertisement', 'Scroll to continue', 'Subscribe to NewsX Premium', 'Continue to site']) {
      expect(a?.contentHtml).not.toContain(s);
    }
    dom.window.close();
  });
});

describe('pages with no text to read', () => {
  it('answers "no article" for an app shell of controls, even one that calls itself an article, without reading a copy', async () => {
    const cells = Array.from({ length: 2000 }, () => '<div class="cell"><span class="icon"></span><input type="checkbox"></div>').join('');
    const html = `<html><head><title>Tracker</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Tracker"}</script></head><body><nav>Menu</nav><main>${cells}</main><footer>© Tracker</footer></body></html>`;
    const doc = new JSDOM(html, { url: 'https://tracker.example/app/board' }).window.document;
    const readability = await import('@mozilla/readability');
    const parse = vi.spyOn(readability.Readability.prototype, 'parse');
    expect(extractArticle(doc)).toBeNull();
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });
});

describe('bylines', () => {
  const lede = 'The Americas cannot ignore the risk of further surges, the regional health director warned on Thursday as she urged countries to close vaccination gaps.';

  it('drops a capitalised byline line at the top of the story', () => {
    const t = extractArticle(page(story('').replace('<div class="body">', '<div class="body"><p>By Jane Doe, Harbour Reporter</p>')))?.textContent ?? '';
    expect(t).not.toContain('Jane Doe');
  });

  it('keeps a short sentence that opens with "By" and a capitalised word', () => {
    const line = 'By Friday, the strike had spread.';
    const t = extractArticle(page(story(`<p>${line}</p>`)))?.textContent ?? '';
    expect(t).toContain(line);
  });

  it('keeps a byline that opens a sentence of the story', () => {
    const t = extractArticle(page(story(`<p><strong><em>By Aaron Humes</em></strong>: ${lede}</p>`)))?.textContent ?? '';
    expect(t).toContain(`By Aaron Humes: ${lede}`);
  });
});
