import { test, expect, readerDialog } from './support/test';
import { clearStorage } from './support/settings';

const HOST = 'www.example-daily.org';

test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

for (const [where, slug, path, title, text] of [
  ['an open shadow root (web components)', 'story-in-shadow', 'travel/night-ferry-returns', 'Night ferry returns after twelve years', 'The night ferry to the islands sailed again on Friday'],
  ['a same-origin iframe', 'story-in-frames', 'syndicated/orchard-frost', 'Orchard growers race the first frost', 'Pickers worked under floodlights on the larger farms'],
  ['an <iframe srcdoc>', 'story-in-srcdoc', 'newsletters/2026-11-28', 'Lifeboat crew honoured for winter rescue', 'The volunteer lifeboat crew were honoured on Saturday'],
] as const) {
  test(`finds an article inside ${where}`, async ({ page, server, extension }) => {
    await page.goto(server.url(HOST, slug, path));
    await expect(page.locator('body')).toBeVisible();
    await extension.clickToolbar(page);
    const dialog = readerDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(dialog.locator('.lr-content')).toContainText(text);
  });
}

test('a quote inside a nested web component comes along with the story', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'story-in-shadow', 'travel/night-ferry-returns'));
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  await expect(dialog.locator('.lr-content')).toContainText('We have waited a long time for this');
});
