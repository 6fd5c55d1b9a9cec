/**
 * Debug aid: what our extraction adds (false positives) and misses (false
 * negatives) on one benchmark page, as runs of tokens.
 *
 *   npx tsx scripts/bench/diff-page.ts DIR ID [--raw]
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../src/extract/index';
import { shingles, tokenize } from './metric';
import { loadHtml, loadTruth } from './pages';

/** Token runs of `a` whose 4-token windows are not in `b` (multiset-aware, greedy). */
export function unmatchedRuns(a: string, b: string): string[] {
  const ta = tokenize(a);
  const budget = shingles(tokenize(b));
  const bad = new Array<boolean>(ta.length).fill(false);
  if (ta.length < 4) return budget.has(ta.join(' ')) || ta.length === 0 ? [] : [ta.join(' ')];
  for (let i = 0; i + 4 <= ta.length; i++) {
    const key = ta.slice(i, i + 4).join(' ');
    const n = budget.get(key) ?? 0;
    if (n > 0) budget.set(key, n - 1);
    else for (let j = i; j < i + 4; j++) bad[j] = true;
  }
  const runs: string[] = [];
  let cur: string[] = [];
  ta.forEach((tok, i) => {
    if (bad[i]) cur.push(tok);
    else if (cur.length) {
      runs.push(cur.join(' '));
      cur = [];
    }
  });
  if (cur.length) runs.push(cur.join(' '));
  return runs;
}

const isMain = process.argv[1]?.endsWith('diff-page.ts');
if (isMain) {
  const [dir, id] = process.argv.slice(2);
  if (!dir || !id) {
    console.error('usage: npx tsx scripts/bench/diff-page.ts DIR ID [--raw]');
    process.exit(2);
  }
  const truth = loadTruth(dir);
  const entry = truth[id];
  if (!entry) throw new Error(`no page ${id}`);
  const dom = new JSDOM(loadHtml(dir, id), { url: entry.url, virtualConsole: new VirtualConsole() });
  const text = process.argv.includes('--raw')
    ? (new Readability(dom.window.document).parse()?.textContent ?? '')
    : (extractArticle(dom.window.document, { url: entry.url })?.textContent ?? '');
  console.log(`${entry.url}\n--- extra (in ours, not in truth):`);
  for (const r of unmatchedRuns(text, entry.articleBody)) console.log(`  + ${r}`);
  console.log('--- missing (in truth, not in ours):');
  for (const r of unmatchedRuns(entry.articleBody, text)) console.log(`  - ${r}`);
}
