/// <reference types="chrome" />
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import type { Locator, Page } from '@playwright/test';
import { clearStorage, storeRawSettings } from './support/settings';

// Chromium only: the page behind the reader leaves the accessibility tree, read through CDP. The
// reader's behaviour itself is tested in both browsers in tests/e2e/cross/reader.spec.ts.

async function openSeedArticle(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  // The site's own scripts finish their after-load work (late ad, full-screen wall) first.
  await page.waitForFunction(() => (window as unknown as { __wallShown?: boolean }).__wallShown === true);
  return page.locator('#story-body > p:not(.also-read)').allInnerTexts();
}

/** Whether a page element with this accessible name is exposed to assistive technology. */
async function inAccessibilityTree(page: Page, name: string): Promise<boolean> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  return nodes.some((node) => !node.ignored && node.name?.value === name);
}

const pageScrollY = (page: Page): Promise<number> => page.evaluate(() => window.scrollY);

/** A real wheel turn with the mouse over the middle of `target`. */
async function wheelOver(page: Page, target: Locator, deltaY: number): Promise<void> {
  const box = await target.boundingBox();
  if (box === null) throw new Error('wheelOver: the target is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, deltaY);
}

test.describe('reader view from the toolbar button', () => {
  // newsx.com is one of the shipped news sites, where articles open by themselves
  // (cross/auto-open.spec.ts); this is about opening by hand.
  test.beforeEach(async ({ extension }) => {
    await storeRawSettings(await extension.serviceWorker(), { version: 2, autoOpen: false });
  });
  test.afterEach(async ({ extension }) => {
    await clearStorage(await extension.serviceWorker());
  });

  test('the wheel scrolls the page without the reader, and only the article while it is open', async ({ page, server, extension }) => {
    await openSeedArticle(page, server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
    await page.evaluate(() => window.scrollTo(0, 640));
    const start = await pageScrollY(page);
    expect(start).toBeGreaterThan(500);
    // Without the reader the same turn of the wheel moves the page: what the locked page must not do.
    await wheelOver(page, page.locator('#story-body > p').first(), 400);
    await expect.poll(() => pageScrollY(page)).toBeGreaterThan(start);
    await page.evaluate((y) => window.scrollTo(0, y), start);
    await expect.poll(() => pageScrollY(page)).toBe(start);

    await extension.clickToolbar(page);
    const dialog = readerDialog(page);
    await expect(dialog).toBeVisible();
    const article = dialog.locator('.lr-scroller');
    // The toolbar does not scroll, so a turn over it reaches the page unless the page is locked;
    // the article scrolls by itself. Its moving shows that both turns, in order, were handled.
    await wheelOver(page, dialog.getByRole('toolbar'), 800);
    await wheelOver(page, article, 800);
    await expect.poll(() => article.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await pageScrollY(page)).toBe(start);

    await page.keyboard.press('Escape');
    await expect(readerDialog(page)).toHaveCount(0);
    expect(await pageScrollY(page)).toBe(start);
  });

  test('a second click and Esc both close it, leaving the page where it was', async ({ page, server, extension }) => {
    await openSeedArticle(page, server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
    await page.evaluate(() => window.scrollTo(0, 640));
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(500);
    expect(await inAccessibilityTree(page, 'Live Tv')).toBe(true);

    for (const closeWith of ['toolbar', 'Escape'] as const) {
      await extension.clickToolbar(page);
      const dialog = readerDialog(page);
      await expect(dialog).toBeVisible();
      // The page behind is out of the accessibility tree.
      expect(await inAccessibilityTree(page, 'Live Tv')).toBe(false);

      if (closeWith === 'toolbar') await extension.clickToolbar(page);
      else await page.keyboard.press('Escape');
      await expect(readerDialog(page)).toHaveCount(0);
      expect(await inAccessibilityTree(page, 'Live Tv')).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    }
  });

});
