import type { Page } from '@playwright/test';
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import { clickToolbarButton, launchWithExtension, type LaunchedBrowser } from './support/browser';
import { optionsUrl } from './support/settings';
import { detectionState, readerAppearances, recordReaderAppearances, registeredMatches } from './support/autoOpen';

// Each test changes settings, so each gets a browser (and profile) of its own.
const TITLE = 'First Contacts With Trump Administration Inspire Hope, Putin Says as Russia & US Diplomats Meet in Turkey';

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

/** Loads `url` and checks that nothing of ours runs there, with a listed site opening by itself as the control. */
async function expectLeftAlone(url: string, controlUrl: string): Promise<void> {
  const page = await visit(url);
  const control = await visit(controlUrl);
  await expect(readerDialog(control).getByRole('heading', { level: 1 })).toHaveText(TITLE);
  expect(await detectionState(page, browser.extensionId)).toBeUndefined();
  expect(await readerAppearances(page)).toBe(0);
  await Promise.all([page.close(), control.close()]);
}

function grantedOrigins(): Promise<string[]> {
  return browser.serviceWorker.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);
}

test('a site added on the options page opens by itself once access is granted; removing it stops it', async ({ server }) => {
  const article = server.url('www.thehindu.com', 'newsx-seed', NEWSX_ARTICLE);
  const control = server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE);
  await expectLeftAlone(article, control);

  // The person allows the site in the browser's own extension settings (chrome://extensions,
  // the call its site-access controls make). Chrome then answers the options page's
  // permissions.request for that site without another prompt, as it does for any host access
  // the user already granted: headless Chromium cannot show its permission dialog to click.
  const extensions = await browser.context.newPage();
  await extensions.goto(`chrome://extensions/?id=${browser.extensionId}`);
  await extensions.evaluate(`chrome.developerPrivate.addHostPermission(${JSON.stringify(browser.extensionId)}, '*://*.thehindu.com/*')`);
  await extensions.close();
  expect(await grantedOrigins()).not.toContain('*://*.thehindu.com/*');

  const options = await browser.context.newPage();
  await options.goto(optionsUrl(browser.extensionId));
  await options.getByLabel('Site address').fill('https://www.thehindu.com/news/');
  await options.getByRole('button', { name: 'Add site' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'thehindu.com added.' })).toBeVisible();
  await expect(options.getByRole('list', { name: 'News sites' })).toContainText('thehindu.com');
  // Access for exactly that site, asked for at that moment; never for every site.
  const origins = await grantedOrigins();
  expect(origins).toEqual(expect.arrayContaining(['*://thehindu.com/*', '*://*.thehindu.com/*']));
  expect(origins).not.toContain('*://*/*');
  await expect.poll(() => registeredMatches(browser.serviceWorker)).toContain('*://*.thehindu.com/*');

  const page = await visit(article);
  await expect(readerDialog(page).getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.close();

  await options.getByRole('button', { name: 'Remove thehindu.com' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'thehindu.com removed.' })).toBeVisible();
  await expect.poll(() => registeredMatches(browser.serviceWorker)).not.toContain('*://*.thehindu.com/*');
  await expect.poll(grantedOrigins).not.toContain('*://*.thehindu.com/*');
  await expectLeftAlone(article, control);
});

test('"Don’t open automatically on this site" in the reader sticks across reloads, and can be undone there', async ({ server }) => {
  const article = server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE);
  const page = await visit(article);
  const dialog = readerDialog(page);
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(TITLE);

  await dialog.getByRole('button', { name: 'Reading settings' }).click();
  await dialog.getByRole('button', { name: "Don't open automatically on this site" }).click();
  await expect(dialog.getByRole('button', { name: 'Always open articles on this site' })).toBeVisible();
  await expect.poll(() => registeredMatches(browser.serviceWorker)).not.toContain('*://*.newsx.com/*');

  for (let reload = 0; reload < 2; reload++) {
    await page.reload();
    // The opt-out is this site's only: another listed site still opens by itself.
    const other = await visit(server.url('edition.cnn.com', 'newsx-seed', NEWSX_ARTICLE));
    await expect(readerDialog(other).getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await other.close();
    expect(await detectionState(page, browser.extensionId)).toBeUndefined();
    expect(await readerAppearances(page)).toBe(0);
  }

  // Undone from the reader opened by hand: articles there open by themselves again.
  await clickToolbarButton(browser.context, browser.extensionId, page, browser.serviceWorker);
  await dialog.getByRole('button', { name: 'Reading settings' }).click();
  await dialog.getByRole('button', { name: 'Always open articles on this site' }).click();
  await expect(dialog.getByRole('button', { name: "Don't open automatically on this site" })).toBeVisible();
  await expect.poll(() => registeredMatches(browser.serviceWorker)).toContain('*://*.newsx.com/*');
  await page.reload();
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

test('the global switch on the options page turns automatic opening off everywhere, and on again', async ({ server }) => {
  const article = server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE);
  const options = await browser.context.newPage();
  await options.goto(optionsUrl(browser.extensionId));
  const toggle = options.getByRole('checkbox', { name: 'Open articles automatically on news sites' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(() => registeredMatches(browser.serviceWorker)).toEqual([]);

  for (const host of ['www.newsx.com', 'edition.cnn.com']) {
    const page = await visit(server.url(host, 'newsx-seed', NEWSX_ARTICLE));
    // Loaded completely; the detection script (document_idle) would have run by now.
    await page.waitForLoadState('load');
    expect(await detectionState(page, browser.extensionId)).toBeUndefined();
    expect(await readerAppearances(page)).toBe(0);
    await page.close();
  }

  await toggle.check();
  await expect.poll(() => registeredMatches(browser.serviceWorker)).toContain('*://*.newsx.com/*');
  const page = await visit(article);
  await expect(readerDialog(page).getByRole('heading', { level: 1 })).toHaveText(TITLE);
});

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
