/** One page through our pipeline and through raw Readability, each on its own parse of the page. */
import { Readability } from '@mozilla/readability';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle, isArticlePage } from '../../src/extract/index';
import { toText } from '../../src/extract/text';
import type { CorpusPage } from './corpora';

export interface SideResult {
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
  excerpt: string | null;
  articleBody: string;
  /** The body block by block (src/extract/text.ts), for comparing with a block text. */
  blockText: string;
  ms: number;
  failed: boolean;
  /** Why the side failed on the page (the exception's message), when it did. */
  error?: string;
}

/** An exception's first line, for the report. */
export function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.split('\n')[0]?.slice(0, 300) ?? '';
}

// Pages log CSS and script errors through jsdom; they are noise here.
const quiet = (): VirtualConsole => new VirtualConsole();

function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n);
  for (const c of comments) c.parentNode?.removeChild(c);
}

function parse(page: CorpusPage, html: string): JSDOM {
  const dom = new JSDOM(html, { url: page.url, virtualConsole: quiet() });
  if (page.stripComments) removeComments(dom.window.document);
  return dom;
}

export const EMPTY: Omit<SideResult, 'ms' | 'failed' | 'isArticle'> = {
  title: null, byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null, articleBody: '', blockText: '',
};

export function runOurs(page: CorpusPage, html: string): SideResult {
  const dom = parse(page, html);
  const doc = dom.window.document;
  const start = performance.now();
  try {
    const article = extractArticle(doc, { url: page.url });
    const ms = performance.now() - start;
    const isArticle = isArticlePage(doc, page.url);
    if (!article) return { ...EMPTY, isArticle, ms, failed: false };
    return {
      isArticle,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      publishedTime: article.publishedTime,
      lang: article.lang,
      dir: article.dir,
      excerpt: article.excerpt,
      articleBody: article.textContent,
      blockText: article.textContent,
      ms,
      failed: false,
    };
  } catch (err) {
    console.error(`ours failed on ${page.id}:`, err);
    return { ...EMPTY, isArticle: false, ms: performance.now() - start, failed: true, error: errorText(err) };
  } finally {
    dom.window.close();
  }
}

export function runRaw(page: CorpusPage, html: string): SideResult {
  const dom = parse(page, html);
  const doc = dom.window.document;
  const isArticle = isProbablyReaderable(doc);
  const start = performance.now();
  try {
    const parsed = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
    const ms = performance.now() - start;
    return {
      isArticle,
      title: parsed?.title ?? null,
      byline: parsed?.byline ?? null,
      siteName: parsed?.siteName ?? null,
      publishedTime: parsed?.publishedTime ?? null,
      lang: parsed?.lang ?? null,
      dir: parsed?.dir ?? null,
      excerpt: parsed?.excerpt ?? null,
      // textContent, as the benchmark's published Readability figures are computed.
      articleBody: parsed?.textContent ?? '',
      blockText: parsed?.content ? toText(parsed.content) : '',
      ms,
      failed: false,
    };
  } catch (err) {
    console.error(`readability failed on ${page.id}:`, err);
    return { ...EMPTY, isArticle, ms: performance.now() - start, failed: true, error: errorText(err) };
  } finally {
    dom.window.close();
  }
}

/** How long `run` takes on a fresh parse of the page, the parse itself not counted (NaN if it throws). */
function timeOnFreshParse(page: CorpusPage, html: string, run: (doc: Document) => unknown): number {
  const dom = parse(page, html);
  try {
    const start = performance.now();
    run(dom.window.document);
    return performance.now() - start;
  } catch {
    return Number.NaN;
  } finally {
    dom.window.close();
  }
}

/** Our pipeline's time alone: a further sample for `--repeat`. */
export const timeOurs = (page: CorpusPage, html: string): number => timeOnFreshParse(page, html, (doc) => extractArticle(doc, { url: page.url }));

/** Raw Readability's time alone: a further sample for `--repeat`. */
export const timeRaw = (page: CorpusPage, html: string): number =>
  timeOnFreshParse(page, html, (doc) => new Readability<Element>(doc, { serializer: (el) => el as Element }).parse());

/** The text of Readability's expected output, block by block as our own text is. */
export function htmlText(html: string, toText: (root: Node) => string): string {
  const dom = new JSDOM(html, { virtualConsole: quiet() });
  try {
    return toText(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}
