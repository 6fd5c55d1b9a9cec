/**
 * `npm run fixtures:convert`: moves extraction fixtures of the old layout
 *   tests/fixtures/<slug>/page.html + expected.json (`url`, `isArticle`, `title`, `byline`, `lang`, `dir`, `blocks`, `absent`)
 * to Readability's layout, tests/extraction-fixtures/<slug>/source.html + expected.html +
 * expected-metadata.json (tests/support/extractionFixtures.ts). A page's assets (CSS, images,
 * headers.json) stay in tests/fixtures/<slug>/, from where the e2e server still serves them with
 * the page. Each page is converted only if the pipeline still gives what its expected.json says
 * (detection, title, byline, language, direction, every block in order): the new expected files
 * are then written from that same output. Safe to run again: it converts what is left.
 */
import { JSDOM } from 'jsdom';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, isArticlePage } from '../src/extract/index';
import { EXTRACTION_FIXTURES_DIR, SITE_FIXTURES_DIR } from '../tests/support/extractionFixtures';
import { updateFixture } from './extraction-fixtures/expected';

interface OldExpected {
  url: string;
  isArticle: boolean;
  title?: string;
  byline?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  blocks?: string[];
  absent?: string[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Where the pipeline no longer gives what the old expected.json says, or null. */
function disagreement(html: string, expected: OldExpected): string | null {
  const doc = new JSDOM(html, { url: expected.url }).window.document;
  if (isArticlePage(doc, expected.url) !== expected.isArticle) return `detection is not ${expected.isArticle}`;
  if (!expected.isArticle) return null;
  const article = extractArticle(doc, { url: expected.url });
  if (!article) return 'no article extracted';
  if (expected.title !== undefined && article.title !== expected.title) return `title ${JSON.stringify(article.title)}`;
  if (expected.byline !== undefined && !(article.byline ?? '').includes(expected.byline)) return `byline ${JSON.stringify(article.byline)}`;
  if (expected.lang !== undefined && article.lang !== expected.lang) return `lang ${article.lang}`;
  if (expected.dir !== undefined && article.dir !== expected.dir) return `dir ${article.dir}`;
  const blocks = article.textContent.split('\n\n').map(norm).filter(Boolean);
  if (JSON.stringify(blocks) !== JSON.stringify((expected.blocks ?? []).map(norm))) return 'the blocks differ (run the old fixtures test to see how)';
  return null;
}

let refused = 0;
for (const slug of readdirSync(SITE_FIXTURES_DIR).sort()) {
  const old = join(SITE_FIXTURES_DIR, slug);
  if (!existsSync(join(old, 'expected.json'))) continue;
  const expected = JSON.parse(readFileSync(join(old, 'expected.json'), 'utf8')) as OldExpected;
  const html = readFileSync(join(old, 'page.html'), 'utf8');
  const why = disagreement(html, expected);
  if (why !== null) {
    refused++;
    console.log(`REFUSED ${slug}: ${why}`);
    continue;
  }
  const dir = join(EXTRACTION_FIXTURES_DIR, slug);
  if (existsSync(dir)) {
    refused++;
    console.log(`REFUSED ${slug}: tests/extraction-fixtures/${slug} exists already`);
    continue;
  }
  mkdirSync(dir, { recursive: true });
  renameSync(join(old, 'page.html'), join(dir, 'source.html'));
  const stub = { url: expected.url, isArticle: expected.isArticle, ...(expected.absent ? { absent: expected.absent } : {}) };
  writeFileSync(join(dir, 'expected-metadata.json'), `${JSON.stringify(stub, null, 2)}\n`);
  updateFixture(slug);
  rmSync(join(old, 'expected.json'));
  if (readdirSync(old).length === 0) rmdirSync(old);
  console.log(`moved   ${slug}`);
}
if (refused > 0) process.exitCode = 1;
