/** Scores one corpus run: both sides, per site, folds, catastrophic pages, metadata agreement. */
import { toText } from '../../src/extract/text';
import type { Corpus, CorpusPage, ReadabilityExpected } from './corpora';
import { scoreCorpus, scorePage, type PageScore } from './metric';
import { htmlText, type SideResult } from './run';
import { scoreSnippetCorpus, scoreSnippets, snippetRecall, type SnippetCounts } from './snippets';
import { median, summarize } from './stats';

export interface PageRun {
  page: CorpusPage;
  ours: SideResult;
  raw: SideResult;
}

/** A figure for both sides; `higherIsBetter` decides what a floor means for it. */
export interface Figure {
  name: string;
  ours: number;
  raw: number;
  digits?: number;
  /** Lower is better (counts of bad pages, times). */
  lowerIsBetter?: boolean;
}

export interface PageLine {
  id: string;
  url: string;
  oursRecall: number;
  rawRecall: number;
  oursPrecision: number;
  rawPrecision: number;
  note: string;
}

export interface CorpusReport {
  kind: Corpus['kind'];
  dir: string;
  pages: number;
  sites: number;
  figures: Figure[];
  folds: string[];
  lines: PageLine[];
  catastrophic: PageLine[];
}

/** Our recall under this while Readability's is at least CATASTROPHIC_RAW: the reader showed the wrong thing. */
const CATASTROPHIC_OURS = 0.5;
const CATASTROPHIC_RAW = 0.8;
const FOLDS = 5;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Sites, not pages, go into folds: a site's pages are never split across them. */
export function foldOf(site: string): number {
  return hash(site) % FOLDS;
}

/** F1 per fold of whole sites, for both sides: `f1Of` scores the pages at the given indexes. */
function siteFolds(runs: PageRun[], f1Of: (idx: number[], side: 'ours' | 'raw') => number): { folds: string[]; worstOurs: number; worstRaw: number } {
  const folds: string[] = [];
  let worstOurs = 1;
  let worstRaw = 1;
  for (let k = 0; k < FOLDS; k++) {
    const idx = runs.map((r, i) => (foldOf(r.page.site) === k ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const fo = f1Of(idx, 'ours');
    const fr = f1Of(idx, 'raw');
    worstOurs = Math.min(worstOurs, fo);
    worstRaw = Math.min(worstRaw, fr);
    folds.push(`fold ${k}: ${idx.length} pages, ${new Set(idx.map((i) => runs[i]!.page.site)).size} sites, F1 ours ${fo.toFixed(3)} raw ${fr.toFixed(3)}`);
  }
  return { folds, worstOurs, worstRaw };
}

function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Each site counts once: the mean of its pages' precision and recall, then the mean over sites. */
function siteMacro(runs: PageRun[], score: (r: PageRun) => PageScore): { precision: number; recall: number; f1: number } {
  const bySite = new Map<string, PageScore[]>();
  for (const r of runs) bySite.set(r.page.site, [...(bySite.get(r.page.site) ?? []), score(r)]);
  const perSite = [...bySite.values()].map((scores) => scoreCorpus(scores));
  const precision = perSite.reduce((a, s) => a + s.precision, 0) / Math.max(1, perSite.length);
  const recall = perSite.reduce((a, s) => a + s.recall, 0) / Math.max(1, perSite.length);
  return { precision, recall, f1: f1(precision, recall) };
}

/**
 * The ratio of the medians is the acceptance figure; the median of per-page ratios beside it
 * pairs each page with itself, so a slow page on one side cannot shift the other's median.
 */
function timing(runs: PageRun[]): Figure[] {
  const o = summarize(runs.map((r) => r.ours.ms));
  const w = summarize(runs.map((r) => r.raw.ms));
  const perPage = runs.filter((r) => r.raw.ms > 0).map((r) => r.ours.ms / r.raw.ms);
  return [
    { name: 'median ms', ours: o.median, raw: w.median, digits: 1, lowerIsBetter: true },
    { name: 'p95 ms', ours: o.p95, raw: w.p95, digits: 1, lowerIsBetter: true },
    { name: 'time ratio (median)', ours: w.median > 0 ? o.median / w.median : 0, raw: 1, digits: 2, lowerIsBetter: true },
    { name: 'time ratio (per-page median)', ours: median(perPage), raw: 1, digits: 2, lowerIsBetter: true },
  ];
}

function counts(runs: PageRun[], catastrophic: PageLine[]): Figure[] {
  return [
    { name: 'empty', ours: runs.filter((r) => !r.ours.articleBody.trim()).length, raw: runs.filter((r) => !r.raw.articleBody.trim()).length, digits: 0, lowerIsBetter: true },
    { name: 'failed', ours: runs.filter((r) => r.ours.failed).length, raw: runs.filter((r) => r.raw.failed).length, digits: 0, lowerIsBetter: true },
    { name: 'catastrophic', ours: catastrophic.length, raw: 0, digits: 0, lowerIsBetter: true },
  ];
}

type Scores = { precision: number; recall: number; f1: number; accuracy: number };

function scores(so: Scores, sr: Scores): Figure[] {
  return [
    { name: 'precision', ours: so.precision, raw: sr.precision },
    { name: 'recall', ours: so.recall, raw: sr.recall },
    { name: 'F1', ours: so.f1, raw: sr.f1 },
    { name: 'accuracy', ours: so.accuracy, raw: sr.accuracy },
  ];
}

/** The figures every corpus reports after its scores: site folds, detection, bad pages, time. */
function corpusFigures(runs: PageRun[], catastrophic: PageLine[], worstOurs: number, worstRaw: number): Figure[] {
  return [
    { name: 'F1, worst site fold', ours: worstOurs, raw: worstRaw },
    { name: 'detected', ours: runs.filter((r) => r.ours.isArticle).length, raw: runs.filter((r) => r.raw.isArticle).length, digits: 0 },
    ...counts(runs, catastrophic),
    ...timing(runs),
  ];
}

function shingleReport(corpus: Corpus, runs: PageRun[], truthOf: (r: PageRun) => string, rawText: (r: PageRun) => string): CorpusReport {
  const ours = runs.map((r) => scorePage(r.ours.articleBody, truthOf(r)));
  const raw = runs.map((r) => scorePage(rawText(r), truthOf(r)));
  const so = scoreCorpus(ours);
  const sr = scoreCorpus(raw);
  const lines: PageLine[] = runs.map((r, i) => ({
    id: r.page.id,
    url: r.page.url,
    oursRecall: ours[i]!.recall,
    rawRecall: raw[i]!.recall,
    oursPrecision: ours[i]!.precision,
    rawPrecision: raw[i]!.precision,
    note: r.ours.isArticle ? '' : 'not detected',
  }));
  const catastrophic = lines.filter((l) => l.oursRecall < CATASTROPHIC_OURS && l.rawRecall >= CATASTROPHIC_RAW);
  const mo = siteMacro(runs, (r) => ours[runs.indexOf(r)]!);
  const mr = siteMacro(runs, (r) => raw[runs.indexOf(r)]!);
  const { folds, worstOurs, worstRaw } = siteFolds(runs, (idx, side) => scoreCorpus(idx.map((i) => (side === 'ours' ? ours : raw)[i]!)).f1);
  return {
    kind: corpus.kind,
    dir: corpus.dir,
    pages: runs.length,
    sites: new Set(runs.map((r) => r.page.site)).size,
    figures: [
      ...scores(so, sr),
      { name: 'F1, sites equal', ours: mo.f1, raw: mr.f1 },
      ...corpusFigures(runs, catastrophic, worstOurs, worstRaw),
    ],
    folds,
    lines,
    catastrophic,
  };
}

function snippetReport(corpus: Corpus, runs: PageRun[]): CorpusReport {
  const truth = (r: PageRun): { with: string[]; without: string[] } => (r.page.truth.kind === 'snippets' ? r.page.truth : { with: [], without: [] });
  const ours: SnippetCounts[] = runs.map((r) => scoreSnippets(r.ours.articleBody, truth(r).with, truth(r).without));
  const raw: SnippetCounts[] = runs.map((r) => scoreSnippets(r.raw.articleBody, truth(r).with, truth(r).without));
  const so = scoreSnippetCorpus(ours);
  const sr = scoreSnippetCorpus(raw);
  const precisionOf = (c: SnippetCounts): number => (c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 1);
  const lines: PageLine[] = runs.map((r, i) => ({
    id: r.page.id,
    url: r.page.url,
    oursRecall: snippetRecall(ours[i]!),
    rawRecall: snippetRecall(raw[i]!),
    oursPrecision: precisionOf(ours[i]!),
    rawPrecision: precisionOf(raw[i]!),
    note: `${ours[i]!.fp} boilerplate snippets in ours, ${raw[i]!.fp} in raw`,
  }));
  const catastrophic = lines.filter((l, i) => truth(runs[i]!).with.length > 0 && l.oursRecall < CATASTROPHIC_OURS && l.rawRecall >= CATASTROPHIC_RAW);
  const { folds, worstOurs, worstRaw } = siteFolds(runs, (idx, side) => scoreSnippetCorpus(idx.map((i) => (side === 'ours' ? ours : raw)[i]!)).f1);
  return {
    kind: corpus.kind,
    dir: corpus.dir,
    pages: runs.length,
    sites: new Set(runs.map((r) => r.page.site)).size,
    figures: [
      ...scores(so, sr),
      ...corpusFigures(runs, catastrophic, worstOurs, worstRaw),
    ],
    folds,
    lines,
    catastrophic,
  };
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export const METADATA_FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'excerpt', 'lang', 'dir'] as const;
type Field = (typeof METADATA_FIELDS)[number];

/**
 * Whether a side's value agrees with Readability's expected one. Readability gives no
 * direction or language for many pages; a side that says "ltr" where it says nothing agrees.
 */
export function agrees(field: Field, value: string | null, expected: ReadabilityExpected): boolean {
  const want = expected[field];
  if (field === 'dir') return (norm(value) || 'ltr').toLowerCase() === (norm(want) || 'ltr').toLowerCase();
  if (field === 'lang') return norm(value).toLowerCase() === norm(want).toLowerCase();
  return norm(value) === norm(want);
}

function readabilityReport(corpus: Corpus, runs: PageRun[]): CorpusReport {
  const expectedOf = (r: PageRun): ReadabilityExpected => {
    if (r.page.truth.kind !== 'readability') throw new Error('not a Readability test page');
    return r.page.truth.expected;
  };
  const expectedText = new Map(runs.map((r) => [r, r.page.truth.kind === 'readability' ? htmlText(r.page.truth.expectedHtml, toText) : '']));
  const base = shingleReport(corpus, runs, (r) => expectedText.get(r) ?? '', (r) => r.raw.blockText);
  const share = (side: 'ours' | 'raw', field: Field, onlyWhereSet: boolean): number => {
    const pool = runs.filter((r) => !onlyWhereSet || norm(expectedOf(r)[field]) !== '');
    return pool.length ? pool.filter((r) => agrees(field, r[side][field], expectedOf(r))).length / pool.length : 1;
  };
  const metadata: Figure[] = [];
  for (const field of METADATA_FIELDS) metadata.push({ name: `${field} agrees`, ours: share('ours', field, false), raw: share('raw', field, false) });
  for (const field of ['byline', 'siteName', 'publishedTime', 'excerpt'] as const) {
    metadata.push({ name: `${field} agrees, where set`, ours: share('ours', field, true), raw: share('raw', field, true) });
  }
  const readerable = runs.filter((r) => expectedOf(r).readerable);
  const notReaderable = runs.filter((r) => !expectedOf(r).readerable);
  const detection: Figure[] = [
    { name: 'detection agrees', ours: runs.filter((r) => r.ours.isArticle === expectedOf(r).readerable).length / runs.length, raw: runs.filter((r) => r.raw.isArticle === expectedOf(r).readerable).length / runs.length },
    { name: 'detected where readerable', ours: readerable.filter((r) => r.ours.isArticle).length, raw: readerable.filter((r) => r.raw.isArticle).length, digits: 0 },
    { name: 'detected where not', ours: notReaderable.filter((r) => r.ours.isArticle).length, raw: notReaderable.filter((r) => r.raw.isArticle).length, digits: 0, lowerIsBetter: true },
  ];
  const lines = base.lines.map((l, i) => {
    const r = runs[i]!;
    const off = METADATA_FIELDS.filter((f) => !agrees(f, r.ours[f], expectedOf(r)));
    const det = r.ours.isArticle === expectedOf(r).readerable ? '' : ` detection ${r.ours.isArticle} (readerable ${expectedOf(r).readerable})`;
    return { ...l, note: `${off.length ? `differs: ${off.map((f) => `${f} ${JSON.stringify(r.ours[f])} vs ${JSON.stringify(expectedOf(r)[f])}`).join('; ')}` : ''}${det}` };
  });
  return {
    ...base,
    lines,
    figures: [
      ...base.figures.filter((f) => ['recall', 'precision', 'F1', 'empty', 'failed', 'catastrophic', 'median ms', 'time ratio (median)', 'time ratio (per-page median)'].includes(f.name)).map((f) =>
        ['recall', 'precision', 'F1'].includes(f.name) ? { ...f, name: `${f.name} vs Readability's output` } : f,
      ),
      ...metadata,
      ...detection,
    ],
  };
}

export function report(corpus: Corpus, runs: PageRun[]): CorpusReport {
  if (corpus.kind === 'snippets') return snippetReport(corpus, runs);
  if (corpus.kind === 'readability') return readabilityReport(corpus, runs);
  return shingleReport(corpus, runs, (r) => (r.page.truth.kind === 'shingles' ? r.page.truth.articleBody : ''), (r) => r.raw.articleBody);
}
