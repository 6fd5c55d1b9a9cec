import { test, expect, readerDialog } from './support/test';
import { clearStorage } from './support/settings';
import { firstLineStart } from './support/firstLine';
import { inReader } from './support/readerAccess';

const HOST = 'www.example-daily.org';

test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

test('an English page that declares dir="rtl" reads left to right in the reader', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'rtl-declared-english', 'en/business/desert-solar-farm-doubles-output-2026'));
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  await expect(dialog).toBeVisible();
  const start = (selector: string, hasText?: string) => inReader(page, firstLineStart, { selector, hasText });
  // A line shorter than the column shows which side it starts from.
  const short = await start('.lr-content p', 'Reporting by Hana Rahimi.');
  expect(short?.fromLeft).toBeLessThan(2);
  expect(short?.fromRight).toBeGreaterThan(100);
  // A long paragraph's first line fills the column: only its first word's side tells.
  const long = await start('.lr-content p', 'The solar farm on the edge');
  expect(long?.fromLeft).toBeLessThan(2);
  expect(long?.fromRight).toBeGreaterThan(100);
  expect((await start('h1'))?.fromLeft).toBeLessThan(2);
  // The one Arabic line in it still reads right to left.
  const arabic = await start('.lr-content p', 'قال المدير');
  expect(arabic?.fromRight).toBeLessThan(2);
  expect(arabic?.fromLeft).toBeGreaterThan(20);
});

test('an Arabic article still reads right to left', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'arabic-rtl', 'ar/news/2025/10/05/solar-desalination-plant.html'));
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  await expect(dialog).toBeVisible();
  const start = (selector: string) => inReader(page, firstLineStart, { selector });
  const title = await start('h1');
  expect(title?.fromRight).toBeLessThan(2);
  expect(title?.fromLeft).toBeGreaterThan(20);
  // Its first paragraph's first word sits at the right edge.
  expect((await start('.lr-content p'))?.fromRight).toBeLessThan(2);
});
