/**
 * The extraction benchmark as a user meets it: the built extension (dist/) in headless
 * Chromium, every page served at its real address, one fresh tab and one real toolbar click
 * per page. Reports what each click did, how long the reader took to open, and the text the
 * reader shows scored beside raw Readability 0.6 run in the same page before the click.
 *
 *   npm run bench:browser -- --pages DIR [--repeat N] [--out FILE] [--compare NODE_PREDICTIONS]
 *                            [--only ID,ID] [--limit N] [--timeout MS] [--trace] [--auto-open]
 *
 * Build first (`npm run build`). --trace turns on the extension's click-path log (see
 * src/background/clickTrace.ts) and keeps its lines per page. --compare takes the
 * `--out` file of `npm run bench:extract` and sets the Node figure beside the browser's.
 */
import { JSDOM } from 'jsdom';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { toText } from '../src/extract/text';
import { defaultSettings } from '../src/settings/schema';
import { triggerAction } from '../tests/e2e/support/browser';
import { startBenchBrowser } from './bench/browserSession';
import { scoreCorpus, scorePage, type PageScore } from './bench/metric';
import { loadCorpus } from './bench/corpora';
import { exitIfCorporaMissing } from './bench/sharedCorpora';
import { median, percentile } from './bench/stats';
import { cdpSession, inReaderSourceCdp } from '../tests/e2e/support/readerAccess';
import { HISTORY_LOG, RECORD_HISTORY, rawReadabilityExpression, READER_ARRIVED_AT, READER_CONTENT_HTML, READER_STATE, STAMP_READER_ARRIVAL, type ReaderState } from './bench/inPage';
import { delay } from '../src/shared/yielding';

type Outcome = 'opened' | 'no-article' | 'unavailable' | 'nothing' | 'error';
const OUTCOMES: readonly Outcome[] = ['opened', 'no-article', 'unavailable', 'nothing', 'error'];

interface PageRun {
  run: number;
  id: string;
  url: string;
  outcome: Outcome;
  /** click to the reader's element in the page, ms */
  openMs: number | null;
  error?: string;
  /** the page's own scripts had taken it elsewhere by the time of the click (not the page served) */
  leftTo?: string;
  /** the address changed between the click and the end of the wait (a redirect, a history rewrite) */
  urlAfter?: string;
  reader: PageScore & { chars: number };
  raw: PageScore & { chars: number; ms: number };
  trace?: string[];
  /** with --trace: the page's history calls, and main-frame navigations the browser reported */
  pageEvents?: string[];
}

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '../shared/extraction-benchmark' },
    repeat: { type: 'string', default: '1' },
    out: { type: 'string' },
    compare: { type: 'string' },
    only: { type: 'string' },
    limit: { type: 'string' },
    timeout: { type: 'string', default: '15000' },
    trace: { type: 'boolean', default: false },
    'auto-open': { type: 'boolean', default: false },
  },
});

const dir = values.pages ?? '../shared/extraction-benchmark';
exitIfCorporaMissing('bench:browser', [dir], false);
const repeat = Math.max(1, Number(values.repeat));
const clickTimeoutMs = Math.max(1000, Number(values.timeout));
const corpus = loadCorpus(dir);
if (corpus.kind !== 'shingles') throw new Error(`${dir}: bench:browser needs pages with URLs and ground truth (ground-truth.json)`);
const byId = new Map(corpus.pages.map((p) => [p.id, p]));
const truth: Record<string, { url: string; articleBody: string }> = Object.fromEntries(
  corpus.pages.map((p) => [p.id, { url: p.url, articleBody: p.truth.kind === 'shingles' ? p.truth.articleBody : '' }]),
);
const only = values.only ? new Set(values.only.split(',')) : null;
let ids = Object.keys(truth).filter((id) => !only || only.has(id)).sort();
if (values.limit) ids = ids.slice(0, Number(values.limit));
const pages = ids.map((id) => ({ id, url: truth[id]?.url ?? '' }));
const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
const rawExpression = rawReadabilityExpression(readabilitySource);

interface ChromeApi {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string> };
  };
}


function textOfHtml(html: string): string {
  if (!html) return '';
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  try {
    return toText(dom.window.document.body);
  } finally {
    dom.window.close();
  }
}

/** The extension's worker, followed across restarts, with its trace lines collected per tab. */
function watchWorkers(context: BrowserContext, extensionId: string, traceLines: Map<number, string[]>): () => Worker | undefined {
  const attach = (worker: Worker): void => {
    if (!worker.url().startsWith(`chrome-extension://${extensionId}/`)) return;
    worker.on('console', (message) => {
      const text = message.text();
      const match = /^\[lucid-click\] (.*)$/.exec(text);
      if (!match?.[1]) return;
      const { tabId } = JSON.parse(match[1]) as { tabId: number };
      traceLines.set(tabId, [...(traceLines.get(tabId) ?? []), match[1]]);
    });
  };
  context.serviceWorkers().forEach(attach);
  context.on('serviceworker', attach);
  return () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
}

async function activeTabId(worker: Worker | undefined): Promise<number | null> {
  if (!worker) return null;
  return worker
    .evaluate(async () => {
      const [tab] = await (globalThis as unknown as ChromeApi).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    })
    .catch(() => null);
}

async function badgeOf(worker: Worker | undefined, tabId: number | null): Promise<string> {
  if (!worker || tabId === null) return '';
  return worker
    .evaluate((id) => (globalThis as unknown as ChromeApi).chrome.action.getBadgeText({ tabId: id }), tabId)
    .catch(() => '');
}


async function runPage(run: number, context: BrowserContext, extensionId: string, worker: () => Worker | undefined, traceLines: Map<number, string[]>, page: Page, id: string, url: string): Promise<PageRun> {
  const truthText = truth[id]?.articleBody ?? '';
  const base = { run, id, url };
  const noScore = { ...scorePage('', truthText), chars: 0 };
  const navigations: string[] = [];
  if (values.trace) {
    await page.addInitScript(RECORD_HISTORY);
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(JSON.stringify({ at: Date.now(), kind: 'framenavigated', url: frame.url() }));
    });
  }
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    // A person clicks once the page has loaded, or has shown itself for a while (a page whose
    // load event never comes: a subresource that hangs).
    await page.waitForLoadState('load', { timeout: 15_000 }).catch(() => undefined);
  } catch (error) {
    return { ...base, outcome: 'error', openMs: null, error: `load: ${String(error).split('\n')[0]}`, reader: noScore, raw: { ...noScore, ms: 0 } };
  }
  const raw = await page.evaluate(rawExpression).then(
    (r) => r as { text: string; ms: number },
    () => ({ text: '', ms: 0 }),
  );
  const rawScore = scorePage(raw.text, truthText);
  const rawSide = { ...rawScore, chars: raw.text.length, ms: raw.ms };
  await page.bringToFront();
  const tabId = await activeTabId(worker());
  const urlAtClick = page.url();
  let outcome: Outcome = 'nothing';
  let openMs: number | null = null;
  let error: string | undefined;
  try {
    await page.evaluate(STAMP_READER_ARRIVAL);
    const clickedAt = Date.now();
    if (values.trace) navigations.push(JSON.stringify({ at: clickedAt, kind: 'bench:click' }));
    await triggerAction(context, extensionId, page);
    const deadline = clickedAt + clickTimeoutMs;
    for (let i = 0; Date.now() < deadline; i++) {
      const state = (await inReaderSourceCdp(await cdpSession(page), READER_STATE)) as ReaderState;
      if (state !== null) {
        outcome = state;
        openMs = (((await page.evaluate(READER_ARRIVED_AT)) as number | null) ?? Date.now()) - clickedAt;
        break;
      }
      if (i % 5 === 4 && (await badgeOf(worker(), tabId)) === '×') {
        outcome = 'unavailable';
        break;
      }
      await delay(40);
    }
  } catch (e) {
    outcome = 'error';
    error = String(e).split('\n')[0];
  }
  const text = outcome === 'opened' ? textOfHtml(((await inReaderSourceCdp(await cdpSession(page), READER_CONTENT_HTML).catch(() => '')) ?? '') as string) : '';
  const readerScore = scorePage(text, truthText);
  const urlAfter = page.url();
  const history = values.trace ? ((await page.evaluate(HISTORY_LOG).catch(() => [])) as object[]).map((e) => JSON.stringify(e)) : [];
  return {
    ...base,
    outcome,
    openMs,
    ...(error ? { error } : {}),
    ...(urlAtClick !== url ? { leftTo: urlAtClick } : {}),
    ...(urlAfter !== urlAtClick ? { urlAfter } : {}),
    reader: { ...readerScore, chars: text.length },
    raw: rawSide,
    ...(values.trace && tabId !== null ? { trace: traceLines.get(tabId) ?? [] } : {}),
    ...(values.trace ? { pageEvents: [...navigations, ...history] } : {}),
  };
}

async function runOnce(run: number): Promise<PageRun[]> {
  const session = await startBenchBrowser({
    pages,
    html: (id) => byId.get(id)?.html() ?? '',
    settings: { ...defaultSettings(), autoOpen: values['auto-open'] },
    local: { debugClickPath: values.trace },
  });
  const { context, extensionId } = session;
  const traceLines = new Map<number, string[]>();
  const worker = watchWorkers(context, extensionId, traceLines);
  const results: PageRun[] = [];
  try {
    for (const [i, { id, url }] of pages.entries()) {
      const page = await context.newPage();
      const result = await runPage(run, context, extensionId, worker, traceLines, page, id, url);
      results.push(result);
      await page.close().catch(() => undefined);
      const ms = result.openMs === null ? '' : ` ${result.openMs} ms`;
      const note = result.error ? ` (${result.error})` : result.leftTo ? ` (the page went to ${result.leftTo} before the click)` : result.urlAfter ? ` (now at ${result.urlAfter})` : '';
      console.log(`run ${run} ${String(i + 1).padStart(3)}/${pages.length} ${result.outcome.padEnd(11)}${ms}  ${url}${note}`);
      if (values.trace && result.outcome !== 'opened' && result.outcome !== 'no-article') for (const line of [...(result.trace ?? []), ...(result.pageEvents ?? [])]) console.log(`    ${line}`);
    }
  } finally {
    await session.close();
  }
  return results;
}

const all: PageRun[] = [];
for (let run = 1; run <= repeat; run++) all.push(...(await runOnce(run)));

const f = (n: number): string => n.toFixed(3);
const counts = Object.fromEntries(OUTCOMES.map((o) => [o, all.filter((r) => r.outcome === o).length])) as Record<Outcome, number>;
const times = all.flatMap((r) => (r.openMs === null ? [] : [r.openMs]));
const reader = scoreCorpus(all.map((r) => r.reader));
const raw = scoreCorpus(all.map((r) => r.raw));
const pageF1 = (s: { precision: number; recall: number }): number => (s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0);
const poor = all.filter((r) => r.outcome === 'opened' && pageF1(r.reader) < 0.5);

console.log(`\n${pages.length} pages × ${repeat} run(s) = ${all.length} clicks, from ${dir}`);
console.log(`outcomes: ${OUTCOMES.map((o) => `${o} ${counts[o]}`).join(', ')}`);
console.log(`clicks that did nothing: ${counts.nothing}`);
console.log(`open time (click → reader in page): median ${median(times).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms`);
console.log(`${'metric'.padEnd(12)}${'reader'.padStart(10)}${'readability'.padStart(14)}   (both in the browser, same pages)`);
for (const [name, get] of [
  ['precision', (s: typeof reader) => f(s.precision)],
  ['recall', (s: typeof reader) => f(s.recall)],
  ['F1', (s: typeof reader) => f(s.f1)],
  ['accuracy', (s: typeof reader) => f(s.accuracy)],
] as const)
  console.log(`${name.padEnd(12)}${get(reader).padStart(10)}${get(raw).padStart(14)}`);
const stayed = all.filter((r) => r.leftTo === undefined);
if (stayed.length < all.length) {
  const left = [...new Set(all.filter((r) => r.leftTo !== undefined).map((r) => r.url))];
  console.log(`${left.length} page(s) navigated away by their own scripts before the click (the page served is gone):${left.map((u) => `\n  ${u}`).join('')}`);
  console.log(`F1 on the ${stayed.length} clicks whose page stayed: reader ${f(scoreCorpus(stayed.map((r) => r.reader)).f1)}, readability ${f(scoreCorpus(stayed.map((r) => r.raw)).f1)}`);
}
console.log(`opened with page F1 < 0.5 (a wrong or partial block): ${poor.length}${poor.map((r) => `\n  run ${r.run} P ${f(r.reader.precision)} R ${f(r.reader.recall)} ${r.url}`).join('')}`);
for (const r of all.filter((x) => x.outcome !== 'opened')) console.log(`  run ${r.run} ${r.outcome}: ${r.url}${r.error ? ` (${r.error})` : ''}`);

let compared: { nodeF1: number; browserF1: number; nodeStayedF1: number; browserStayedF1: number; differing: Array<{ id: string; node: number; browser: number }> } | null = null;
if (values.compare) {
  const node = JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, { articleBody: string }>;
  const firstRun = all.filter((r) => r.run === 1);
  const nodeScores = firstRun.map((r) => scorePage(node[r.id]?.articleBody ?? '', truth[r.id]?.articleBody ?? ''));
  const nodeF1 = scoreCorpus(nodeScores).f1;
  const browserF1 = scoreCorpus(firstRun.map((r) => r.reader)).f1;
  const differing = firstRun
    .map((r, i) => ({ id: r.id, node: pageF1(nodeScores[i] ?? { precision: 0, recall: 0 }), browser: pageF1(r.reader) }))
    .filter((d) => Math.abs(d.node - d.browser) > 0.01);
  const kept = firstRun.map((r, i) => ({ r, node: nodeScores[i] })).filter((x) => x.r.leftTo === undefined);
  const nodeStayedF1 = scoreCorpus(kept.flatMap((x) => (x.node ? [x.node] : []))).f1;
  const browserStayedF1 = scoreCorpus(kept.map((x) => x.r.reader)).f1;
  compared = { nodeF1, browserF1, nodeStayedF1, browserStayedF1, differing };
  console.log(`\nNode bench (${values.compare}) F1 ${f(nodeF1)} vs browser run 1 F1 ${f(browserF1)} on the same ${firstRun.length} pages`);
  console.log(`on the ${kept.length} pages that stayed put: Node ${f(nodeStayedF1)} vs browser ${f(browserStayedF1)}`);
  for (const d of differing) console.log(`  ${d.id.slice(0, 12)} node ${f(d.node)} browser ${f(d.browser)} ${truth[d.id]?.url}`);
}

if (values.out) {
  writeFileSync(
    values.out,
    `${JSON.stringify({ pages: pages.length, repeat, counts, openMs: { median: median(times), p95: percentile(times, 0.95) }, reader, raw, compared, runs: all }, null, 2)}\n`,
  );
  console.log(`results written to ${values.out}`);
}
