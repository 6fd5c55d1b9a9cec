import { test, expect, openedReader, NEWSX_ARTICLE, NEWSX_TITLE } from '../support/cross';
import type { Tab } from '../support/driver';
import { en } from '../../../src/i18n/messages/en';

// "Your own style" (issue #24): a user stylesheet typed on the options page reaches the open reader live,
// inside its shadow root only, and what could load anything or reach outside the article is dropped and listed.
// newsx-seed is served with a strict CSP (style-src 'self'); a host off the auto-open list, so only the toolbar opens it.
const HOST = 'www.example-daily.org';
const SETTINGS_BUTTON = 'button[aria-controls="lr-settings"]';
const TEXT = '#lo-userstyle-text';
const APPLY = '#lo-userstyle-apply';

const STYLE =
  '@import url(https://tracker.example/x.css); ' +
  'p { color: rgb(1, 2, 3); background-image: url(https://tracker.example/pixel.png); letter-spacing: 3px } ' +
  'body, button { color: rgb(4, 5, 6) !important; background: rgb(4, 5, 6) !important }';

interface Look {
  color: string;
  letter: string;
  image: string;
  buttonColor: string;
}

/** A paragraph of the reader's article and one of its own buttons, as the browser paints them. */
const readerLook = (tab: Tab) =>
  tab.inReader((root, button): Look | null => {
    const p = root.querySelector('.lr-content p');
    const control = root.querySelector(button);
    if (!p || !control) return null;
    const style = getComputedStyle(p);
    return { color: style.color, letter: style.letterSpacing, image: style.backgroundImage, buttonColor: getComputedStyle(control).color };
  }, SETTINGS_BUTTON);

/** The page under the reader: its paragraphs' and body's look, and the stylesheets it has. */
const pageLook = (tab: Tab) =>
  tab.evaluate(() => {
    const p = document.querySelector('p');
    return {
      color: p ? getComputedStyle(p).color : null,
      letter: p ? getComputedStyle(p).letterSpacing : null,
      body: getComputedStyle(document.body).backgroundColor,
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
    };
  });

const optionsText = (options: Tab, selector: string) =>
  options.evaluate((css) => Array.from(document.querySelectorAll(css)).map((el) => el.textContent?.trim() ?? ''), selector);

test('a user stylesheet changes the reader live and nothing on the page; @import, url(https://…) and escaping selectors are dropped and listed', async ({ tab, server, driver }) => {
  test.setTimeout(120_000);
  try {
    await tab.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
    await driver.clickToolbar(tab);
    await openedReader(tab, NEWSX_TITLE);
    const before = await readerLook(tab);
    const pageBefore = await pageLook(tab);
    expect(before?.color).not.toBe('rgb(1, 2, 3)');

    const options = await driver.openOptions();
    await options.fill(TEXT, STYLE);
    // The list of what is left out follows the text as it is typed, before anything is applied.
    await expect.poll(() => optionsText(options, '.lo-userstyle-dropped li')).toHaveLength(3);
    const dropped = await optionsText(options, '.lo-userstyle-dropped li');
    expect(dropped[0]).toContain('@import url(https://tracker.example/x.css)');
    expect(dropped[0]).toContain(en.userStyleDropImport);
    expect(dropped[1]).toContain('background-image:url(https://tracker.example/pixel.png)');
    expect(dropped[1]).toContain(en.userStyleDropUrl);
    // `body` is dropped; `button` stays, put under the article, where it finds none of the reader's buttons.
    expect(dropped[2]).toContain('body');
    expect(dropped[2]).toContain(en.userStyleDropSelector);
    await options.click(APPLY);
    await expect.poll(() => optionsText(options, '.lo-userstyle [role="status"]')).toEqual([en.userStyleAppliedDropped]);

    // The reader in the other tab follows without a reload: its article, not its own controls.
    await expect.poll(async () => (await readerLook(tab))?.color).toBe('rgb(1, 2, 3)');
    const after = await readerLook(tab);
    expect(after?.letter).toBe('3px');
    expect(after?.image, 'the url() to the network was dropped').toBe('none');
    expect(after?.buttonColor, "the reader's own buttons are out of the stylesheet's reach").toBe(before?.buttonColor);
    // The page under it: the same look and the same stylesheets as before.
    expect(await pageLook(tab)).toEqual(pageBefore);

    // A stylesheet that does not parse says where, and changes nothing: the last good one stays.
    await options.fill(TEXT, 'p { color: rgb(7, 8, 9) } h2 { color }');
    await options.click(APPLY);
    const problem = en.userStyleSyntaxError.replace('{line}', '1').replace('{column}', '38');
    await expect.poll(() => optionsText(options, '.lo-userstyle [role="status"]')).toEqual([problem]);
    expect(await options.evaluate((css) => document.querySelector(css)?.getAttribute('aria-invalid'), TEXT)).toBe('true');
    expect((await readerLook(tab))?.color).toBe('rgb(1, 2, 3)');

    // A good one replaces it, live.
    await options.fill(TEXT, 'p { color: rgb(7, 8, 9) }');
    await options.click(APPLY);
    await expect.poll(async () => (await readerLook(tab))?.color).toBe('rgb(7, 8, 9)');
    expect(await pageLook(tab)).toEqual(pageBefore);
  } finally {
    await driver.clearStorage();
  }
});
