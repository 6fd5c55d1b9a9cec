import { test, expect, launchDriver, openedReader, reader, NEWSX_ARTICLE, NEWSX_TITLE } from '../support/cross';
import { readerAppearances, readerPresent, type ExtensionDriver, type Tab } from '../support/driver';

// Each test changes settings and permissions, so each gets a browser (and profile) of its own.
let driver: ExtensionDriver;

test.beforeEach(async ({ engine }) => {
  driver = await launchDriver(engine);
  await expect.poll(() => driver.registeredMatches()).toContain('*://*.newsx.com/*');
});

test.afterEach(async () => {
  await driver.close();
});

async function visit(url: string): Promise<Tab> {
  const tab = await driver.newTab({ recordReader: true });
  await tab.goto(url);
  return tab;
}

/** Loads `url` and checks that nothing of ours runs there, with a listed site opening by itself as the control. */
async function expectLeftAlone(url: string, controlUrl: string): Promise<void> {
  const tab = await visit(url);
  const control = await visit(controlUrl);
  await openedReader(control, NEWSX_TITLE);
  expect(await driver.detectionState(tab)).toBeUndefined();
  expect(await tab.evaluate(readerAppearances)).toBe(0);
  await tab.close();
  await control.close();
}

// The reader panel's one site button, whose label says what a click would do.
const SITE_CHOICE = '[aria-labelledby="lr-sites-label"] button';
const siteChoice = (tab: Tab) =>
  tab.inReader((root, css) => root.querySelector(css)?.textContent?.trim() ?? null, SITE_CHOICE);

const statusText = (options: Tab) => options.evaluate(() => document.querySelector('.lo-status')?.textContent?.trim() ?? null);
const listedSites = (options: Tab) => options.evaluate(() => document.querySelector('#opt-news-sites')?.parentElement?.textContent ?? '');

test('a site added on the options page opens by itself once access is granted; removing it stops it', async ({ server }) => {
  const article = server.url('www.thehindu.com', 'newsx-seed', NEWSX_ARTICLE);
  const control = server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE);
  await expectLeftAlone(article, control);

  // The person allows the site in the browser's own extension settings; the options page's
  // permissions.request for it is then answered without a prompt (headless browsers cannot show one to click).
  await driver.grantHostAccess(['*://thehindu.com/*', '*://*.thehindu.com/*']);
  const options = await driver.openOptions();
  await options.fill('#opt-site', 'https://www.thehindu.com/news/');
  await options.click('form button[type="submit"]');
  await expect.poll(() => statusText(options)).toBe('thehindu.com added.');
  expect(await listedSites(options)).toContain('thehindu.com');
  // Access for exactly that site; never for every site.
  const origins = await driver.grantedOrigins();
  expect(origins).toEqual(expect.arrayContaining(['*://thehindu.com/*', '*://*.thehindu.com/*']));
  expect(origins).not.toContain('*://*/*');
  await expect.poll(() => driver.registeredMatches()).toContain('*://*.thehindu.com/*');

  const tab = await visit(article);
  await openedReader(tab, NEWSX_TITLE);
  await tab.close();

  await options.click('button[aria-label="Remove thehindu.com"]');
  await expect.poll(() => statusText(options)).toBe('thehindu.com removed.');
  await expect.poll(() => driver.registeredMatches()).not.toContain('*://*.thehindu.com/*');
  await expect.poll(() => driver.grantedOrigins()).not.toContain('*://*.thehindu.com/*');
  await expectLeftAlone(article, control);
});

test('"Don’t open automatically on this site" in the reader sticks across reloads, and can be undone there', async ({ server }) => {
  const tab = await visit(server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
  await openedReader(tab, NEWSX_TITLE);
  await tab.clickInReader('button[aria-controls="lr-settings"]');
  expect(await siteChoice(tab)).toBe("Don't open automatically on this site");
  await tab.clickInReader(SITE_CHOICE);
  await expect.poll(() => siteChoice(tab)).toBe('Always open articles on this site');
  await expect.poll(() => driver.registeredMatches()).not.toContain('*://*.newsx.com/*');

  for (let reload = 0; reload < 2; reload++) {
    await tab.reload();
    // The opt-out is this site's only: another listed site still opens by itself.
    const other = await visit(server.url('edition.cnn.com', 'newsx-seed', NEWSX_ARTICLE));
    await openedReader(other, NEWSX_TITLE);
    await other.close();
    expect(await driver.detectionState(tab)).toBeUndefined();
    expect(await tab.evaluate(readerAppearances)).toBe(0);
  }

  // Undone from the reader opened by hand: articles there open by themselves again.
  await driver.clickToolbar(tab);
  await openedReader(tab, NEWSX_TITLE);
  await tab.clickInReader('button[aria-controls="lr-settings"]');
  await tab.clickInReader(SITE_CHOICE);
  await expect.poll(() => siteChoice(tab)).toBe("Don't open automatically on this site");
  await expect.poll(() => driver.registeredMatches()).toContain('*://*.newsx.com/*');
  await tab.reload();
  await openedReader(tab, NEWSX_TITLE);
});

test('the global switch on the options page turns automatic opening off everywhere, and on again', async ({ server }) => {
  const options = await driver.openOptions();
  const toggle = 'label.lo-check input[type="checkbox"]';
  // The page renders once it has read the settings.
  await expect.poll(() => options.evaluate((css) => document.querySelector<HTMLInputElement>(css)?.checked, toggle)).toBe(true);
  await options.click(toggle);
  await expect.poll(() => driver.registeredMatches()).toEqual([]);

  for (const host of ['www.newsx.com', 'edition.cnn.com']) {
    // Loaded completely; the detection script (document_idle) would have run by now.
    const tab = await visit(server.url(host, 'newsx-seed', NEWSX_ARTICLE));
    expect(await driver.detectionState(tab)).toBeUndefined();
    expect(await tab.evaluate(readerAppearances)).toBe(0);
    expect(await readerPresent(tab)).toBe(false);
    await tab.close();
  }

  await options.click(toggle);
  await expect.poll(() => driver.registeredMatches()).toContain('*://*.newsx.com/*');
  const tab = await visit(server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
  await openedReader(tab, NEWSX_TITLE);
  expect((await reader(tab))?.status).toBeNull();
});

test('"Always open articles on this site" on a site without access hands it to the options page, filled in', async ({ server }) => {
  const tab = await visit(server.url('www.thehindu.com', 'newsx-seed', NEWSX_ARTICLE));
  await driver.clickToolbar(tab);
  await openedReader(tab, NEWSX_TITLE);
  await tab.clickInReader('button[aria-controls="lr-settings"]');
  expect(await siteChoice(tab)).toBe('Always open articles on this site');

  // The overlay's click cannot ask for host access (a page's script, and a message carries no
  // gesture), so the options page opens where one click on "Add site" asks for it.
  const options = await driver.newTabOpenedBy(() => tab.clickInReader(SITE_CHOICE));
  await expect.poll(() => options.evaluate(() => document.querySelector<HTMLInputElement>('#opt-site')?.value ?? null)).toBe('thehindu.com');
  await expect.poll(() => options.evaluate(() => document.activeElement?.id)).toBe('opt-site');
  expect(await listedSites(options)).not.toContain('thehindu.com');
  expect(await driver.grantedOrigins()).not.toContain('*://*.thehindu.com/*');
});
