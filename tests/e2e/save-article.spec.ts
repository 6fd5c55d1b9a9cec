import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { test, expect, inReader, readerDialog } from './support/test';
import { wordSpanPoints } from './support/highlights';
import { en } from '../../src/i18n/messages/en';

// Saving the article (issue #23), in Chromium, where Playwright sees the file the reader offers:
// the reader's own download link, no `downloads` permission.
const HOST = 'www.example-daily.org';
const LONG_READ = ['long-read-sections', 'features/2025/06/02/the-last-keepers-of-the-skerrow-light'] as const;
const TITLE = 'The last keepers of the Skerrow light';
const OUT = resolve('test-results/save-article');

async function highlightWords(page: Page, paragraph: number, from: number, to: number): Promise<string> {
  const points = await inReader(page, wordSpanPoints, { paragraph, from, to });
  if (!points) throw new Error('no such words in the reader');
  await page.mouse.move(points.from.x, points.from.y);
  await page.mouse.down();
  await page.mouse.move(points.to.x, points.to.y, { steps: 8 });
  await page.mouse.up();
  await readerDialog(page).getByRole('button', { name: en.highlightYellow }).click();
  await expect(readerDialog(page).locator('mark.lr-hl')).not.toHaveCount(0);
  return points.text;
}

async function save(page: Page, item: string): Promise<Download> {
  const dialog = readerDialog(page);
  await dialog.getByRole('button', { name: en.saveArticle }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('menuitem', { name: item }).click()]);
  return download;
}

test('the article saves as Markdown and as one HTML file that reads offline with its highlight and its images’ alt text', async ({ page, server, extension }) => {
  mkdirSync(OUT, { recursive: true });
  await page.goto(server.url(HOST, ...LONG_READ));
  await extension.clickToolbar(page);
  await expect(readerDialog(page).locator('h1')).toHaveText(TITLE);
  const words = await highlightWords(page, 1, 2, 6);

  const markdown = await save(page, en.saveAsMarkdown);
  expect(markdown.suggestedFilename()).toBe(`${TITLE}.md`);
  const mdPath = join(OUT, markdown.suggestedFilename());
  await markdown.saveAs(mdPath);
  const md = readFileSync(mdPath, 'utf8');
  expect(md.startsWith(`# ${TITLE}\n`)).toBe(true);
  expect(md).toContain(`==${words}==`);
  expect(md).toContain('![A white lighthouse with red bands above a grey sea](http://');
  await expect(readerDialog(page).getByRole('status').filter({ hasText: `Saved ${TITLE}.md` })).toHaveCount(1);

  const html = await save(page, en.saveAsHtml);
  expect(html.suggestedFilename()).toBe(`${TITLE}.html`);
  const htmlPath = join(OUT, html.suggestedFilename());
  await html.saveAs(htmlPath);

  // Opened from disk with the network off: the article, its highlight, its images' alt text.
  const context = page.context();
  await context.setOffline(true);
  const offline = await context.newPage();
  try {
    await offline.goto(pathToFileURL(htmlPath).href);
    await expect(offline.locator('h1')).toHaveText(TITLE);
    await expect(offline.locator('mark')).toHaveText([words]);
    expect(await offline.locator('img').first().getAttribute('alt')).toBe('A white lighthouse with red bands above a grey sea');
    expect(await offline.locator('p').count()).toBeGreaterThan(5);
    expect(await offline.locator('script').count()).toBe(0);
  } finally {
    await offline.close();
    await context.setOffline(false);
  }
});
