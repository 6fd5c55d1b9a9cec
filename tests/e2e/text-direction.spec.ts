import type { Locator } from '@playwright/test';
import { test, expect, readerDialog } from './support/test';
import { clearStorage } from './support/settings';

const HOST = 'www.example-daily.org';

test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

/**
 * Where a block's first line starts: its first character's distance from the block's left and
 * right edges. Text read left to right starts at the left; right to left, at the right.
 */
function firstLineStart(block: Locator): Promise<{ fromLeft: number; fromRight: number }> {
  return block.evaluate((el) => {
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => ((n.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
    const text = walker.nextNode() as Text;
    const offset = (text.textContent ?? '').search(/\S/);
    const range = el.ownerDocument.createRange();
    range.setStart(text, offset);
    range.setEnd(text, offset + 1);
    const char = range.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return { fromLeft: char.left - box.left, fromRight: box.right - char.right };
  });
}

test('an English page that declares dir="rtl" reads left to right in the reader', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'rtl-declared-english', 'en/business/desert-solar-farm-doubles-output-2026'));
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  await expect(dialog).toBeVisible();
  // A line shorter than the column shows which side it starts from.
  const short = await firstLineStart(dialog.locator('.lr-content p').filter({ hasText: 'Reporting by Hana Rahimi.' }));
  expect(short.fromLeft).toBeLessThan(2);
  expect(short.fromRight).toBeGreaterThan(100);
  // A long paragraph wraps with its ragged edge on the right, so its sentence ends to the right too.
  const paragraph = dialog.locator('.lr-content p').filter({ hasText: 'The solar farm on the edge' });
  expect(await paragraph.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  const title = await firstLineStart(dialog.getByRole('heading', { level: 1 }));
  expect(title.fromLeft).toBeLessThan(2);
  // The one Arabic line in it still reads right to left.
  const arabic = await firstLineStart(dialog.locator('.lr-content p').filter({ hasText: 'قال المدير' }));
  expect(arabic.fromRight).toBeLessThan(2);
  expect(arabic.fromLeft).toBeGreaterThan(20);
});

test('an Arabic article still reads right to left', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'arabic-rtl', 'ar/news/2025/10/05/solar-desalination-plant.html'));
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  await expect(dialog).toBeVisible();
  const title = await firstLineStart(dialog.getByRole('heading', { level: 1 }));
  expect(title.fromRight).toBeLessThan(2);
  expect(title.fromLeft).toBeGreaterThan(20);
  expect(await dialog.locator('.lr-content p').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
});
