import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { test, expect, openedReader, NEWSX_ARTICLE, NEWSX_TITLE } from '../support/cross';
import { FirefoxDriver } from '../support/firefoxDriver';
import { en } from '../../../src/i18n/messages/en';

// Saving in Firefox (issue #23): the file comes from the reader's own link inside its closed
// shadow root, with no downloads permission. Chromium's side is tests/e2e/save-article.spec.ts,
// where Playwright hands the test the file itself.
test('Save as Markdown in Firefox gives the article as a file named by its title', async ({ tab, server, driver, engine }) => {
  test.skip(engine !== 'firefox' || !(driver instanceof FirefoxDriver), 'Chromium: save-article.spec.ts');
  const firefox = driver as FirefoxDriver;
  const before = (await firefox.downloads()).length;
  await tab.goto(server.url('www.example-daily.org', 'newsx-seed', NEWSX_ARTICLE));
  await driver.clickToolbar(tab);
  await openedReader(tab, NEWSX_TITLE);
  await tab.clickInReader(`button[aria-label="${en.saveArticle}"]`);
  await tab.clickInReader('[role="menuitem"]');
  await expect.poll(async () => (await firefox.downloads()).slice(before).map((d) => d.succeeded)).toEqual([true]);
  const [file] = (await firefox.downloads()).slice(before);
  try {
    // Firefox adds " (1)" where a file of that name is already in the folder.
    expect(basename(file?.path ?? '')).toMatch(/^First Contacts With Trump Administration Inspire Hope, Putin Says as Russia & US Diplomats Meet in Turkey( \(\d+\))?\.md$/);
    const md = readFileSync(file?.path ?? '', 'utf8');
    expect(md.startsWith(`# ${NEWSX_TITLE}\n`)).toBe(true);
    expect(md).toContain('Putin also insisted that Russia');
  } finally {
    if (file) rmSync(file.path, { force: true });
  }
});
