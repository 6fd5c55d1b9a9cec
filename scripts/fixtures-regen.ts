/**
 * Rewrites the "blocks" of tests/fixtures/<slug>/expected.json from what the pipeline
 * extracts now, for review: `git diff tests/fixtures` then shows every change in output.
 * Like Readability's generate-testcase.js, it is run by hand after a deliberate change;
 * the unit tests compare against the files, never regenerate them.
 *
 *   npx tsx scripts/fixtures-regen.ts [SLUG…]
 */
import { JSDOM } from 'jsdom';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/index';
import { fixtureBlocks } from '../tests/unit/extract/blocks';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const wanted = process.argv.slice(2);
const slugs = readdirSync(FIXTURES).filter((s) => existsSync(join(FIXTURES, s, 'expected.json')) && (wanted.length === 0 || wanted.includes(s)));

for (const slug of slugs) {
  const file = join(FIXTURES, slug, 'expected.json');
  const expected = JSON.parse(readFileSync(file, 'utf8')) as { url: string; isArticle: boolean; blocks?: string[] } & Record<string, unknown>;
  if (!expected.isArticle) continue;
  const doc = new JSDOM(readFileSync(join(FIXTURES, slug, 'page.html'), 'utf8'), { url: expected.url }).window.document;
  const article = extractArticle(doc, { url: expected.url });
  const blocks = article ? fixtureBlocks(article) : [];
  const before = JSON.stringify(expected.blocks ?? []);
  expected.blocks = blocks;
  writeFileSync(file, `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`${before === JSON.stringify(blocks) ? 'same   ' : 'CHANGED'} ${slug} (${blocks.length} blocks)`);
}
