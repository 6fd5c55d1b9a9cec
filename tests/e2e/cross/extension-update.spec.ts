import { test, expect, expectReaderClosed, openedReader, reader, NEWSX_ARTICLE, NEWSX_TITLE } from '../support/cross';
import { FirefoxDriver } from '../support/firefoxDriver';
import { HOST_SELECTOR } from '../../../src/reader/host';

// Chromium's side of this is tests/e2e/extension-reload.spec.ts (CDP Extensions.loadUnpacked).
// Firefox destroys an old content script's sandbox outright when its add-on goes, so the old
// reader cannot take itself away: the next copy of the script does. Off the auto-open list.
const HOST = 'www.example-daily.org';

test('in Firefox, after an add-on update the next click opens exactly one reader, and closing gives the page back', async ({ tab, server, driver }) => {
  test.skip(!(driver instanceof FirefoxDriver), 'Chromium: extension-reload.spec.ts');
  const firefox = driver as FirefoxDriver;
  await tab.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
  const rootStyle = () => tab.evaluate(() => document.documentElement.getAttribute('style'));
  const before = await rootStyle();
  await driver.clickToolbar(tab);
  await openedReader(tab, NEWSX_TITLE);

  // The page marks the reader it has now, to tell the old from the new.
  await tab.evaluate((selector) => document.querySelector<HTMLElement>(selector)?.setAttribute('data-test-old', ''), HOST_SELECTOR);
  await firefox.reinstallExtension();
  const hosts = () => tab.evaluate((selector) => Array.from(document.querySelectorAll(selector)).map((host) => (host.hasAttribute('data-test-old') ? 'old' : 'new')), HOST_SELECTOR);
  // A click in the first moments after the install can come before the new background listens
  // (nothing happens, the old reader stays): a person clicks again, and so does this, up to three times.
  for (let attempt = 0; attempt < 3; attempt++) {
    await driver.clickToolbar(tab);
    const settled = await expect
      .poll(hosts, { timeout: 3_000 })
      .not.toEqual(['old'])
      .then(() => true, () => false);
    if (settled) break;
  }
  await expect.poll(hosts, { message: 'the old reader gone, one new one' }).toEqual(['new']);
  // The new reader is live: `+` changes its text size (the old one has no script left to hear it).
  await expect.poll(async () => (await reader(tab))?.paragraphFontSize).toBe('20px');
  await tab.press('+');
  await expect.poll(async () => (await reader(tab))?.paragraphFontSize).toBe('21px');
  // And it is the only one: the old reader went as the new script arrived.
  expect(await tab.readerCount()).toBe(1);

  await driver.clickToolbar(tab);
  await expectReaderClosed(tab);
  expect(await rootStyle()).toBe(before);
});
