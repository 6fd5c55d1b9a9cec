/// <reference types="chrome" />
import type { BrowserContext, Worker } from '@playwright/test';
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import { DIST_DIR, clickToolbarButton, launchWithExtension } from './support/browser';

// Off the auto-open list: the reader opens only when the test clicks.
const HOST = 'www.example-daily.org';

/**
 * Reloads the extension as an update does (CDP Extensions.loadUnpacked of the same folder: the
 * same id, a new background, content scripts already in tabs cut off), and returns the new
 * service worker once it listens for clicks.
 */
async function reloadExtension(context: BrowserContext, old: Worker, extensionId: string): Promise<Worker> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind the persistent context');
  const session = await browser.newBrowserCDPSession();
  const waitForWorker = context.waitForEvent('serviceworker', { predicate: (w) => w !== old && w.url().includes(extensionId) });
  try {
    // Not in Playwright's CDP typings: a Chromium-only domain, enabled by --enable-unsafe-extension-debugging.
    const { id } = (await session.send('Extensions.loadUnpacked' as never, { path: DIST_DIR } as never)) as { id: string };
    expect(id).toBe(extensionId);
  } finally {
    await session.detach();
  }
  const worker = await waitForWorker;
  await expect.poll(() => worker.evaluate(() => chrome.action.onClicked.hasListeners()).catch(() => false)).toBe(true);
  return worker;
}

test('after an extension reload the orphaned reader goes away, and the next click opens exactly one', async ({ server }) => {
  const { context, serviceWorker, extensionId } = await launchWithExtension({ headless: true });
  try {
    const page = await context.newPage();
    await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
    await clickToolbarButton(context, extensionId, page, serviceWorker);
    await expect(readerDialog(page)).toBeVisible();

    const worker = await reloadExtension(context, serviceWorker, extensionId);
    // The old script lost its extension: it takes its reader away and gives the page back.
    await expect(readerDialog(page)).toHaveCount(0);
    await expect(page.locator('body')).not.toHaveAttribute('inert');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe('hidden');

    await clickToolbarButton(context, extensionId, page, worker);
    await expect(readerDialog(page)).toBeVisible();
    await expect(readerDialog(page)).toHaveCount(1);
    // The new reader works: `+` changes its text size, and the next click closes it.
    await readerDialog(page).locator('h1').focus();
    await page.keyboard.press('+');
    await expect
      .poll(() => readerDialog(page).locator('.lr-content p').first().evaluate((p) => getComputedStyle(p).fontSize))
      .toBe('21px');
    await clickToolbarButton(context, extensionId, page, worker);
    await expect(readerDialog(page)).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('a click right after a reload never stacks a second reader', async ({ server }) => {
  const { context, serviceWorker, extensionId } = await launchWithExtension({ headless: true });
  try {
    const page = await context.newPage();
    await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
    await clickToolbarButton(context, extensionId, page, serviceWorker);
    await expect(readerDialog(page)).toBeVisible();
    const worker = await reloadExtension(context, serviceWorker, extensionId);
    await clickToolbarButton(context, extensionId, page, worker);
    // However the old reader learnt of it (its port, or the new script arriving): one reader, and it is live.
    await expect(readerDialog(page)).toHaveCount(1);
    await expect(readerDialog(page)).toBeVisible();
    await clickToolbarButton(context, extensionId, page, worker);
    await expect(readerDialog(page)).toHaveCount(0);
  } finally {
    await context.close();
  }
});
