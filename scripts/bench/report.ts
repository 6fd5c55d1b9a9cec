/** Scores one corpus run: both sides, per site, folds, catastrophic pages, metadata agreement. */
import { toText } from '../../src/extract/text';
import type { Corpus, CorpusPage, ReadabilityExpected } from './corpora';
import { scoreCorpus, scorePage, type PageScore } from './metric';
import { htmlText, type SideResult } from './run';
import { scoreSnippetCorpus, scoreSnippets, snippetRecall, type SnippetCounts } from './snippets';
import { median, summarize } from './stats';
import { scoreWordCorpus, scoreWordPage, type WordPage } from './words';

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

interface PageLine {
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
  /** The name floors are kept under: the corpus folder's name, or what the run calls a part of it. */
  label: string;
  pages: number;
  sites: number;
  figures: Figure[];
  folds: string[];
  lines: PageLine[];
  catastrophic: PageLine[];
  /** Further lines to print after the figures (WCXB's per-type table and worst pages). */
  sections?: string[];
}

/** The folder's own name: what floors.json calls a corpus. */
export function folderName(dir: string): string {
  return dir.replace(/\/+$/, '').split('/').pop() ?? dir;
}

/** Our recall under this while Readability's is at least CATASTROPHIC_RAW: the reader showed the wrong thing. */
const CATASTROPHIC_OURS = 0.5;
const CATASTROPHIC_RAW = 0.8;
const FOLDS = 5;

export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Sites, not pages, go into folds: a site's pages are never split across them. */
function foldOf(site: string): number {
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
    label: folderName(corpus.dir),
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
    label: folderName(corpus.dir),
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

const METADATA_FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'excerpt', 'lang', 'dir'] as const;
type Field = (typeof METADATA_FIELDS)[number];

/**
 * Whether a side's value agrees with Readability's expected one. Readability gives no
 * direction or language for many pages; a side that says "ltr" where it says nothing agrees.
 */
function agrees(field: Field, value: string | null, expected: ReadabilityExpected): boolean {
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

/** WCXB's page types in its evaluate.py's order; collections and listings are not pages to read (its README). */
const PAGE_TYPES = ['article', 'forum', 'product', 'collection', 'listing', 'documentation', 'service'] as const;
const READ_TYPES: ReadonlySet<string> = new Set(['article', 'forum', 'product', 'documentation', 'service']);

const pad = (v: number): string => v.toFixed(3).padStart(7);

/**
 * WCXB (scripts/bench/words.ts): per page word P/R/F1 and snippet rates for both sides, macro over
 * pages, overall and per page type. A catastrophic page is as in the other corpora: our recall
 * under 0.5 where Readability's is at least 0.8.
 */
function wordsReport(corpus: Corpus, runs: PageRun[]): CorpusReport {
  const truthOf = (r: PageRun): { mainContent: string; with: string[]; without: string[]; pageType: string } =>
    r.page.truth.kind === 'words' ? r.page.truth : { mainContent: '', with: [], without: [], pageType: 'article' };
  const ours: WordPage[] = runs.map((r) => scoreWordPage(r.ours.articleBody, truthOf(r)));
  const raw: WordPage[] = runs.map((r) => scoreWordPage(r.raw.articleBody, truthOf(r)));
  const typeOf = (i: number): string => truthOf(runs[i]!).pageType;
  const lines: PageLine[] = runs.map((r, i) => ({
    id: r.page.id,
    url: r.page.url,
    oursRecall: ours[i]!.recall,
    rawRecall: raw[i]!.recall,
    oursPrecision: ours[i]!.precision,
    rawPrecision: raw[i]!.precision,
    note: `${typeOf(i)} F1 ours ${ours[i]!.f1.toFixed(3)} raw ${raw[i]!.f1.toFixed(3)}${r.ours.failed ? ` FAILED ${r.ours.error ?? ''}` : ''}`,
  }));
  const isCatastrophic = (l: PageLine): boolean => l.oursRecall < CATASTROPHIC_OURS && l.rawRecall >= CATASTROPHIC_RAW;
  const catastrophic = lines.filter(isCatastrophic);
  const idx = (pred: (i: number) => boolean): number[] => runs.map((_, i) => i).filter(pred);
  const pick = (scores: WordPage[], at: number[]): WordPage[] => at.map((i) => scores[i]!);
  const so = scoreWordCorpus(ours);
  const sr = scoreWordCorpus(raw);
  const read = idx((i) => READ_TYPES.has(typeOf(i)));
  const types = [...PAGE_TYPES, ...new Set(runs.map((_, i) => typeOf(i)).filter((t) => !(PAGE_TYPES as readonly string[]).includes(t)))];
  const perType: Figure[] = [];
  const sections: string[] = [
    `${'page type'.padEnd(15)}${'pages'.padStart(6)}  ${'ours P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}  ${'raw P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}  ${'with'.padStart(6)}${'w/o'.padStart(6)}  catastrophic`,
  ];
  const row = (name: string, at: number[]): string => {
    const o = scoreWordCorpus(pick(ours, at));
    const w = scoreWordCorpus(pick(raw, at));
    const cat = at.filter((i) => isCatastrophic(lines[i]!)).length;
    return `${name.padEnd(15)}${String(at.length).padStart(6)}  ${pad(o.precision)}${pad(o.recall)}${pad(o.f1)}  ${pad(w.precision)}${pad(w.recall)}${pad(w.f1)}  ${o.withRate.toFixed(2).padStart(6)}${o.withoutRate.toFixed(2).padStart(6)}  ${cat}`;
  };
  for (const type of types) {
    const at = idx((i) => typeOf(i) === type);
    if (at.length === 0) continue;
    sections.push(row(type, at));
    perType.push({ name: `F1 ${type}`, ours: scoreWordCorpus(pick(ours, at)).f1, raw: scoreWordCorpus(pick(raw, at)).f1 });
  }
  sections.push(row('pages to read', read), row('all', idx(() => true)));
  const against = idx(() => true)
    .filter((i) => raw[i]!.f1 > ours[i]!.f1)
    .sort((a, b) => raw[b]!.f1 - ours[b]!.f1 - (raw[a]!.f1 - ours[a]!.f1))
    .slice(0, 10);
  sections.push(`worst ${against.length} pages against Readability (its F1 minus ours):`);
  for (const i of against) sections.push(`  ${lines[i]!.id} ${lines[i]!.note}  ${lines[i]!.url}`);
  const failed = lines.filter((_, i) => runs[i]!.ours.failed || runs[i]!.raw.failed);
  for (const l of failed) {
    const r = runs[lines.indexOf(l)]!;
    sections.push(`FAILED ${l.id} ours: ${r.ours.error ?? (r.ours.failed ? 'failed' : 'ok')}; raw: ${r.raw.error ?? (r.raw.failed ? 'failed' : 'ok')}`);
  }
  const { folds, worstOurs, worstRaw } = siteFolds(runs, (at, side) => scoreWordCorpus(pick(side === 'ours' ? ours : raw, at)).f1);
  const readO = scoreWordCorpus(pick(ours, read));
  const readR = scoreWordCorpus(pick(raw, read));
  return {
    kind: corpus.kind,
    dir: corpus.dir,
    label: folderName(corpus.dir),
    pages: runs.length,
    sites: new Set(runs.map((r) => r.page.site)).size,
    figures: [
      { name: 'precision', ours: so.precision, raw: sr.precision },
      { name: 'recall', ours: so.recall, raw: sr.recall },
      { name: 'F1', ours: so.f1, raw: sr.f1 },
      { name: 'with snippets', ours: so.withRate, raw: sr.withRate },
      { name: 'without snippets', ours: so.withoutRate, raw: sr.withoutRate, lowerIsBetter: true },
      { name: 'F1, pages to read', ours: readO.f1, raw: readR.f1 },
      { name: 'catastrophic, pages to read', ours: read.filter((i) => isCatastrophic(lines[i]!)).length, raw: 0, digits: 0, lowerIsBetter: true },
      ...perType,
      ...corpusFigures(runs, catastrophic, worstOurs, worstRaw),
    ],
    folds,
    lines,
    catastrophic,
    sections,
  };
}

export function report(corpus: Corpus, runs: PageRun[]): CorpusReport {
  if (corpus.kind === 'words') return wordsReport(corpus, runs);
  if (corpus.kind === 'snippets') return snippetReport(corpus, runs);
  if (corpus.kind === 'readability') return readabilityReport(corpus, runs);
  return shingleReport(corpus, runs, (r) => (r.page.truth.kind === 'shingles' ? r.page.truth.articleBody : ''), (r) => r.raw.articleBody);
}
