/**
 * What an extraction fixture expects, as the pipeline makes it now: detection, metadata and the
 * whole cleaned article (normalised, tests/support/articleDom.ts). Written for review, never by
 * the tests themselves (tests/unit/extract/fixtures.test.ts compares against the files).
 */
import { JSDOM } from 'jsdom';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, isArticlePage } from '../../src/extract/index';
import { normalisedArticleHtml } from '../../tests/support/articleDom';
import { EXTRACTION_FIXTURES_DIR, type ExpectedMetadata } from '../../tests/support/extractionFixtures';

/** The address a page without metadata yet is read at: its own canonical or og:url, else a neutral one. */
function declaredUrl(name: string, html: string): string {
  const head = html.slice(0, 200_000);
  const declared =
    /<link\b[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(head)?.[1] ?? /<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(head)?.[1];
  return declared && /^https?:\/\//.test(declared) ? declared : `https://www.example.com/${name}`;
}

/**
 * Rewrites expected-metadata.json and expected.html of one fixture from its source.html. The
 * address and `absent` of an existing expected-metadata.json are kept. Says whether anything changed.
 */
export function updateFixture(name: string): 'same' | 'CHANGED' | 'NEW' {
  const dir = join(EXTRACTION_FIXTURES_DIR, name);
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const metaFile = join(dir, 'expected-metadata.json');
  const htmlFile = join(dir, 'expected.html');
  const before = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as ExpectedMetadata) : null;
  const beforeText = `${before ? readFileSync(metaFile, 'utf8') : ''}${existsSync(htmlFile) ? readFileSync(htmlFile, 'utf8') : ''}`;
  const url = before?.url ?? declaredUrl(name, html);
  const doc = new JSDOM(html, { url }).window.document;
  const isArticle = isArticlePage(doc, url);
  const article = isArticle ? extractArticle(doc, { url }) : null;
  const metadata: ExpectedMetadata = article
    ? {
        url,
        isArticle,
        title: article.title,
        byline: article.byline,
        siteName: article.siteName,
        publishedTime: article.publishedTime,
        excerpt: article.excerpt,
        lang: article.lang,
        dir: article.dir,
        ...(before?.absent ? { absent: before.absent } : {}),
      }
    : { url, isArticle, ...(before?.absent ? { absent: before.absent } : {}) };
  writeFileSync(metaFile, `${JSON.stringify(metadata, null, 2)}\n`);
  if (article) writeFileSync(htmlFile, normalisedArticleHtml(article.contentHtml));
  else rmSync(htmlFile, { force: true });
  const afterText = `${readFileSync(metaFile, 'utf8')}${existsSync(htmlFile) ? readFileSync(htmlFile, 'utf8') : ''}`;
  return before === null ? 'NEW' : beforeText === afterText ? 'same' : 'CHANGED';
}
