/**
 * Extraction bench: our pipeline beside raw Readability 0.6, on the same pages in the same
 * run, for any of the four shared corpus layouts (scripts/bench/corpora.ts).
 *
 *   npm run bench:extract -- --pages DIR [--pages DIR…] [--out FILE] [--per-page] [--worst N] [--only ID,ID]
 *   npm run bench:extract -- --pages DIR --jobs 1 --repeat 5       timings: each side 5 times a page, its median kept
 *   npm run bench:extract -- --all [--check FILE]      the four corpora in ../shared; --check fails below the floors
 *   npm run bench:extract -- --pages ../shared/wcxb-dev [--sample N] [--types article,forum]   all of WCXB's dev
 *       split, or N pages per type, or only these page types; --lines FILE writes every page's line (JSON)
 *
 * `--all` runs WCXB as its fixed stratified sample (scripts/bench/sample.ts: 20 pages per page
 * type), reported and floored as "wcxb-dev sample"; the whole split is for `--pages`.
 * One page's failure never stops a run: it is reported with its id and counted as failed.
 *
 * Pages run in worker processes, --jobs at a time (default 2); timings are per page inside a worker.
 * --repeat N times each side N times per page (a fresh parse each time, the two sides interleaved)
 * and keeps each page's median: for timing runs (with --jobs 1), as one timing per page is noisy.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadCorpus, type Corpus } from './bench/corpora';
import { folderName, report, type CorpusReport, type Figure, type PageRun } from './bench/report';
import { runCorpus } from './bench/pool';
import { SAMPLE_PER_TYPE, stratifiedSample } from './bench/sample';
import { exitIfCorporaMissing, SHARED_CORPORA } from './bench/sharedCorpora';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
    out: { type: 'string' },
    'per-page': { type: 'boolean', default: false },
    worst: { type: 'string' },
    only: { type: 'string' },
    check: { type: 'string' },
    json: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    repeat: { type: 'string', default: '1' },
    sample: { type: 'string' },
    types: { type: 'string' },
    lines: { type: 'string' },
  },
});
const dirs = values.all ? SHARED_CORPORA : (values.pages ?? []);
if (dirs.length === 0) {
  console.error('usage: npm run bench:extract -- --pages DIR [--out FILE] [--per-page] [--worst N] [--only ID,ID] | --all [--check FILE]');
  process.exit(2);
}
// With --check this is the quality gate of `npm test`.
exitIfCorporaMissing(values.check ? 'quality gate' : 'bench:extract', dirs, values.check !== undefined);
const repeat = Math.max(1, Math.floor(Number(values.repeat)) || 1);
const only = values.only ? new Set(values.only.split(',')) : null;
/** Pages per page type of a WCXB corpus: `--sample N`, else the gate's sample under --all, else all. */
const types = values.types ? new Set(values.types.split(',')) : null;
const perType = values.sample !== undefined ? Math.max(0, Math.floor(Number(values.sample)) || 0) : values.all ? SAMPLE_PER_TYPE : 0;

function predictionsOf(corpus: Corpus, runs: PageRun[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { page, ours } of runs) {
    if (corpus.kind === 'readability') {
      const { isArticle, title, byline, siteName, publishedTime, lang, dir, excerpt, articleBody } = ours;
      out[page.id] = { isArticle, title, byline, siteName, publishedTime, lang, dir, excerpt, articleBody };
    } else if (corpus.kind === 'words') {
      // evaluate.py's --results format: { file_id: extracted text }.
      out[page.id] = ours.articleBody;
    } else {
      out[page.id] = { articleBody: ours.articleBody };
    }
  }
  return out;
}

async function run(dir: string): Promise<{ corpus: Corpus; runs: PageRun[]; label: string }> {
  const corpus = loadCorpus(dir);
  const sampled = corpus.kind === 'words' && perType > 0;
  const ofType = corpus.pages.filter((p) => !types || (p.truth.kind === 'words' && types.has(p.truth.pageType)));
  const pages = (sampled ? stratifiedSample(ofType, perType) : ofType).filter((p) => !only || only.has(p.id));
  const label = sampled ? `${folderName(dir)} sample${perType === SAMPLE_PER_TYPE ? '' : ` ${perType}`}` : folderName(dir);
  return { corpus, runs: await runCorpus(corpus, pages, Number(values.jobs), repeat), label };
}

const fmt = (f: Figure, v: number): string => v.toFixed(f.digits ?? 3);

function print(r: CorpusReport): void {
  console.log(`\n${r.pages} pages (${r.sites} sites) from ${r.dir} [${r.kind}]${r.label !== folderName(r.dir) ? ` as "${r.label}"` : ''}`);
  console.log(`${'figure'.padEnd(34)}${'ours'.padStart(9)}${'readability'.padStart(13)}`);
  for (const f of r.figures) console.log(`${f.name.padEnd(34)}${fmt(f, f.ours).padStart(9)}${fmt(f, f.raw).padStart(13)}`);
  for (const line of r.folds) console.log(`  ${line}`);
  for (const line of r.sections ?? []) console.log(`  ${line}`);
  for (const c of r.catastrophic) console.log(`  CATASTROPHIC ${c.id} recall ours ${c.oursRecall.toFixed(3)} raw ${c.rawRecall.toFixed(3)} ${r.kind === 'words' ? `${c.note} ` : ''}${c.url}`);
}

const reports: CorpusReport[] = [];
const predictions: Record<string, Record<string, unknown>> = {};
for (const dir of dirs) {
  const { corpus, runs, label } = await run(dir);
  const r = { ...report(corpus, runs), label };
  reports.push(r);
  predictions[dir] = predictionsOf(corpus, runs);
  print(r);
  const worst = Number(values.worst ?? (values['per-page'] ? r.lines.length : 0));
  if (worst > 0) {
    const byLoss = [...r.lines].sort((a, b) => a.oursRecall + a.oursPrecision - (b.oursRecall + b.oursPrecision));
    console.log(`  worst ${Math.min(worst, byLoss.length)} pages by our precision + recall:`);
    for (const l of byLoss.slice(0, worst)) {
      console.log(`  ${l.id.slice(0, 40).padEnd(40)} ours P ${l.oursPrecision.toFixed(3)} R ${l.oursRecall.toFixed(3)}  raw P ${l.rawPrecision.toFixed(3)} R ${l.rawRecall.toFixed(3)}  ${l.note}`);
    }
  }
}

if (values.out) {
  const body = dirs.length === 1 ? predictions[dirs[0]!] : predictions;
  writeFileSync(values.out, `${JSON.stringify(body, null, 2)}\n`);
  console.log(`\npredictions written to ${values.out}`);
}
if (values.lines) writeFileSync(values.lines, `${JSON.stringify(Object.fromEntries(reports.map((r) => [r.label, r.lines])), null, 1)}\n`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(reports.map(({ lines: _lines, ...rest }) => rest), null, 2)}\n`);

/**
 * Floors: `{ "<corpus folder name>": { "<figure name>": number } }`. A figure above its
 * floor passes (below, for lowerIsBetter figures); a figure the floors name but the
 * run lacks fails.
 */
if (values.check) {
  const floors = JSON.parse(readFileSync(values.check, 'utf8')) as Record<string, Record<string, number>>;
  let passed = 0;
  let failed = 0;
  for (const r of reports) {
    const name = r.label;
    for (const [figure, floor] of Object.entries(floors[name] ?? {})) {
      const f = r.figures.find((x) => x.name === figure);
      const ok = f !== undefined && (f.lowerIsBetter ? f.ours <= floor : f.ours >= floor);
      if (ok) passed++;
      else failed++;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${figure} ${f ? fmt(f, f.ours) : 'missing'} ${f?.lowerIsBetter ? '<=' : '>='} ${floor}`);
    }
  }
  console.log(`quality: ${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}
