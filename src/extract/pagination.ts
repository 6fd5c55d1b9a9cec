/**
 * The "next page" of an article split over several pages: `<link rel="next">` or `<a rel="next">`,
 * else the pager after the story ("Page 1 of 3 · Next ›", "1 2 3 ›"). Pure: reads the document,
 * changes nothing. Only an address on the page's own origin counts, never the page itself, and
 * "next story" links (a different article) do not.
 */

/** Link texts that mean "the next page of this one", in the interface languages and beyond. */
const NEXT_TEXT =
  /^(?:next|next page|continue|continue reading|suivant|suivante|page suivante|siguiente|página siguiente|weiter|nächste|nächste seite|próxima|próxima página|seguinte|далее|следующая|следующая страница|التالي|الصفحة التالية|下一页|下一頁|次へ|次のページ|अगला|अगला पेज|পরবর্তী|পরের পাতা)$/i;
const ARROWS = /[›»→>]+/g;
const PAGER = /(?:^|[\s_-])(?:pag(?:er|ination|ing|es|e-?nav|e-?numbers|e-?links)|article-?pages|multi-?page)(?:$|[\s_-])/i;
const CURRENT = /(?:^|[\s_-])(?:current|active|selected|on)(?:$|[\s_-])/i;

function sameDocument(a: URL, b: URL): boolean {
  return a.origin === b.origin && a.pathname === b.pathname && a.search === b.search;
}

function resolve(href: string | null, doc: Document, page: URL): string | null {
  if (href === null || href.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(href.trim(), doc.baseURI || page.href);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== page.origin || sameDocument(url, page)) return null;
  url.hash = '';
  return url.href;
}

/** Text without arrows and extra spaces: "Next ›" → "Next". */
const words = (text: string | null): string => (text ?? '').replace(ARROWS, ' ').replace(/\s+/g, ' ').trim();

function isNextLabel(a: Element): boolean {
  const text = words(a.textContent);
  if (NEXT_TEXT.test(words(a.getAttribute('aria-label'))) || NEXT_TEXT.test(text)) return true;
  // A bare arrow (›, », →) in a pager is its "next".
  return text === '' && /[›»→>]/.test(a.textContent ?? '');
}

function pagerOf(el: Element): boolean {
  const signature = `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('aria-label') ?? ''}`;
  return PAGER.test(signature);
}

/** The number of the page shown now, from the pager's marked entry or a "Page 2 of 3" line. */
function currentPage(pager: Element): number | null {
  for (const el of Array.from(pager.querySelectorAll('[aria-current], .current, .active, .selected, strong, em, span'))) {
    const marked = el.hasAttribute('aria-current') || CURRENT.test(el.getAttribute('class') ?? '') || (el.tagName !== 'A' && !el.closest('a'));
    const n = Number((el.textContent ?? '').trim());
    if (marked && Number.isInteger(n) && n > 0) return n;
  }
  const of = /\bpage\s+(\d+)\s+(?:of|\/)\s+\d+/i.exec(pager.textContent ?? '');
  return of ? Number(of[1]) : null;
}

function fromPager(pager: Element, doc: Document, page: URL): string | null {
  const links = Array.from(pager.querySelectorAll('a[href]'));
  for (const a of links) {
    if (isNextLabel(a)) {
      const url = resolve(a.getAttribute('href'), doc, page);
      if (url !== null) return url;
    }
  }
  const current = currentPage(pager);
  if (current === null) return null;
  const next = links.find((a) => words(a.textContent) === String(current + 1));
  return next ? resolve(next.getAttribute('href'), doc, page) : null;
}

export function findNextPage(doc: Document, pageUrl: string): string | null {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return null;
  }
  for (const el of Array.from(doc.querySelectorAll('link[rel~="next" i][href], a[rel~="next" i][href]'))) {
    const url = resolve(el.getAttribute('href'), doc, page);
    if (url !== null) return url;
  }
  const pagers = Array.from(doc.querySelectorAll('nav, div, ul, ol, p, section, footer')).filter(pagerOf);
  // Comment threads page too: their pager is not the story's.
  for (const pager of pagers.filter((p) => !p.closest('[class*="comment" i], [id*="comment" i]'))) {
    const url = fromPager(pager, doc, page);
    if (url !== null) return url;
  }
  return null;
}
