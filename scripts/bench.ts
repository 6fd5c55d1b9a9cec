/**
 * The performance bench in the browser: the built extension (dist/) in headless Chromium, a
 * real toolbar click per page, timed with the extension's own performance marks, beside raw
 * Readability in the same page and the injection floor (an empty overlay injected by the same
 * click). Also the detection script's cost on a listed site, the size of every script the
 * extension loads, and the heap after 20 open/close cycles. README, "Performance bench".
 *
 *   npm run bench -- [--runs N] [--pages DIR] [--limit N] [--only ID,ID] [--cycles N] [--out FILE] [--timeout MS] [--extension DIR]
 *   npm run bench -- --browser firefox --peer reader-view [--runs N] [--pages DIR] [--news-limit N] [--wcxb-limit N]
 *     Lucid against Firefox's own Reader View (scripts/bench/readerViewRace.ts; build dist-firefox/ first)
 *
 * Build first (`npm run build`). Prints a table and writes bench-results.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { defaultSettings } from '../src/settings/schema';
import { DIST_DIR } from '../tests/e2e/support/browser';
import { startBenchBrowser } from './bench/browserSession';
import { bundleSizes } from './bench/bundles';
import { loadCorpus } from './bench/corpora';
import { benchFixtures } from './bench/fixtures';
import { buildFloorExtension } from './bench/floorExtension';
import { runReaderViewRace } from './bench/readerViewRace';
import { median, percentile } from './bench/stats';
import { clickToClose, clickToPaint, detectionTiming, heapAfterGc, rawReadabilityMs, RECORD_LONG_TASKS, type DetectionTiming, type OpenTiming } from './bench/timeline';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    pages: { type: 'string' },
    limit: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string', default: 'bench-results.json' },
    timeout: { type: 'string', default: '90000' },
    cycles: { type: 'string', default: '20' },
    browser: { type: 'string', default: 'chromium' },
    peer: { type: 'string' },
    news: { type: 'string', default: '../shared/extraction-benchmark' },
    'news-limit': { type: 'string', default: '25' },
    wcxb: { type: 'string', default: '../shared/wcxb-dev' },
    'wcxb-limit': { type: 'string', default: '10' },
    headed: { type: 'boolean', default: false },
    extension: { type: 'string' },
  },
});
console.log(`load: ${loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min), ${cpus().length} cores`);
if (values.browser === 'firefox') {
  if (values.peer !== 'reader-view') throw new Error('--browser firefox races Firefox\'s Reader View: add --peer reader-view');
  const result = await runReaderViewRace({
    runs: Math.max(1, Number(values.runs)),
    newsDir: values.news ?? '../shared/extraction-benchmark',
    newsLimit: Number(values['news-limit']),
    wcxbDir: values.wcxb ?? '../shared/wcxb-dev',
    wcxbLimit: Number(values['wcxb-limit']),
    extraDir: values.pages,
    only: values.only ? new Set(values.only.split(',')) : null,
    timeoutMs: Math.max(1000, Number(values.timeout)),
    headless: !values.headed,
    extensionDir: values.extension,
  });
  console.log(`load after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const out = values.out === 'bench-results.json' ? 'bench-race-results.json' : (values.out ?? 'bench-race-results.json');
  writeFileSync(out, `${JSON.stringify({ load: loadavg(), ...result }, null, 2)}\n`);
  console.log(`results written to ${out}`);
  process.exit(0);
}
const runs = Math.max(1, Number(values.runs));
const cycles = Math.max(1, Number(values.cycles));
const timeoutMs = Math.max(1000, Number(values.timeout));

/** Not a listed news site: clicks there measure the reader alone, with no detection script. */
const CLICK_HOST = 'https://news.lucid-bench.test';
/** A listed site (DEFAULT_NEWS_DOMAINS): the detection script runs there. */
const LISTED_HOST = 'https://www.theguardian.com';

interface BenchPage {
  id: string;
  url: string;
  html(): string;
  /** generated with a known answer: an article or not (undefined for --pages) */
  article?: boolean;
  detectUrl?: string;
}

const only = values.only ? new Set(values.only.split(',')) : null;
const fixtures = benchFixtures().filter((f) => !only || only.has(f.id));
let pages: BenchPage[] = fixtures.map((f) => ({ id: f.id, url: `${CLICK_HOST}${f.path}`, html: () => f.html, article: f.article, detectUrl: `${LISTED_HOST}${f.path}` }));
if (values.pages) {
  const seen = new Set<string>();
  const corpus = loadCorpus(values.pages).pages.map((p) => {
    // Readability's test pages all sit at one fake address: each gets its own path.
    const url = seen.has(p.url) ? `${new URL(p.url).origin}/${encodeURIComponent(p.id)}/` : p.url;
    seen.add(url);
    return { id: p.id, url, html: p.html };
  });
  const chosen = corpus.filter((p) => !only || only.has(p.id));
  pages = [...pages, ...(values.limit ? chosen.slice(0, Number(values.limit)) : chosen)];
}

const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
const rawExpression = rawReadabilityMs(readabilitySource);
const extensionDir = values.extension ?? DIST_DIR;
const floorDir = await buildFloorExtension(extensionDir, '.bench/floor-extension');

const served = [
  ...pages.map((p) => ({ id: p.id, url: p.url })),
  ...pages.flatMap((p) => (p.detectUrl ? [{ id: p.id, url: p.detectUrl }] : [])),
];
const htmlOf = new Map(pages.map((p) => [p.id, p]));
const session = await startBenchBrowser({
  pages: served,
  html: (id) => htmlOf.get(id)?.html() ?? '',
  settings: { ...defaultSettings(), autoOpen: false },
  alsoLoad: [floorDir],
  extensionDir,
});
const { context, extensionId } = session;
const floorId = session.others.get(floorDir)?.extensionId ?? '';

async function loaded(url: string, init?: string): Promise<Page> {
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // A person clicks once the page has loaded, or has shown itself for a while.
  await page.waitForLoadState('load', { timeout: 20_000 }).catch(() => undefined);
  return page;
}

interface PageSamples {
  reader: OpenTiming[];
  floor: OpenTiming[];
  raw: number[];
  failures: number;
}

const samples = new Map<string, PageSamples>(pages.map((p) => [p.id, { reader: [], floor: [], raw: [], failures: 0 }]));

try {
  for (let run = 1; run <= runs; run++) {
    for (const p of pages) {
      const s = samples.get(p.id)!;
      let page = await loaded(p.url, RECORD_LONG_TASKS);
      s.raw.push((await page.evaluate(rawExpression)) as number);
      const reader = await clickToPaint(context, extensionId, page, timeoutMs);
      if (reader) s.reader.push(reader);
      else s.failures++;
      await page.close();
      page = await loaded(p.url);
      const floor = await clickToPaint(context, floorId, page, timeoutMs);
      if (floor) s.floor.push(floor);
      await page.close();
      console.log(`run ${run}/${runs} ${p.id.padEnd(18)} reader ${reader ? reader.total.toFixed(0) : 'none'} ms, floor ${floor ? floor.total.toFixed(0) : 'none'} ms, raw ${s.raw.at(-1)?.toFixed(0)} ms`);
    }
  }

  // Heap: the first page (the seed-like one unless --only says otherwise), opened and closed `cycles` times after one warm-up cycle.
  const seed = pages[0]!;
  const heapPage = await loaded(seed.url);
  const heapBefore = await heapAfterGc(heapPage);
  const cycle = async (): Promise<boolean> =>
    (await clickToPaint(context, extensionId, heapPage, timeoutMs)) !== null && (await clickToClose(context, extensionId, heapPage, timeoutMs));
  let heapOk = await cycle();
  const heapWarm = await heapAfterGc(heapPage);
  for (let i = 0; i < cycles && heapOk; i++) heapOk = await cycle();
  const heapAfter = await heapAfterGc(heapPage);
  await heapPage.close();

  // Detection: automatic opening on, the listed site's pages loaded afresh each run.
  await session.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(i: object): Promise<void> } } } };
    await chrome.storage.sync.set({ 'settings.autoOpen': true });
  });
  await session.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } } };
    for (let i = 0; i < 200 && (await chrome.scripting.getRegisteredContentScripts()).length === 0; i++) await new Promise((r) => setTimeout(r, 25));
  });
  const detection = new Map<string, DetectionTiming[]>();
  for (let run = 1; run <= runs; run++) {
    for (const p of pages) {
      if (!p.detectUrl) continue;
      const page = await loaded(p.detectUrl, RECORD_LONG_TASKS);
      const d = await detectionTiming(page, timeoutMs);
      if (d) detection.set(p.id, [...(detection.get(p.id) ?? []), d]);
      await page.close();
    }
  }

  const bundles = bundleSizes(extensionDir);

  // The table.
  const med = (xs: readonly number[]): number => median(xs);
  const phase = (xs: readonly OpenTiming[], k: keyof OpenTiming): number => med(xs.map((x) => x[k]));
  const rows = pages.map((p) => {
    const s = samples.get(p.id)!;
    const raw = med(s.raw);
    const total = phase(s.reader, 'total');
    const d = detection.get(p.id) ?? [];
    return {
      id: p.id,
      article: p.article ?? null,
      runs: s.reader.length,
      failures: s.failures,
      reader: { inject: phase(s.reader, 'inject'), extract: phase(s.reader, 'extract'), render: phase(s.reader, 'render'), paint: phase(s.reader, 'paint'), total, whole: phase(s.reader, 'whole') },
      longestOpenTask: s.reader.length ? Math.max(...s.reader.map((x) => x.longestTask)) : null,
      floor: phase(s.floor, 'total'),
      raw,
      ratio: raw > 0 ? total / raw : null,
      detection: d.length ? { decisionMs: med(d.map((x) => x.decisionMs)), longestTaskMs: Math.max(...d.map((x) => x.longestTaskMs)) } : null,
      samples: s,
    };
  });
  const n = (x: number | null | undefined, digits = 0): string => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));
  console.log(`\nmedians over ${runs} run(s), ms (headless Chromium; timings are noisy when the machine is busy)`);
  const header = ['page', 'inject', 'extract', 'render', 'paint', 'reader', 'whole', 'floor', 'raw R.', '×raw', 'open task', 'detect', 'longtask'];
  const widths = [18, 7, 8, 7, 6, 7, 7, 6, 7, 6, 9, 7, 9];
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  console.log(line(header));
  for (const r of rows)
    console.log(
      line([r.id.slice(0, 18), n(r.reader.inject), n(r.reader.extract), n(r.reader.render), n(r.reader.paint), n(r.reader.total), n(r.reader.whole), n(r.floor), n(r.raw), n(r.ratio, 2), n(r.longestOpenTask), n(r.detection?.decisionMs, 1), n(r.detection?.longestTaskMs)]),
    );
  console.log('(reader = click → reader painted = inject + extract + render + paint; whole = click → the last part of a long body painted;');
  console.log(' floor = the same click painting an empty overlay; raw R. = new Readability(document.cloneNode(true)).parse() in the same page;')
  console.log(' open task = the page\'s longest main-thread task, its style/layout/paint counted as one (long animation frames),')
  console.log(' from click to whole, over all runs (0 = none > 50 ms; raw Readability runs before the click); detect = detection script start → decision')
  console.log(` on ${LISTED_HOST}; longtask = longest main-thread task > 50 ms from the script's start, over all runs, 0 = none)`);
  // The real pages of --pages, served at their own addresses: the spread a person meets, over every click.
  const realRows = rows.filter((r) => r.article === null);
  if (realRows.length) {
    const all = (pick: (s: PageSamples) => number[]): number[] => realRows.flatMap((r) => pick(r.samples));
    const reader = all((s) => s.reader.map((x) => x.total));
    const floor = all((s) => s.floor.map((x) => x.total));
    const raw = all((s) => s.raw);
    console.log(
      `\n${realRows.length} real pages of ${values.pages}, ${reader.length} clicks: reader p50 ${n(percentile(reader, 0.5))} / p95 ${n(percentile(reader, 0.95))} ms; ` +
        `floor p50 ${n(percentile(floor, 0.5))} / p95 ${n(percentile(floor, 0.95))}; raw Readability p50 ${n(percentile(raw, 0.5))} / p95 ${n(percentile(raw, 0.95))}`,
    );
  }
  for (const r of rows) if (r.runs < runs) console.log(`${r.id}: ${r.runs} of ${runs} clicks painted within ${timeoutMs} ms; its medians are of those`);
  const heapGrowth = heapAfter - heapWarm;
  console.log(`\nheap after GC: ${(heapBefore / 1e6).toFixed(2)} MB before, ${(heapWarm / 1e6).toFixed(2)} MB after 1 open/close, ${(heapAfter / 1e6).toFixed(2)} MB after ${cycles} more: growth ${(heapGrowth / 1e6).toFixed(3)} MB${heapOk ? '' : ' (a cycle failed)'}`);
  console.log('\nscripts the extension loads (bytes):');
  for (const b of bundles.loaded) console.log(`  ${b.role.padEnd(10)} ${b.file.padEnd(40)} ${String(b.raw).padStart(8)} raw ${String(b.gzip).padStart(7)} gzip`);
  const byRole = (role: string): number => bundles.loaded.filter((b) => b.role === role).reduce((sum, b) => sum + b.gzip, 0);
  console.log(`  gzipped: reader ${byRole('reader')}, detection ${byRole('detection')}, background ${byRole('background')}, options ${byRole('options')}`);
  if (bundles.unreached.length) console.log(`  shipped but loaded by nothing: ${bundles.unreached.join(', ')}`);

  // Issue 11's budgets, checked on this run's own figures.
  const row = (id: string) => rows.find((r) => r.id === id);
  const seedRow = row('seed-like');
  const nonArticle = rows.filter((r) => r.article === false);
  const budgets: [string, boolean][] = [
    ...['heavy-2mb', 'huge-10mb'].map((id): [string, boolean] => [`${id}: reader ≤ 1.5 × raw Readability (${n(row(id)?.ratio, 2)}×)`, (row(id)?.ratio ?? Infinity) <= 1.5]),
    [`seed-like: reader ≤ floor + 2 × raw (${n(seedRow?.reader.total)} ≤ ${n((seedRow?.floor ?? 0) + 2 * (seedRow?.raw ?? 0))})`, (seedRow?.reader.total ?? Infinity) <= (seedRow?.floor ?? 0) + 2 * (seedRow?.raw ?? 0)],
    ...nonArticle.map((r): [string, boolean] => [`${r.id}: detection median ≤ 2 ms (${n(r.detection?.decisionMs, 1)})`, (r.detection?.decisionMs ?? Infinity) <= 2]),
    ...nonArticle.map((r): [string, boolean] => [`${r.id}: no long task > 50 ms (${n(r.detection?.longestTaskMs)})`, (r.detection?.longestTaskMs ?? Infinity) <= 50]),
    [`detection script ≤ 8 KB gzipped (${byRole('detection')})`, byRole('detection') <= 8 * 1024],
    [`reader ≤ 60 KB gzipped (${byRole('reader')})`, byRole('reader') <= 60 * 1024],
    [`dist/ ships no file nothing loads (${bundles.unreached.length})`, bundles.unreached.length === 0],
    // Issue 9's bound, not a speed budget: however big the page, no task of ours blocks it for long.
    ...['huge-10mb', 'no-article-100k'].map((id): [string, boolean] => [`${id}: no main-thread task > 200 ms while opening (issue 9) (${n(row(id)?.longestOpenTask)})`, (row(id)?.longestOpenTask ?? Infinity) <= 200]),
    [`heap growth ≤ 1 MB (${(heapGrowth / 1e6).toFixed(3)} MB)`, heapOk && heapGrowth <= 1e6],
  ];
  console.log('\nbudgets (issue 11):');
  for (const [what, ok] of budgets) console.log(`  ${ok ? 'met ' : 'OVER'} ${what}`);

  writeFileSync(
    values.out ?? 'bench-results.json',
    `${JSON.stringify({ runs, cycles, budgets: budgets.map(([what, met]) => ({ what, met })), pages: rows, heap: { before: heapBefore, warm: heapWarm, after: heapAfter, growth: heapGrowth, ok: heapOk }, bundles }, null, 2)}\n`,
  );
  console.log(`\nresults written to ${values.out}`);
} finally {
  await session.close();
}
