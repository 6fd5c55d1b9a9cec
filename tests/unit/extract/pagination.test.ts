import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findNextPage } from '../../../src/extract/pagination';

const URL_1 = 'https://www.example-daily.org/history/harbour-150-years';
const doc = (html: string, url = URL_1) => new JSDOM(html, { url }).window.document;
const story = '<article><h1>The harbour at 150</h1><p>Long story text.</p></article>';

describe('findNextPage', () => {
  it('takes <link rel="next"> in the head', () => {
    expect(findNextPage(doc(`<head><link rel="next" href="?page=2"></head><body>${story}</body>`), URL_1)).toBe(`${URL_1}?page=2`);
  });

  it('takes a rel="next" link in the page', () => {
    expect(findNextPage(doc(`${story}<a rel="next" href="/history/harbour-150-years/2">More</a>`), URL_1)).toBe(`${URL_1}/2`);
  });

  it('reads a pager after the story: "Page 1 of 3 · Next ›"', () => {
    const html = `${story}<div class="article-pagination"><span>Page 1 of 3</span> <a href="?page=2">Next ›</a></div>`;
    expect(findNextPage(doc(html), URL_1)).toBe(`${URL_1}?page=2`);
  });

  it('reads a numbered pager from the page marked as current', () => {
    const html = `${story}<nav class="pager" aria-label="Pages"><a href="?p=1">1</a><a aria-current="page" href="?p=2">2</a><a href="?p=3">3</a></nav>`;
    expect(findNextPage(doc(html, `${URL_1}?p=2`), `${URL_1}?p=2`)).toBe(`${URL_1}?p=3`);
  });

  it('understands other languages and a bare arrow', () => {
    expect(findNextPage(doc(`${story}<ul class="pagination"><li><a href="/seite/2">Nächste Seite</a></li></ul>`), URL_1)).toBe('https://www.example-daily.org/seite/2');
    expect(findNextPage(doc(`${story}<div class="paging"><b>1</b> <a href="/p/2">2</a> <a href="/p/2">»</a></div>`), URL_1)).toBe('https://www.example-daily.org/p/2');
  });

  it('ignores "next story" links, other origins, the page itself, and comment pagers', () => {
    for (const html of [
      `${story}<aside class="related"><a href="/next-story">Next story ›</a></aside>`,
      `${story}<div class="pagination"><a href="https://elsewhere.example/p2">Next</a></div>`,
      `<head><link rel="next" href="${URL_1}#comments"></head>${story}`,
      `${story}<section id="comments"><div class="comment-pagination"><a href="?cpage=2">Next</a></div></section>`,
      `${story}<div class="pagination"><a href="javascript:next()">Next</a></div>`,
      story,
    ]) {
      expect(findNextPage(doc(html), URL_1)).toBeNull();
    }
  });
});
