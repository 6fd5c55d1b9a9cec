/**
 * `npm run bench -- --browser firefox --peer reader-view`: Lucid against Firefox's own Reader
 * View, in one Firefox ESR run (the built dist-firefox/ installed as a temporary add-on,
 * puppeteer-core over WebDriver BiDi, the browser window's chrome scope reached through
 * `--remote-allow-system-access` as the e2e suite drives the toolbar).
 *
 * For each page, in a fresh tab after its load event, the two sides interleaved (their order
 * alternating by run):
 *   Lucid:       the toolbar button's own triggerAction → `lucid:painted` (the frame after the
 *                reader was rendered with the article, src/content/marks.ts) in the page;
 *   Reader View: `AboutReaderParent.toggleReaderMode({ target: gBrowser.selectedBrowser })` (what
 *                the address bar's button does) → `about:reader`'s `.moz-reader-content` holding
 *                its paragraphs, stamped after the next frame as Lucid's mark is.
 * Both clocks are wall clocks: the click time is `Date.now()` in the browser window just before
 * the click, the end `performance.timeOrigin + now` in the tab.
 */
import type { Browser, Page } from 'puppeteer-core';
import { MARKS } from '../../src/content/marks';
import { delay } from '../../src/shared/yielding';
import { contextOf, inBrowserWindow, inReaderBidi, launchFirefox, triggerToolbarAction } from '../../tests/e2e/support/firefox';
import { loadCorpus } from './corpora';
import { benchFixtures } from './fixtures';
import { READER_STATE } from './inPage';
import { startPageServer } from './pageServer';
import { hash } from './report';
import { stratifiedSample, typeOf } from './sample';
import { median, percentile } from './stats';

interface RaceOptions {
  runs: number;
  /** the news benchmark (ground-truth.json layout), served at its real addresses */
  newsDir: string;
  /** how many news pages (a fixed sample by hash; 0 = all) */
  newsLimit: number;
  wcxbDir: string;
  /** how many WCXB article pages (of the quality gate's stratified sample) */
  wcxbLimit: number;
  /** further pages (`--pages DIR`, any layout bench:extract reads) */
  extraDir?: string;
  only: Set<string> | null;
  timeoutMs: number;
  headless: boolean;
  /** a Firefox build other than dist-firefox/ */
  extensionDir?: string;
}

interface RacePage {
  id: string;
  group: 'news' | 'wcxb' | 'generated' | 'pages';
  url: string;
  html(): string;
}

type Side = 'lucid' | 'readerView';

interface Sample {
  ms: number;
  /** what was on screen: the article, the reader's "no article", or nothing in time */
  outcome: 'article' | 'no-article' | 'timeout';
}

const CLICK_HOST = 'https://news.lucid-bench.test';

function racePages(o: RaceOptions): RacePage[] {
  const news = loadCorpus(o.newsDir).pages;
  const newsChosen = (o.newsLimit > 0 ? [...news].sort((a, b) => hash(`race:${a.id}`) - hash(`race:${b.id}`)).slice(0, o.newsLimit) : news).sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  const wcxb = stratifiedSample(loadCorpus(o.wcxbDir).pages, 20)
    .filter((p) => typeOf(p) === 'article')
    .slice(0, o.wcxbLimit);
  const generated = benchFixtures().filter((f) => ['seed-like', 'heavy-2mb', 'huge-10mb'].includes(f.id));
  const extra = o.extraDir ? loadCorpus(o.extraDir).pages : [];
  const pages: RacePage[] = [
    ...newsChosen.map((p) => ({ id: p.id, group: 'news' as const, url: p.url, html: () => p.html() })),
    ...wcxb.map((p) => ({ id: p.id, group: 'wcxb' as const, url: p.url, html: () => p.html() })),
    ...generated.map((f) => ({ id: f.id, group: 'generated' as const, url: `${CLICK_HOST}${f.path}`, html: () => f.html })),
    ...extra.map((p) => ({ id: p.id, group: 'pages' as const, url: p.url, html: () => p.html() })),
  ];
  const seen = new Set<string>();
  return pages.filter((p) => {
    if (o.only && !o.only.has(p.id)) return false;
    if (seen.has(p.url)) return false;
    seen.add(p.url);
    return true;
  });
}


interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}
const connectionOf = (browser: Browser): BidiConnection => (browser as unknown as { connection: BidiConnection }).connection;

/** An expression in the tab's page world, JSON across. */
async function inTab<T>(browser: Browser, page: Page, expression: string): Promise<T | null> {
  try {
    const { result } = await connectionOf(browser).send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression}) ?? null))()`,
      target: { context: contextOf(page) },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = result as { type: string; result?: { value?: unknown } };
    return r.type === 'success' ? (JSON.parse(String(r.result?.value ?? 'null')) as T) : null;
  } catch {
    // The tab is between documents (Reader View navigates it to about:reader).
    return null;
  }
}

/**
 * In every new document of the tab: once `about:reader`'s content holds its paragraphs, the
 * wall-clock time after the next frame (a task queued from requestAnimationFrame, as Lucid's
 * `lucid:painted`). The article is in when the content has paragraphs or, for a story without
 * <p>s, text.
 */
const READER_VIEW_STAMP = `() => {
  if (!location.href.startsWith('about:reader')) return;
  const done = () => {
    const content = document.querySelector('.moz-reader-content');
    return content && (content.querySelector('p') || (content.textContent || '').trim().length > 200);
  };
  const stamp = () => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { globalThis.__raceReaderViewAt = performance.timeOrigin + performance.now(); };
    channel.port2.postMessage(null);
  });
  const watch = () => {
    if (done()) return stamp();
    const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); stamp(); } });
    observer.observe(document, { childList: true, subtree: true });
  };
  watch();
}`;

async function freshTab(browser: Browser, url: string, timeoutMs: number): Promise<Page> {
  const page = await browser.newPage();
  await page.bringToFront();
  await page.goto(url, { waitUntil: 'load', timeout: Math.max(timeoutMs, 60_000) });
  // Bringing the tab up and loading paints the page: those frames are the page's, not the click's.
  await inTab(browser, page, 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))');
  return page;
}

/** Firefox's own verdict on the page (the address bar's reader button), once its check has run. */
async function readerable(browser: Browser): Promise<boolean> {
  const deadline = Date.now() + 1_500;
  while (Date.now() < deadline) {
    if (await inBrowserWindow<boolean>(browser, 'gBrowser.selectedBrowser.isArticle')) return true;
    await delay(100);
  }
  return false;
}

async function lucidClick(browser: Browser, page: Page, timeoutMs: number): Promise<Sample> {
  await inTab(browser, page, `(performance.clearMarks(${JSON.stringify(MARKS.painted)}), true)`);
  const clickAt = await inBrowserWindow<number>(browser, 'Date.now()');
  await triggerToolbarAction(browser);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const at = await inTab<number>(browser, page, `(() => { const m = performance.getEntriesByName(${JSON.stringify(MARKS.painted)}, 'mark').at(-1); return m ? performance.timeOrigin + m.startTime : null; })()`);
    if (at !== null) {
      const state = await inReaderBidi(browser, page, READER_STATE, null).catch(() => null);
      return { ms: at - clickAt, outcome: state === 'opened' ? 'article' : 'no-article' };
    }
    await delay(20);
  }
  return { ms: Number.NaN, outcome: 'timeout' };
}

async function readerViewToggle(browser: Browser, page: Page, timeoutMs: number): Promise<Sample> {
  const connection = connectionOf(browser);
  const { result } = await connection.send('script.addPreloadScript', { functionDeclaration: READER_VIEW_STAMP, contexts: [contextOf(page)] });
  const script = (result as { script: string }).script;
  try {
    const clickAt = await inBrowserWindow<number>(
      browser,
      `(() => {
        const { AboutReaderParent } = ChromeUtils.importESModule('resource:///actors/AboutReaderParent.sys.mjs');
        const at = Date.now();
        AboutReaderParent.toggleReaderMode({ target: gBrowser.selectedBrowser });
        return at;
      })()`,
    );
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const at = await inTab<number>(browser, page, 'globalThis.__raceReaderViewAt ?? null');
      if (at !== null) return { ms: at - clickAt, outcome: 'article' };
      await delay(20);
    }
    return { ms: Number.NaN, outcome: 'timeout' };
  } finally {
    await connection.send('script.removePreloadScript', { script }).catch(() => undefined);
  }
}

interface PageResult {
  page: RacePage;
  readerable: boolean;
  lucid: Sample[];
  readerView: Sample[];
}

const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : '–');

export async function runReaderViewRace(o: RaceOptions): Promise<object> {
  const pages = racePages(o);
  const byId = new Map(pages.map((p) => [p.id, p]));
  const server = await startPageServer(
    pages.map((p) => ({ id: p.id, url: p.url })),
    (id) => byId.get(id)?.html() ?? '',
  );
  const { browser } = await launchFirefox({
    headless: o.headless,
    extensionDir: o.extensionDir,
    extraPrefs: {
      // Real addresses: every request goes to the page server, as Chromium's host rules send it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.proxyPort,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // A person's Reader View: the parse on load that shows the address bar's button stays on.
      'reader.parse-on-load.enabled': true,
    },
  });
  const results = new Map<string, PageResult>(pages.map((p) => [p.id, { page: p, readerable: false, lucid: [], readerView: [] }]));
  try {
    // The first click in a fresh browser pays for starting the add-on's background and Reader View's modules: not a page's figure.
    for (const side of ['lucid', 'readerView'] as const) {
      const warm = pages.find((p) => p.group === 'generated') ?? pages[0];
      if (!warm) break;
      const tab = await freshTab(browser, warm.url, o.timeoutMs);
      if (side === 'lucid') await lucidClick(browser, tab, o.timeoutMs);
      else await readerViewToggle(browser, tab, o.timeoutMs);
      await tab.close();
    }
    for (let run = 1; run <= o.runs; run++) {
      for (const p of pages) {
        const r = results.get(p.id)!;
        const order: Side[] = run % 2 ? ['lucid', 'readerView'] : ['readerView', 'lucid'];
        const line: string[] = [];
        for (const side of order) {
          let tab: Page | null = null;
          try {
            tab = await freshTab(browser, p.url, o.timeoutMs);
            if (side === 'lucid') {
              const s = await lucidClick(browser, tab, o.timeoutMs);
              r.lucid.push(s);
              line.push(`lucid ${fmt(s.ms)} ms${s.outcome === 'article' ? '' : ` (${s.outcome})`}`);
            } else {
              if (run === 1 || !r.readerable) r.readerable ||= await readerable(browser);
              // Reader View is for pages Firefox finds readerable; elsewhere it shows an error page.
              if (!r.readerable) {
                line.push('reader view: not readerable');
                continue;
              }
              const s = await readerViewToggle(browser, tab, o.timeoutMs);
              r.readerView.push(s);
              line.push(`reader view ${fmt(s.ms)} ms${s.outcome === 'article' ? '' : ` (${s.outcome})`}`);
            }
          } catch (err) {
            line.push(`${side}: ${String(err).split('\n')[0]?.slice(0, 120)}`);
          } finally {
            await tab?.close().catch(() => undefined);
          }
        }
        console.log(`run ${run}/${o.runs} ${p.group.padEnd(9)} ${p.id.slice(0, 40).padEnd(40)} ${line.join(', ')}`);
      }
    }
  } finally {
    // Firefox over BiDi can leave close() unsettled after a long run: the results do not wait on it.
    await Promise.race([browser.close().catch(() => undefined), delay(10_000)]);
    await Promise.race([server.close(), delay(5_000)]);
  }
  return report([...results.values()], o);
}

const times = (samples: readonly Sample[]): number[] => samples.filter((s) => s.outcome === 'article').map((s) => s.ms);

function report(results: PageResult[], o: Pick<RaceOptions, 'runs'>): object {
  const readable = results.filter((r) => r.readerable);
  const apart = results.filter((r) => !r.readerable);
  console.log(`\nLucid vs Firefox Reader View, one Firefox ESR run, ${o.runs} run(s) a page, fresh tab after load, ms click → article painted`);
  console.log('per page: median of its runs; per group: median and p95 of all samples (every run of every page), and the ratio Lucid / Reader View');
  const row = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(42) : c.padStart(9))).join(' ');
  console.log(row(['page', 'Lucid', 'ReaderV', 'ratio']));
  for (const r of readable) {
    const l = median(times(r.lucid));
    const v = median(times(r.readerView));
    console.log(row([`${r.page.group}/${r.page.id}`.slice(0, 42), fmt(l), fmt(v), Number.isFinite(l / v) && v > 0 ? (l / v).toFixed(2) : '–']));
  }
  const groups = ['news', 'wcxb', 'generated', 'pages'] as const;
  const summary: Record<string, object> = {};
  console.log(`\n${row(['group (pages)', 'L p50', 'RV p50', 'p50 ×', 'L p95', 'RV p95', 'p95 ×'])}`);
  for (const g of groups) {
    const inGroup = readable.filter((r) => r.page.group === g);
    if (!inGroup.length) continue;
    // Pages where both sides showed the article: the same pages on both sides of the ratio.
    const both = inGroup.filter((r) => times(r.lucid).length && times(r.readerView).length);
    const l = both.flatMap((r) => times(r.lucid));
    const v = both.flatMap((r) => times(r.readerView));
    const lp50 = median(l);
    const vp50 = median(v);
    const lp95 = percentile(l, 0.95);
    const vp95 = percentile(v, 0.95);
    summary[g] = { pages: both.length, lucid: { p50: lp50, p95: lp95 }, readerView: { p50: vp50, p95: vp95 }, ratio: { p50: lp50 / vp50, p95: lp95 / vp95 } };
    console.log(row([`${g} (${both.length})`, fmt(lp50), fmt(vp50), (lp50 / vp50).toFixed(2), fmt(lp95), fmt(vp95), (lp95 / vp95).toFixed(2)]));
    const slower = both.filter((r) => median(times(r.lucid)) > median(times(r.readerView))).map((r) => r.page.id);
    if (slower.length) console.log(`  Lucid slower on ${slower.length}: ${slower.join(', ')}`);
  }
  const missing = results.filter((r) => r.lucid.some((s) => s.outcome !== 'article') || r.readerView.some((s) => s.outcome !== 'article'));
  for (const r of missing)
    console.log(`  ${r.page.id}: Lucid ${r.lucid.map((s) => s.outcome).join('/')}; Reader View ${r.readerView.map((s) => s.outcome).join('/') || '–'}`);
  if (apart.length) {
    console.log(`\nnot readerable for Firefox (no Reader View to race; Lucid alone, median ms, outcome):`);
    for (const r of apart) console.log(`  ${r.page.group}/${r.page.id}: ${fmt(median(times(r.lucid)))} ${[...new Set(r.lucid.map((s) => s.outcome))].join('/')}`);
  }
  return {
    runs: o.runs,
    summary,
    pages: results.map((r) => ({ id: r.page.id, group: r.page.group, readerable: r.readerable, lucid: r.lucid, readerView: r.readerView })),
  };
}
