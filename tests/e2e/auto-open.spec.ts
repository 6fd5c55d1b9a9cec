import type { Page } from '@playwright/test';
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import { launchWithExtension, type LaunchedBrowser } from './support/browser';
import { inContentScriptWorld, readerAppearances, recordReaderAppearances, registeredMatches } from './support/autoOpen';
import { acceptAnyCertificate, startTlsFront, type TlsFront } from './support/tlsFront';

// Automatic opening with the shipped settings, in a browser of its own: nobody clicks anything.
// Chromium only: it speaks as the detection script from its isolated world (CDP); the other
// automatic-opening tests are in tests/e2e/cross/, run in both browsers.
const NEWSX_TITLE = 'First Contacts With Trump Administration Inspire Hope, Putin Says as Russia & US Diplomats Meet in Turkey';

let browser: LaunchedBrowser;
// bbc.com is HSTS-preloaded: the browser only ever asks it for https.
let https: TlsFront;
const pages: Page[] = [];

test.beforeAll(async ({ server }) => {
  browser = await launchWithExtension({ headless: true });
  const chromium = browser.context.browser();
  if (chromium) await acceptAnyCertificate(chromium);
  https = await startTlsFront(server.port);
  await expect.poll(() => registeredMatches(browser.serviceWorker)).toContain('*://*.newsx.com/*');
});

test.afterAll(async () => {
  await browser.context.close();
  await https.close();
});

test.afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

async function visit(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  pages.push(page);
  await recordReaderAppearances(page);
  await page.goto(url);
  return page;
}

/** Asks the background to auto-open this page, as the detection script does when it finds a story. */
function askToAutoOpen(page: Page): Promise<{ open: boolean } | null | undefined> {
  return inContentScriptWorld(page, browser.extensionId, `chrome.runtime.sendMessage({ type: 'auto:article-found' })`);
}

test('closing the reader keeps it closed on that page; a reload opens it again', async ({ server }) => {
  const page = await visit(server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
  await expect(readerDialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('lucid-reader')).toHaveCount(0);

  // The detection path asking again (as a late DOM change might make it) is turned down.
  expect(await askToAutoOpen(page)).toEqual({ open: false, found: false });
  await expect(page.locator('lucid-reader')).toHaveCount(0);
  expect(await readerAppearances(page)).toBe(1);

  await page.reload();
  await expect(readerDialog(page).getByRole('heading', { level: 1 })).toHaveText(NEWSX_TITLE);
});

