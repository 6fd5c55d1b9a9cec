/**
 * The extraction fixtures, laid out as Readability's test pages are: one folder per page under
 * tests/extraction-fixtures/<name>/ with
 *   source.html              the page, written by hand (modelled on real sites, never a copy of one)
 *   expected.html            the whole cleaned article, normalised (articleDom.ts); none for a page that is no article
 *   expected-metadata.json   the address it is read at, whether it is an article, its metadata, and
 *                            `absent`: hand-written text that must not reach the reader
 * `npm run fixtures:update [NAME…]` writes expected.html and the metadata from the pipeline, for
 * review with `git diff`. The e2e site pages stay in tests/fixtures/<slug>/ (page.html and its
 * assets); an extraction fixture's page is served from here under its name (tests/e2e/support/server.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

// import.meta.dirname, not a file: URL, which jsdom test environments replace with their own URL class.
export const EXTRACTION_FIXTURES_DIR = `${join(import.meta.dirname, '../extraction-fixtures')}${sep}`;
export const SITE_FIXTURES_DIR = `${join(import.meta.dirname, '../fixtures')}${sep}`;

export interface ExpectedMetadata {
  url: string;
  isArticle: boolean;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  /** hand-written: strings that must appear nowhere in the article's text or HTML */
  absent?: string[];
}

/** Every extraction fixture, by folder name. */
export function extractionFixtureNames(): string[] {
  return readdirSync(EXTRACTION_FIXTURES_DIR)
    .filter((name) => existsSync(join(EXTRACTION_FIXTURES_DIR, name, 'source.html')))
    .sort();
}

export function readExpectedMetadata(name: string): ExpectedMetadata {
  return JSON.parse(readFileSync(join(EXTRACTION_FIXTURES_DIR, name, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
}

/** A fixture page's HTML: an extraction fixture's source.html, else an e2e site page's page.html. */
export function fixtureSource(name: string): string {
  const source = join(EXTRACTION_FIXTURES_DIR, name, 'source.html');
  return readFileSync(existsSync(source) ? source : join(SITE_FIXTURES_DIR, name, 'page.html'), 'utf8');
}

/** A page with the address it is read at: extraction fixtures only. */
export function fixturePage(name: string): { html: string; url: string } {
  return { html: fixtureSource(name), url: readExpectedMetadata(name).url };
}
