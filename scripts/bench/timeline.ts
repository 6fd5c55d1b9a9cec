/**
 * What `npm run bench` measures in a tab, on the page's own clock: the toolbar click, the
 * extension's marks (src/content/marks.ts), raw Readability, long tasks, the heap. The marks
 * the content scripts make are entries of the page's one performance timeline, so the page's
 * main world reads them. In-page code is strings: tsx names functions through a helper the
 * page does not have.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { MARKS } from '../../src/content/marks';
import { HOST_SELECTOR } from '../../src/reader/host';
import { triggerAction } from '../../tests/e2e/support/browser';
import { delay } from '../../src/shared/yielding';

const CLICK_MARK = 'bench:click';

export interface OpenTiming {
  /** click → open began (script injected and run, messages), ms */
  inject: number;
  extract: number;
  render: number;
  paint: number;
  /** click → painted */
  total: number;
  /** click → the article's last part painted (a long body comes in parts) */
  whole: number;
  /** the longest main-thread task of the page from the click to the whole article painted (0: none over 50 ms) */
  longestTask: number;
}

const OPEN_NAMES = [CLICK_MARK, MARKS.start, MARKS.extracted, MARKS.rendered, MARKS.painted, MARKS.complete] as const;

const marksExpression = (names: readonly string[]): string =>
  `Object.fromEntries(${JSON.stringify(names)}.map((n) => [n, performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? null]))`;

type MarkTimes = Record<string, number | null>;


async function waitForMark(page: Page, name: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate(`performance.getEntriesByName(${JSON.stringify(name)}, 'mark').length > 0`)) return true;
    await delay(25);
  }
  return false;
}

/**
 * One real toolbar click on a loaded page, to the painted reader (or floor overlay). The click
 * mark is made in the page just before the click goes out, so `inject` includes one CDP hop.
 */
export async function clickToPaint(context: BrowserContext, extensionId: string, page: Page, timeoutMs: number): Promise<OpenTiming | null> {
  await page.bringToFront();
  // Bringing the tab to the front paints the whole page again: that frame is the bench's, not the click's.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))');
  await page.evaluate(`(() => { for (const n of ${JSON.stringify(OPEN_NAMES)}) performance.clearMarks(n); performance.mark(${JSON.stringify(CLICK_MARK)}); })()`);
  await triggerAction(context, extensionId, page);
  if (!(await waitForMark(page, MARKS.painted, timeoutMs))) return null;
  if (!(await waitForMark(page, MARKS.complete, timeoutMs))) return null;
  const t = (await page.evaluate(marksExpression(OPEN_NAMES))) as MarkTimes;
  const at = (name: string): number => t[name] ?? NaN;
  // Long-task entries are delivered after the task: give the observer two frames.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))))');
  const tasks = (await page.evaluate('globalThis.__lucidBenchLongTasks ?? []')) as { start: number; duration: number }[];
  const opening = tasks.filter((task) => task.start + task.duration >= at(CLICK_MARK) && task.start <= at(MARKS.complete));
  const timing = {
    inject: at(MARKS.start) - at(CLICK_MARK),
    extract: at(MARKS.extracted) - at(MARKS.start),
    render: at(MARKS.rendered) - at(MARKS.extracted),
    paint: at(MARKS.painted) - at(MARKS.rendered),
    total: at(MARKS.painted) - at(CLICK_MARK),
    whole: at(MARKS.complete) - at(CLICK_MARK),
    longestTask: opening.reduce((max, task) => Math.max(max, task.duration), 0),
  };
  return Object.values(timing).every(Number.isFinite) ? timing : null;
}

const hostPresent = `document.querySelector(${JSON.stringify(HOST_SELECTOR)}) !== null`;

/**
 * A click that closes the reader: done when its host element has left the page. The host is
 * looked for as the product makes it (src/reader/host.ts), and must be there before the click:
 * a check whose selector matches nothing would pass without any reader ever closing.
 */
export async function clickToClose(context: BrowserContext, extensionId: string, page: Page, timeoutMs: number): Promise<boolean> {
  if (!(await page.evaluate(hostPresent))) throw new Error(`clickToClose: no reader host (${HOST_SELECTOR}) on the page before the click`);
  await triggerAction(context, extensionId, page);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await page.evaluate(hostPresent))) return true;
    await delay(25);
  }
  return false;
}

/** Raw Readability on a clone of the page as it stands, timed in the page (`source` is Readability.js). */
export function rawReadabilityMs(source: string): string {
  return `(() => {
    ${source}
    ;const start = performance.now();
    new Readability(document.cloneNode(true)).parse();
    return performance.now() - start;
  })()`;
}

/**
 * Installed before the page's own scripts: every long task from the start, kept in the page.
 * A long task entry covers script and parsing but not the style, layout and paint that follow
 * it in the same frame; a long animation frame entry has those as its render phase, so that
 * phase counts as a task of its own (the main thread is just as blocked while it runs).
 */
export const RECORD_LONG_TASKS = `(() => {
  const tasks = (globalThis.__lucidBenchLongTasks = []);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  if (!PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) return;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const end = e.startTime + e.duration;
      const render = e.renderStart > 0 ? end - e.renderStart : 0;
      if (render > 50) tasks.push({ start: e.renderStart, duration: render });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
})()`;

export interface DetectionTiming {
  /** detection script start → its first decision, ms */
  decisionMs: number;
  /** the longest main-thread task from the script's start on (0: none over 50 ms) */
  longestTaskMs: number;
}

/** The detection script's cost on a page it was registered for, read once it has decided. */
export async function detectionTiming(page: Page, timeoutMs: number): Promise<DetectionTiming | null> {
  if (!(await waitForMark(page, MARKS.detectDecision, timeoutMs))) return null;
  // Long-task entries are delivered after the task: give the observer two frames.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))))');
  const t = (await page.evaluate(marksExpression([MARKS.detectStart, MARKS.detectDecision]))) as MarkTimes;
  const start = t[MARKS.detectStart] ?? NaN;
  const decision = t[MARKS.detectDecision] ?? NaN;
  const tasks = (await page.evaluate('globalThis.__lucidBenchLongTasks ?? []')) as { start: number; duration: number }[];
  const longest = tasks.filter((task) => task.start + task.duration >= start).reduce((max, task) => Math.max(max, task.duration), 0);
  return Number.isFinite(decision - start) ? { decisionMs: decision - start, longestTaskMs: longest } : null;
}

/** The page's JS heap in bytes after a full garbage collection (the isolate holds every world). */
export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await session.detach();
  }
}
