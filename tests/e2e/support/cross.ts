import { test as base, expect } from '@playwright/test';
import { fixtureServerFixture, type FixtureServer } from './server';
import { startTlsFront, type TlsFront } from './tlsFront';
import { ChromiumDriver } from './chromiumDriver';
import { FirefoxDriver } from './firefoxDriver';
import { readReader, readerPresent, type Engine, type ExtensionDriver, type ReaderView, type Tab } from './driver';

export { expect };

/** The driver for a project's browser (playwright.config.ts sets `engine` per project). */
export function launchDriver(engine: Engine, options: { headless: boolean } = { headless: true }): Promise<ExtensionDriver> {
  return engine === 'firefox' ? FirefoxDriver.launch(options) : ChromiumDriver.launch(options);
}

interface WorkerFixtures {
  engine: Engine;
  server: FixtureServer;
  /** https on its own port for HSTS-preloaded hosts (bbc.com), in front of the same fixture server */
  https: TlsFront;
  /** one browser per worker, with the extension installed */
  driver: ExtensionDriver;
}

/** Browser-neutral tests: each runs in every project (Chromium and Firefox). */
export const test = base.extend<{ tab: Tab }, WorkerFixtures>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  server: fixtureServerFixture,
  https: [
    async ({ server }, use) => {
      const front = await startTlsFront(server.port);
      await use(front);
      await front.close();
    },
    { scope: 'worker' },
  ],
  driver: [
    async ({ engine }, use) => {
      const driver = await launchDriver(engine);
      await use(driver);
      await driver.close();
    },
    { scope: 'worker' },
  ],
  tab: async ({ driver }, use) => {
    const tab = await driver.newTab();
    await use(tab);
    await tab.close();
  },
});

/** What the reader in this tab shows now (null when it is not open). */
export function reader(tab: Tab): Promise<ReaderView | null> {
  return tab.inReader(readReader);
}

/** Waits until the reader is open and shows an article titled `title` (or any article), then returns what it shows. */
export async function openedReader(tab: Tab, title?: string): Promise<ReaderView> {
  await expect.poll(async () => (await reader(tab))?.title ?? null, { message: 'the reader opens on the article' }).toEqual(title ?? expect.any(String));
  const view = await reader(tab);
  if (!view) throw new Error('the reader closed again');
  return view;
}

export async function expectReaderClosed(tab: Tab): Promise<void> {
  await expect.poll(() => readerPresent(tab), { message: 'the reader closes' }).toBe(false);
}

export { NEWSX_ARTICLE } from './server';
export const NEWSX_TITLE = 'First Contacts With Trump Administration Inspire Hope, Putin Says as Russia & US Diplomats Meet in Turkey';
