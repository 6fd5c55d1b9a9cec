/// <reference types="chrome" />
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import type { Page } from '@playwright/test';
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

test.describe('reader view from the toolbar button', () => {
  // newsx.com is one of the shipped news sites, where articles open by themselves
  // (cross/auto-open.spec.ts); this is about opening by hand.
  test.beforeEach(async ({ extension }) => {
    await storeRawSettings(await extension.serviceWorker(), { version: 2, autoOpen: false });
  });
  test.afterEach(async ({ extension }) => {
    await clearStorage(await extension.serviceWorker());
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
      // The page behind is out of the accessibility tree and cannot scroll.
      expect(await inAccessibilityTree(page, 'Live Tv')).toBe(false);
      await page.mouse.wheel(0, 800);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

      if (closeWith === 'toolbar') await extension.clickToolbar(page);
      else await page.keyboard.press('Escape');
      await expect(readerDialog(page)).toHaveCount(0);
      expect(await inAccessibilityTree(page, 'Live Tv')).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    }
  });

});
