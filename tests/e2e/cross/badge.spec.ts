import { test, expect, openedReader, NEWSX_ARTICLE, NEWSX_TITLE } from '../support/cross';

// The × badge is set for one tab and the browser takes it back when that tab navigates, in
// Chromium and in Firefox alike: nothing of ours watches tab updates to clear it.
test.beforeEach(async ({ driver }) => {
  await driver.storeRawSettings({ version: 2, autoOpen: false });
});
test.afterEach(async ({ driver }) => {
  await driver.clearStorage();
});

test('the × on a page the browser keeps extensions out of goes when the tab moves on; one click then opens the reader', async ({ tab, server, driver }) => {
  await tab.goto(driver.engine === 'firefox' ? 'about:support' : 'chrome://version');
  await driver.clickToolbar(tab);
  await expect.poll(() => driver.badgeText(tab)).toBe('×');

  await tab.goto(server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
  await expect.poll(() => driver.badgeText(tab)).toBe('');
  await driver.clickToolbar(tab);
  expect((await openedReader(tab)).title).toBe(NEWSX_TITLE);
  expect(await driver.badgeText(tab)).toBe('');
  expect(await driver.extensionErrors()).toEqual([]);
});
