/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import { clickToolbarButton, launchWithExtension } from './support/browser';
import { clearStorage, storeRawSettings } from './support/settings';

// One click, one answer: there is no second click anywhere in the harness, so a click the
// extension loses fails here.

async function badgeAndTitle(worker: Worker): Promise<{ badge: string; title: string }> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return { badge: '', title: '' };
    return { badge: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  });
}

async function openArticle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#story-body')).toBeVisible();
}

test.describe('the toolbar click', () => {
  // newsx.com auto-opens by default; these tests are about the click.
  test.beforeEach(async ({ extension }) => {
    await storeRawSettings(await extension.serviceWorker(), { version: 2, autoOpen: false });
  });
  test.afterEach(async ({ extension }) => {
    await clearStorage(await extension.serviceWorker());
  });

  test('the × on a protected page goes with the page: the tab navigates to an article and one click opens it', async ({ page, server, extension }) => {
    const worker = await extension.serviceWorker();
    await page.goto('chrome://version');
    await extension.clickToolbar(page);
    await expect.poll(() => badgeAndTitle(worker)).toEqual({ badge: '×', title: "Reader view isn't available on this page" });

    await openArticle(page, server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
    await expect.poll(() => badgeAndTitle(worker)).toEqual({ badge: '', title: 'Reader view' });
    await extension.clickToolbar(page);
    await expect(readerDialog(page)).toBeVisible();
    expect(await badgeAndTitle(worker)).toEqual({ badge: '', title: 'Reader view' });
    expect(await extension.serviceWorkerErrors()).toEqual([]);
  });
});

test('a fresh browser’s very first click, right after start, opens the reader', async ({ server }) => {
  const { context, extensionId, serviceWorker } = await launchWithExtension({ headless: true });
  try {
    await storeRawSettings(serviceWorker, { version: 2, autoOpen: false });
    const page = context.pages()[0] ?? (await context.newPage());
    await openArticle(page, server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
    await clickToolbarButton(context, extensionId, page, serviceWorker);
    await expect(readerDialog(page)).toBeVisible();
    expect(await badgeAndTitle(serviceWorker)).toEqual({ badge: '', title: 'Reader view' });
  } finally {
    await context.close();
  }
});
