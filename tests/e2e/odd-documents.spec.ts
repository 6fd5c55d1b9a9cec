/// <reference types="chrome" />
import type { Worker } from '@playwright/test';
import { test, expect, readerCount, readerDialog } from './support/test';
import { clearStorage } from './support/settings';
import { readFileSync } from 'node:fs';

const en = JSON.parse(readFileSync(new URL('../../dist/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
const title = (key: string): string => en[key]?.message ?? `(missing ${key})`;

const HOST = 'www.example-daily.org';

test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

/** What the toolbar button of the tab in front shows: its badge and its tooltip. */
function toolbarButton(worker: Worker): Promise<{ badge: string; title: string }> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return { badge: '', title: '' };
    return { badge: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  });
}


for (const [name, slug, path] of [
  ['an XML document (application/xml)', 'xml-feed', 'world/rss.xml'],
  ['an SVG document', 'svg-chart', 'charts/rainfall-2026.svg'],
] as const) {
  test(`${name} gets the plain "no article" answer on the toolbar button`, async ({ page, server, extension }) => {
    await page.goto(server.url(HOST, slug, path));
    expect(await page.evaluate(() => document.contentType)).toMatch(/xml/);
    await extension.clickToolbar(page);
    const worker = await extension.serviceWorker();
    await expect.poll(() => toolbarButton(worker)).toEqual({ badge: '×', title: title('actionTitleNoArticle') });
    expect(await readerCount(page)).toBe(0);
    expect(await extension.serviceWorkerErrors()).toEqual([]);
  });
}

test('an image on its own says it is an image', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'image-document', 'harbour.png'));
  expect(await page.evaluate(() => document.contentType)).toBe('image/png');
  await extension.clickToolbar(page);
  const worker = await extension.serviceWorker();
  await expect.poll(() => toolbarButton(worker)).toEqual({ badge: '×', title: title('actionTitleImage') });
  expect(await readerCount(page)).toBe(0);
});

test('a PDF in the browser’s viewer says it is a PDF', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'pdf-document', 'reports/annual-report-2026.pdf'));
  await extension.clickToolbar(page);
  const worker = await extension.serviceWorker();
  await expect.poll(() => toolbarButton(worker)).toEqual({ badge: '×', title: title('actionTitlePdf') });
});

test('a plain text file opens with its file name as the title and lines that wrap', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'plain-text', 'station/weather-log-november.txt'));
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('weather-log-november.txt');
  const content = dialog.locator('.lr-content');
  await expect(content).toContainText('November was the wettest month since records began');
  // Nothing runs off sideways: the text column scrolls no wider than it is.
  const widths = await content.evaluate((el) => {
    const blocks = Array.from(el.querySelectorAll<HTMLElement>('p, pre'));
    return { column: el.clientWidth, widest: Math.max(...blocks.map((b) => b.scrollWidth)), lines: blocks.map((b) => b.getClientRects().length) };
  });
  expect(widths.widest).toBeLessThanOrEqual(widths.column);
  // The long paragraph is one block that wraps onto many lines at this width.
  const paragraph = content.getByText(/^This is the monthly summary/);
  const height = await paragraph.evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
  expect(height).toBeGreaterThan(2);
  // The table keeps its columns.
  await expect(content.locator('pre')).toContainText('week 2    104.6');
});
