import type { Page } from '@playwright/test';
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import { clickToolbarButton, launchWithExtension, type LaunchedBrowser } from './support/browser';
import { recordReaderAppearances, registeredMatches } from './support/autoOpen';

// Chromium only: it follows a tab the extension opens (Playwright's page event). The other
// settings-driven automatic-opening tests are in tests/e2e/cross/, run in both browsers.
// Each test changes settings, so each gets a browser (and profile) of its own.

let browser: LaunchedBrowser;

test.beforeEach(async () => {
  browser = await launchWithExtension({ headless: true });
  await expect.poll(() => registeredMatches(browser.serviceWorker)).toContain('*://*.newsx.com/*');
});

test.afterEach(async () => {
  await browser.context.close();
});

async function visit(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await recordReaderAppearances(page);
  await page.goto(url);
  return page;
}

function grantedOrigins(): Promise<string[]> {
  return browser.serviceWorker.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);
}

test('"Always open articles on this site" on a site without access hands it to the options page, filled in', async ({ server }) => {
  const page = await visit(server.url('www.thehindu.com', 'newsx-seed', NEWSX_ARTICLE));
  await clickToolbarButton(browser.context, browser.extensionId, page, browser.serviceWorker);
  const dialog = readerDialog(page);
  await dialog.getByRole('button', { name: 'Reading settings' }).click();

  // The overlay's click cannot ask for host access (a page's script, and a message carries no
  // gesture), so the options page opens where one click on "Add site" asks for it.
  const opened = browser.context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Always open articles on this site' }).click();
  const options = await opened;
  const input = options.getByLabel('Site address');
  await expect(input).toHaveValue('thehindu.com');
  await expect(input).toBeFocused();
  await expect(options.getByRole('list', { name: 'News sites' })).not.toContainText('thehindu.com');
  expect(await grantedOrigins()).not.toContain('*://*.thehindu.com/*');
});
