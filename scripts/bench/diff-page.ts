/**
 * Debug aid: what our extraction adds (false positives) and misses (false
 * negatives) on one benchmark page, as runs of tokens.
 *
 *   npx tsx scripts/bench/diff-page.ts DIR ID [--raw]
 */
import { toText } from '../../src/extract/text';
import { loadCorpus } from './corpora';
import { wordF1 } from './words';
import { shingles, tokenize } from './metric';
import { htmlText, runOurs, runRaw } from './run';
import { collapse } from './snippets';

/** Token runs of `a` whose 4-token windows are not in `b` (multiset-aware, greedy). */
function unmatchedRuns(a: string, b: string): string[] {
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
  const page = loadCorpus(dir).pages.find((p) => p.id === id);
  if (!page) throw new Error(`no page ${id}`);
  const html = page.html();
  const side = process.argv.includes('--raw') ? runRaw(page, html) : runOurs(page, html);
  const text = page.truth.kind === 'shingles' || page.truth.kind === 'words' ? side.articleBody : side.blockText;
  console.log(`${page.url}  title ${JSON.stringify(side.title)} byline ${JSON.stringify(side.byline)} article ${side.isArticle}`);
  if (page.truth.kind === 'snippets') {
    const t = collapse(text);
    for (const s of page.truth.with) if (!t.includes(collapse(s))) console.log(`  missing: ${s}`);
    for (const s of page.truth.without) if (t.includes(collapse(s))) console.log(`  boilerplate kept: ${s}`);
  } else {
    const t = page.truth;
    const truth = t.kind === 'shingles' ? t.articleBody : t.kind === 'words' ? t.mainContent : htmlText(t.expectedHtml, toText);
    if (t.kind === 'words') {
      const s = wordF1(text, t.mainContent);
      console.log(`${t.pageType}: word P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
    }
    console.log('--- extra (in ours, not in truth):');
    for (const r of unmatchedRuns(text, truth)) console.log(`  + ${r}`);
    console.log('--- missing (in truth, not in ours):');
    for (const r of unmatchedRuns(truth, text)) console.log(`  - ${r}`);
  }
}
