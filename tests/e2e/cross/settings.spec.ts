import { test, expect, launchDriver, openedReader, reader, NEWSX_ARTICLE, NEWSX_TITLE } from '../support/cross';
import type { ExtensionDriver, Tab } from '../support/driver';
import { es } from '../../../src/i18n/messages/es';

// A host off the auto-open list, so only the toolbar opens the reader here.
const HOST = 'www.example-daily.org';

const optionText = (options: Tab, selector: string) => options.evaluate((css) => document.querySelector(css)?.textContent?.trim() ?? null, selector);

test('settings changed on the options page reach an open reader live, and survive a browser restart', async ({ server, engine }) => {
  const articleUrl = server.url(HOST, 'newsx-seed', NEWSX_ARTICLE);
  // Its own browser: it restarts it on the same profile.
  const driver: ExtensionDriver = await launchDriver(engine);
  try {
    const tab = await driver.newTab();
    await tab.goto(articleUrl);
    await driver.clickToolbar(tab);
    const view = await openedReader(tab, NEWSX_TITLE);
    expect(view.theme).toBe('auto');
    expect(view.paragraphFontSize).toBe('20px');

    const options = await driver.openOptions();
    await options.click('input[name="opt-theme"][value="dark"]');
    for (let i = 0; i < 4; i++) await options.click('button[aria-label="Larger text"]');
    await expect.poll(() => optionText(options, '[role="group"] output')).toBe('24 px');
    await options.select('#opt-ui-language', 'es');
    await expect.poll(() => optionText(options, 'h1')).toBe(es.optionsTitle);

    // The reader in the other tab follows, without a reload.
    await expect.poll(async () => (await reader(tab))?.theme).toBe('dark');
    await expect.poll(async () => (await reader(tab))?.paragraphFontSize).toBe('24px');
    await expect.poll(async () => (await reader(tab))?.closeLabel).toBe(es.closeReader);

    await driver.restart();
    const again = await driver.openOptions();
    await expect.poll(() => again.evaluate(() => document.querySelector<HTMLInputElement>('input[name="opt-theme"][value="dark"]')?.checked)).toBe(true);
    expect(await optionText(again, '[role="group"] output')).toBe('24 px');
    const reopened = await driver.newTab();
    await reopened.goto(articleUrl);
    await driver.clickToolbar(reopened);
    const restored = await openedReader(reopened, NEWSX_TITLE);
    expect(restored.theme).toBe('dark');
    expect(restored.paragraphFontSize).toBe('24px');
    expect(restored.closeLabel).toBe(es.closeReader);
  } finally {
    await driver.close();
  }
});
