import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import { clearStorage, optionsUrl, storeRawSettings } from './support/settings';

const HOST = 'www.example-daily.org';

async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

for (const theme of ['light', 'dark', 'sepia', 'black'] as const) {
  test(`axe finds nothing serious in the reader and its open settings panel (${theme})`, async ({ page, server, extension }) => {
    await storeRawSettings(await extension.serviceWorker(), { version: 2, theme });
    await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
    await extension.clickToolbar(page);
    const dialog = readerDialog(page);
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(page, 'lucid-reader')).toEqual([]);
    await dialog.getByRole('button', { name: 'Reading settings' }).click();
    await expect(dialog.getByRole('region', { name: 'Reading settings' })).toBeVisible();
    expect(await seriousViolations(page, 'lucid-reader')).toEqual([]);
  });
}

test('axe finds nothing serious on the options page, in English and in Arabic', async ({ page, extension }) => {
  await page.goto(optionsUrl(extension.id));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the no-article message is accessible too', async ({ page, server, extension }) => {
  await page.goto(server.url('app.example.com', 'web-app', 'inbox'));
  await extension.clickToolbar(page);
  await expect(readerDialog(page).getByRole('status')).toBeVisible();
  expect(await seriousViolations(page, 'lucid-reader')).toEqual([]);
});
