import { test, expect, readerDialog } from './support/test';
import { clearStorage } from './support/settings';

const HOST = 'www.example-daily.org';

test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

test('a paginated article keeps its "Next page" link at the end of the reader, which opens page 2 in reader view', async ({ page, server, extension }) => {
  const first = server.url(HOST, 'paginated-article', 'history/harbour-150-years');
  await page.goto(first);
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.lr-content')).toContainText('When the first stones of the east pier');
  const next = dialog.getByRole('link', { name: 'Next page' });
  await expect(next).toBeVisible();
  await expect(next).toHaveAttribute('href', `${first}?page=2`);
  // It comes after the story.
  expect(await next.evaluate((a) => a.compareDocumentPosition((a.getRootNode() as ShadowRoot).querySelector('.lr-content') as Node) & Node.DOCUMENT_POSITION_PRECEDING)).toBeTruthy();

  await next.click();
  await page.waitForURL(`${first}?page=2`);
  await expect(readerDialog(page)).toBeVisible();
  await expect(readerDialog(page).locator('.lr-content')).toContainText('The second tide came with the war');
  await expect(readerDialog(page).getByRole('link', { name: 'Next page' })).toHaveAttribute('href', `${first}?page=3`);
});

test('an article on one page has no "Next page" link', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'paginated-article', 'history/harbour-150-years?page=3'));
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.lr-content')).toContainText('The second tide came with the war');
  await expect(dialog.getByRole('link', { name: 'Next page' })).toHaveCount(0);
});
