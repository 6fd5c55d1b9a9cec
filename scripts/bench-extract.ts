/**
 * Extraction benchmark: our pipeline vs raw Readability 0.6 on the same pages in
 * the same run, scored with the benchmark's shingle metric.
 *
 *   npm run bench:extract -- --pages DIR [--out FILE] [--per-page] [--only ID,ID]
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractArticle, isArticlePage } from '../src/extract/index';
import { scoreCorpus, scorePage, type PageScore } from './bench/metric';
import { loadHtml, loadTruth } from './bench/pages';
import { summarize } from './bench/stats';

interface RunResult {
  text: string;
  ms: number;
  failed: boolean;
}

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    out: { type: 'string' },
    'per-page': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
if (!values.pages) {
  console.error('usage: npm run bench:extract -- --pages DIR [--out FILE] [--per-page] [--only ID,ID]');
  process.exit(2);
}
const dir = values.pages;
const truth = loadTruth(dir);
const only = values.only ? new Set(values.only.split(',')) : null;
const ids = Object.keys(truth).filter((id) => !only || only.has(id)).sort();

// Pages log CSS and script errors through jsdom; they are noise here.
const quiet = new VirtualConsole();

function parse(html: string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: quiet });
}

function runOurs(html: string, url: string): RunResult & { detected: boolean } {
  const dom = parse(html, url);
  const doc = dom.window.document;
  const detected = isArticlePage(doc, url);
  const start = performance.now();
  try {
    const article = extractArticle(doc, { url });
    const ms = performance.now() - start;
    return { text: article?.textContent ?? '', ms, failed: false, detected };
  } catch (err) {
    console.error(`ours failed on ${url}:`, err);
    return { text: '', ms: performance.now() - start, failed: true, detected };
  } finally {
    dom.window.close();
  }
}

function runRaw(html: string, url: string): RunResult {
  const dom = parse(html, url);
  const start = performance.now();
  try {
    const parsed = new Readability(dom.window.document).parse();
    return { text: parsed?.textContent ?? '', ms: performance.now() - start, failed: false };
  } catch (err) {
    console.error(`readability failed on ${url}:`, err);
    return { text: '', ms: performance.now() - start, failed: true };
  } finally {
    dom.window.close();
  }
}

interface SideTotals {
  scores: PageScore[];
  times: number[];
  empty: number;
  failed: number;
}

const sides = { ours: newSide(), raw: newSide() };
function newSide(): SideTotals {
  return { scores: [], times: [], empty: 0, failed: 0 };
}
function record(side: SideTotals, r: RunResult, truthText: string): PageScore {
  const s = scorePage(r.text, truthText);
  side.scores.push(s);
  side.times.push(r.ms);
  if (r.failed) side.failed++;
  else if (!r.text.trim()) side.empty++;
  return s;
}

const predictions: Record<string, { articleBody: string }> = {};
const perPage: string[] = [];
let detected = 0;
ids.forEach((id, i) => {
  const entry = truth[id];
  if (!entry) return;
  const html = loadHtml(dir, id);
  // Alternate the order so neither side always runs on a colder JIT.
  let ours: ReturnType<typeof runOurs>;
  let raw: RunResult;
  if (i % 2 === 0) {
    ours = runOurs(html, entry.url);
    raw = runRaw(html, entry.url);
  } else {
    raw = runRaw(html, entry.url);
    ours = runOurs(html, entry.url);
  }
  if (ours.detected) detected++;
  predictions[id] = { articleBody: ours.text };
  const so = record(sides.ours, ours, entry.articleBody);
  const sr = record(sides.raw, raw, entry.articleBody);
  perPage.push(
    `${id.slice(0, 12)}  ours P ${so.precision.toFixed(3)} R ${so.recall.toFixed(3)}  raw P ${sr.precision.toFixed(3)} R ${sr.recall.toFixed(3)}  ${ours.detected ? '' : 'NOT-DETECTED '}${entry.url}`,
  );
});

if (values['per-page']) console.log(perPage.join('\n') + '\n');

const f = (n: number): string => n.toFixed(3);
const ms = (n: number): string => n.toFixed(1);
const rows: Array<[string, (s: SideTotals) => string]> = [
  ['precision', (s) => f(scoreCorpus(s.scores).precision)],
  ['recall', (s) => f(scoreCorpus(s.scores).recall)],
  ['F1', (s) => f(scoreCorpus(s.scores).f1)],
  ['accuracy', (s) => f(scoreCorpus(s.scores).accuracy)],
  ['empty', (s) => String(s.empty)],
  ['failed', (s) => String(s.failed)],
  ['mean ms', (s) => ms(summarize(s.times).mean)],
  ['median ms', (s) => ms(summarize(s.times).median)],
  ['p95 ms', (s) => ms(summarize(s.times).p95)],
];
console.log(`${ids.length} pages from ${dir}`);
console.log(`${'metric'.padEnd(12)}${'ours'.padStart(10)}${'readability'.padStart(14)}`);
for (const [name, get] of rows) console.log(`${name.padEnd(12)}${get(sides.ours).padStart(10)}${get(sides.raw).padStart(14)}`);
console.log(`detected as article (ours): ${detected}/${ids.length}`);

if (values.out) {
  writeFileSync(values.out, JSON.stringify(predictions, null, 2) + '\n');
  console.log(`predictions written to ${values.out}`);
}
