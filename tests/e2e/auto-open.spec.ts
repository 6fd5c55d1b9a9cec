import type { Page } from '@playwright/test';
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import { launchWithExtension, type LaunchedBrowser } from './support/browser';
import { detectionState, inContentScriptWorld, readerAppearances, recordReaderAppearances, registeredMatches } from './support/autoOpen';
import { acceptAnyCertificate, startTlsFront, type TlsFront } from './support/tlsFront';

// Automatic opening with the shipped settings, in a browser of its own: nobody clicks anything.
const NEWSX_TITLE = 'First Contacts With Trump Administration Inspire Hope, Putin Says as Russia & US Diplomats Meet in Turkey';
const BBC_TITLE = 'Deepest ever octopus filmed nearly 7km beneath Indian Ocean';
// Rendered by the site's script a second after load: the reader must wait for it.
const BBC_LATE_PARAGRAPH = 'The expedition also collected sediment samples';
const SPA_FIRST = 'Ukraine and US try to revive minerals deal after Oval Office clash';
const SPA_SECOND = 'Japan’s largest wildfire in three decades forces thousands from their homes';

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

test('an article on a listed news site opens in reader view by itself, once its story is in', async ({ server }) => {
  const cases = [
    { url: server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE), title: NEWSX_TITLE, text: 'personae non gratae' },
    { url: https.url('www.bbc.com', 'bbc-article', 'news/articles/c9w1e2r3t4yo'), title: BBC_TITLE, text: BBC_LATE_PARAGRAPH },
  ];
  for (const { url, title, text } of cases) {
    const page = await visit(url);
    const dialog = readerDialog(page);
    await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(dialog.locator('.lr-content')).toContainText(text);
    // Opened once, straight onto the story: no empty reader first, no second overlay.
    expect(await readerAppearances(page)).toBe(1);
    await expect(dialog.getByText('No article found on this page')).toHaveCount(0);
  }
});

test('section and home pages of listed sites stay exactly as they are', async ({ server }) => {
  const cases = [
    { url: server.url('www.newsx.com', 'newsx-section', 'world'), heading: 'World' },
    { url: server.url('www.newsx.com', 'newsx-home', ''), heading: 'Top News' },
    { url: https.url('www.bbc.com', 'bbc-section', 'news/world'), heading: 'World' },
    { url: https.url('www.bbc.com', 'bbc-home', ''), heading: 'More news' },
  ];
  // All at once: each waits out its late-content window.
  const opened = await Promise.all(
    cases.map(async ({ url, heading }) => {
      const page = await visit(url);
      return { page, heading, before: await page.evaluate(() => document.documentElement.outerHTML) };
    }),
  );
  for (const { page, heading, before } of opened) {
    // The detection script ran, gave late content its chance, and decided: not an article.
    await expect.poll(() => detectionState(page, browser.extensionId), { timeout: 10_000 }).toBe('no-article');
    expect(await readerAppearances(page)).toBe(0);
    await expect(page.getByRole('heading', { name: heading, exact: true }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  }
});

test('look-alike domains never open by themselves; a subdomain of a listed site does', async ({ server }) => {
  const lookalikes = await Promise.all(
    ['notnewsx.com', 'newsx.com.example.org'].map((host) => visit(server.url(host, 'newsx-seed', NEWSX_ARTICLE))),
  );
  const subdomain = await visit(server.url('sport.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
  await expect(readerDialog(subdomain).getByRole('heading', { level: 1 })).toHaveText(NEWSX_TITLE);

  // Loaded before the subdomain's reader opened: had the script been let in, it would have run.
  for (const page of lookalikes) {
    expect(await detectionState(page, browser.extensionId)).toBeUndefined();
    expect(await readerAppearances(page)).toBe(0);
    await expect(page.locator('h1.story-title')).toBeVisible();
  }
  const patterns = await registeredMatches(browser.serviceWorker);
  expect(patterns).toEqual(expect.arrayContaining(['*://newsx.com/*', '*://*.newsx.com/*']));
  expect(patterns.every((pattern) => !pattern.includes('<all_urls>') && pattern !== '*://*/*')).toBe(true);
});

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

test('a single-page app opens the reader on the article it navigates to, and closes it when it navigates away', async ({ server }) => {
  const page = await visit(server.url('edition.cnn.com', 'spa-news', 'world'));
  await expect.poll(() => detectionState(page, browser.extensionId), { timeout: 10_000 }).toBe('no-article');
  expect(await readerAppearances(page)).toBe(0);

  // Section → article with history.pushState; the story arrives after a loading state.
  await page.getByRole('link', { name: SPA_FIRST }).click();
  const dialog = readerDialog(page);
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(SPA_FIRST);
  await expect(dialog.locator('.lr-content')).toContainText('fighting continues along the front line');

  // Closed by the reader: it stays closed on this page.
  await page.keyboard.press('Escape');
  await expect(page.locator('lucid-reader')).toHaveCount(0);
  expect(await askToAutoOpen(page)).toEqual({ open: false, found: false });
  await expect(page.locator('lucid-reader')).toHaveCount(0);

  // The next navigation is judged afresh.
  await page.getByRole('link', { name: SPA_SECOND }).click();
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(SPA_SECOND);

  // Back to the section while the reader is open: the reader goes with the article.
  await page.goBack();
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(SPA_FIRST);
  await page.goBack();
  await expect(page.locator('lucid-reader')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'World', exact: true })).toBeVisible();
  await expect.poll(() => detectionState(page, browser.extensionId), { timeout: 10_000 }).toBe('no-article');
  await expect(page.locator('lucid-reader')).toHaveCount(0);
});
