import { test, expect, openedReader, reader, NEWSX_ARTICLE, NEWSX_TITLE } from '../support/cross';
import { readerAppearances, readerPresent, type Tab } from '../support/driver';

// Automatic opening with the shipped settings: nobody clicks anything.
const BBC_TITLE = 'Deepest ever octopus filmed nearly 7km beneath Indian Ocean';
// Rendered by the site's script a second after load: the reader must wait for it.
const BBC_LATE_PARAGRAPH = 'The expedition also collected sediment samples';

const SPA_FIRST = 'Ukraine and US try to revive minerals deal after Oval Office clash';
const SPA_SECOND = 'Japan’s largest wildfire in three decades forces thousands from their homes';

const tabs: Tab[] = [];

test.beforeAll(async ({ driver }) => {
  await driver.clearStorage();
  await expect.poll(() => driver.registeredMatches()).toContain('*://*.newsx.com/*');
});

test.afterEach(async () => {
  for (const tab of tabs.splice(0)) await tab.close();
});

async function visit(driver: { newTab(o: { recordReader: boolean }): Promise<Tab> }, url: string): Promise<Tab> {
  const tab = await driver.newTab({ recordReader: true });
  tabs.push(tab);
  await tab.goto(url);
  return tab;
}

const pageHtml = (tab: Tab) => tab.evaluate(() => document.documentElement.outerHTML);

test('an article on a listed news site opens in reader view by itself, once its story is in', async ({ server, https, driver }) => {
  const cases = [
    { url: server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE), title: NEWSX_TITLE, text: 'personae non gratae' },
    // bbc.com is HSTS-preloaded: the browser only ever asks it for https.
    { url: https.url('www.bbc.com', 'bbc-article', 'news/articles/c9w1e2r3t4yo'), title: BBC_TITLE, text: BBC_LATE_PARAGRAPH },
  ];
  for (const { url, title, text } of cases) {
    const tab = await visit(driver, url);
    const view = await openedReader(tab, title);
    await expect.poll(async () => (await reader(tab))?.content).toContain(text);
    // Opened once, straight onto the story: no empty reader first, no second overlay.
    expect(await tab.evaluate(readerAppearances)).toBe(1);
    expect(view.status).toBeNull();
  }
});

test('section and home pages of listed sites stay exactly as they are', async ({ server, https, driver }) => {
  const cases = [
    { url: server.url('www.newsx.com', 'newsx-section', 'world'), heading: 'World' },
    { url: server.url('www.newsx.com', 'newsx-home', ''), heading: 'Top News' },
    { url: https.url('www.bbc.com', 'bbc-section', 'news/world'), heading: 'World' },
    { url: https.url('www.bbc.com', 'bbc-home', ''), heading: 'More news' },
  ];
  const opened: { tab: Tab; heading: string; before: string }[] = [];
  for (const { url, heading } of cases) {
    const tab = await visit(driver, url);
    opened.push({ tab, heading, before: await pageHtml(tab) });
  }
  for (const { tab, heading, before } of opened) {
    // The detection script ran, gave late content its chance, and decided: not an article.
    await expect.poll(() => driver.detectionState(tab), { timeout: 10_000 }).toBe('no-article');
    expect(await tab.evaluate(readerAppearances)).toBe(0);
    const headings = await tab.evaluate(() => Array.from(document.querySelectorAll('h1, h2, h3')).map((h) => h.textContent?.trim()));
    expect(headings).toContain(heading);
    expect(await pageHtml(tab)).toBe(before);
  }
});

test('look-alike domains never open by themselves; a subdomain of a listed site does', async ({ server, driver }) => {
  const lookalikes: Tab[] = [];
  for (const host of ['notnewsx.com', 'newsx.com.example.org']) lookalikes.push(await visit(driver, server.url(host, 'newsx-seed', NEWSX_ARTICLE)));
  const subdomain = await visit(driver, server.url('sport.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
  await openedReader(subdomain, NEWSX_TITLE);

  // Loaded before the subdomain's reader opened: had the script been let in, it would have run.
  for (const tab of lookalikes) {
    expect(await driver.detectionState(tab)).toBeUndefined();
    expect(await tab.evaluate(readerAppearances)).toBe(0);
    expect(await tab.evaluate(() => document.querySelector('h1.story-title') !== null)).toBe(true);
  }
  const patterns = await driver.registeredMatches();
  expect(patterns).toEqual(expect.arrayContaining(['*://newsx.com/*', '*://*.newsx.com/*']));
  expect(patterns.every((pattern) => !pattern.includes('<all_urls>') && pattern !== '*://*/*')).toBe(true);
});

test('closing the reader keeps it closed on that page; a reload opens it again', async ({ server, driver }) => {
  const tab = await visit(driver, server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
  await openedReader(tab, NEWSX_TITLE);
  await tab.press('Escape');
  await expect.poll(() => readerPresent(tab)).toBe(false);

  // The detection path asking again (as a late DOM change might make it) is turned down.
  expect(await driver.askToAutoOpen(tab)).toEqual({ open: false, found: false });
  expect(await readerPresent(tab)).toBe(false);
  expect(await tab.evaluate(readerAppearances)).toBe(1);

  await tab.reload();
  await openedReader(tab, NEWSX_TITLE);
});

/** A real click on the page's first link with this text. */
async function clickLink(tab: Tab, text: string): Promise<void> {
  const href = await tab.evaluate((name) => Array.from(document.querySelectorAll('a')).find((a) => a.textContent?.trim() === name)?.getAttribute('href'), text);
  if (!href) throw new Error(`no link "${text}"`);
  await tab.click(`a[href="${href}"]`);
}

test('a single-page app opens the reader on the article it navigates to, and closes it when it navigates away', async ({ server, driver }) => {
  const tab = await visit(driver, server.url('edition.cnn.com', 'spa-news', 'world'));
  await expect.poll(() => driver.detectionState(tab), { timeout: 10_000 }).toBe('no-article');
  expect(await tab.evaluate(readerAppearances)).toBe(0);

  // Section → article with history.pushState; the story arrives after a loading state.
  await clickLink(tab, SPA_FIRST);
  await openedReader(tab, SPA_FIRST);
  await expect.poll(async () => (await reader(tab))?.content).toContain('fighting continues along the front line');

  // Closed by the reader: it stays closed on this page.
  await tab.press('Escape');
  await expect.poll(() => readerPresent(tab)).toBe(false);
  expect(await driver.askToAutoOpen(tab)).toEqual({ open: false, found: false });
  expect(await readerPresent(tab)).toBe(false);

  // The next navigation is judged afresh.
  await clickLink(tab, SPA_SECOND);
  await openedReader(tab, SPA_SECOND);

  // Back to the section while the reader is open: the reader goes with the article.
  await tab.back();
  await openedReader(tab, SPA_FIRST);
  await tab.back();
  await expect.poll(() => readerPresent(tab)).toBe(false);
  await expect.poll(() => driver.detectionState(tab), { timeout: 10_000 }).toBe('no-article');
  expect(await tab.evaluate(() => Array.from(document.querySelectorAll('h1, h2')).map((h) => h.textContent?.trim()))).toContain('World');
  expect(await readerPresent(tab)).toBe(false);
});
