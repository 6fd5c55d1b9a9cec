import { test, expect, openedReader, reader, NEWSX_ARTICLE } from '../support/cross';
import { contrastRatio } from '../../support/contrast';
import { readerPresent, type Tab } from '../support/driver';
import { es } from '../../../src/i18n/messages/es';
import { ar } from '../../../src/i18n/messages/ar';

// Reading settings in the reader itself, in both browsers. A host off the auto-open list.
const HOST = 'www.example-daily.org';

test.afterEach(async ({ driver }) => {
  await driver.clearStorage();
});

async function open(tab: Tab, url: string, click: () => Promise<void>) {
  await tab.goto(url);
  await click();
  return openedReader(tab);
}

const fontSize = async (tab: Tab) => (await reader(tab))?.paragraphFontSize;

// What the contrast test reads: every element each selector matches, each on the nearest opaque
// background behind it. A selector that matches nothing fails the test instead of passing it.
const CONTRAST_PARTS = { text: '.lr-content p', link: '.lr-content a', muted: '.lr-meta', caption: '.lr-content figcaption' };

test('every reading mode keeps body text, captions and links at WCAG AA contrast', async ({ tab, server, driver }) => {
  for (const theme of ['light', 'sepia', 'dark', 'black', 'auto'] as const) {
    await driver.storeRawSettings({ version: 2, theme });
    const view = await open(tab, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), () => driver.clickToolbar(tab));
    expect(view.theme).toBe(theme);
    const parts = await tab.inReader((root, selectors) => {
      const backgroundOf = (el: Element): string => {
        for (let node: Element | null = el; node !== null; node = node.parentElement) {
          const bg = getComputedStyle(node).backgroundColor;
          if (bg !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(bg)) return bg;
        }
        return '';
      };
      return Object.entries(selectors).map(([part, selector]) => ({
        part,
        selector,
        pairs: Array.from(root.querySelectorAll(selector), (el) => ({ colour: getComputedStyle(el).color, background: backgroundOf(el) })),
      }));
    }, CONTRAST_PARTS);
    expect(parts, `${theme}: the reader`).not.toBeNull();
    for (const { part, selector, pairs } of parts ?? []) {
      expect(pairs.length, `${theme} ${part}: ${selector} matches nothing in the reader`).toBeGreaterThan(0);
      for (const { colour, background } of pairs) {
        expect(contrastRatio(colour, background), `${theme} ${part}: ${colour} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    await tab.press('Escape');
  }
});

test('Auto follows the system colour scheme live', async ({ tab, server, driver }) => {
  await driver.emulateColorScheme(tab, 'light');
  try {
    const view = await open(tab, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), () => driver.clickToolbar(tab));
    expect(view.theme).toBe('auto');
    await driver.emulateColorScheme(tab, 'dark');
    await expect.poll(async () => (await reader(tab))?.background).not.toBe(view.background);
    const dark = await tab.inReader((root) => {
      const p = root.querySelector('.lr-content p');
      const dialog = root.querySelector('dialog');
      return p && dialog ? { text: getComputedStyle(p).color, background: getComputedStyle(dialog).backgroundColor } : null;
    });
    expect(dark).not.toBeNull();
    expect(contrastRatio(dark?.text ?? '', dark?.background ?? '')).toBeGreaterThanOrEqual(4.5);
  } finally {
    await driver.emulateColorScheme(tab, 'light');
  }
});

test('settings saved by an older version are migrated with the user’s choices kept', async ({ tab, server, driver }) => {
  await driver.storeRawSettings({ version: 1, darkMode: true, fontSize: 'large', font: 'sans-serif' });
  const view = await open(tab, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), () => driver.clickToolbar(tab));
  expect(view.theme).toBe('dark');
  expect(view.paragraphFontSize).toBe('24px');
});

test('font size keys and the Aa panel work from the keyboard alone', async ({ tab, server, driver }) => {
  const view = await open(tab, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), () => driver.clickToolbar(tab));
  expect(view.paragraphFontSize).toBe('20px');
  await tab.press('+');
  await tab.press('+');
  await expect.poll(() => fontSize(tab)).toBe('22px');
  await tab.press('-');
  await expect.poll(() => fontSize(tab)).toBe('21px');

  const aaFocused = () => tab.inReader((root) => root.activeElement?.getAttribute('aria-controls') != null);
  await tab.inReader((root) => root.querySelector<HTMLButtonElement>('button[aria-controls="lr-settings"]')?.focus());
  await tab.press('Enter');
  await expect.poll(async () => (await reader(tab))?.settingsExpanded).toBe('true');
  await tab.press('Tab');
  expect(await aaFocused()).toBe(false);
  await tab.press('Escape');
  // Esc first closes the panel and returns focus to its button; the reader stays.
  await expect.poll(async () => (await reader(tab))?.settingsExpanded).toBe('false');
  expect(await aaFocused()).toBe(true);
  expect(await reader(tab)).not.toBeNull();
  // The choice was saved.
  await expect.poll(async () => (await driver.storedSettings()) as { fontSize?: number } | undefined).toMatchObject({ fontSize: 21 });
});

test('the page’s own scripts cannot drive the reader or change settings', async ({ tab, server, driver }) => {
  const view = await open(tab, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), () => driver.clickToolbar(tab));
  // The page finds the host (a <div> of its own <html>), but no way in; it fakes keys and clicks at what it can reach.
  expect(
    await tab.evaluate(() => {
      const hosts = Array.from(document.querySelectorAll(':root > div'));
      for (const host of hosts) {
        (host as HTMLElement).click();
        host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return hosts.length > 0 && hosts.every((host) => host.shadowRoot === null);
    }),
  ).toBe(true);
  // Were a script ever handed the root (here by the harness), what it did there would not count either.
  await tab.inReader((root) => {
    root?.querySelector<HTMLButtonElement>('button[aria-controls="lr-settings"]')?.click();
    root?.querySelector<HTMLInputElement>('input[type="radio"][value="black"]')?.click();
    const range = root?.querySelector<HTMLInputElement>('input[type="range"]');
    if (range) {
      range.value = '40';
      range.dispatchEvent(new Event('input', { bubbles: true }));
    }
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    root?.querySelector('.lr-dialog')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  });
  const after = await reader(tab);
  expect(after?.theme).toBe(view.theme);
  expect(after?.settingsExpanded).toBe('false');
  expect(after?.paragraphFontSize).toBe('20px');
  expect(JSON.stringify((await driver.storedSettings()) ?? null)).not.toContain('black');
  // The person at the keyboard still can.
  await tab.press('Escape');
  await expect.poll(() => readerPresent(tab)).toBe(false);
});

test('the interface speaks Spanish, and Arabic lays out right to left', async ({ tab, server, driver }) => {
  await driver.storeRawSettings({ version: 2, uiLanguage: 'es' });
  const view = await open(tab, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), () => driver.clickToolbar(tab));
  expect(view.lang).toBe('es');
  expect(view.closeLabel).toBe(es.closeReader);
  await tab.clickInReader('button[aria-controls="lr-settings"]');
  await expect.poll(async () => (await reader(tab))?.settingsExpanded).toBe('true');
  const panel = (await tab.inReader((root) => root.querySelector<HTMLElement>('.lr-panel')?.innerText ?? '')) ?? '';
  for (const label of [es.readingSettings, es.readingMode, es.fontSize, es.language, es.interfaceLanguage]) expect(panel).toContain(label);

  const options = await driver.openOptions();
  await expect.poll(() => options.evaluate(() => document.querySelector<HTMLSelectElement>('#opt-ui-language')?.value)).toBe('es');
  await options.select('#opt-ui-language', 'ar');
  await expect.poll(() => options.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe(ar.optionsTitle);
  await options.close();
  // The open reader turned Arabic and right-to-left; the English article inside stays left-to-right.
  await expect.poll(async () => (await reader(tab))?.dir).toBe('rtl');
  const arabic = await reader(tab);
  expect(arabic?.closeLabel).toBe(ar.closeReader);
  expect(arabic?.articleDir).toBe('ltr');
  // Esc closes the open panel first, then the reader.
  await tab.press('Escape');
  await expect.poll(async () => (await reader(tab))?.settingsExpanded).toBe('false');
  await tab.press('Escape');
  await expect.poll(() => readerPresent(tab)).toBe(false);
});
