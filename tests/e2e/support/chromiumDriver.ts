/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';
import { clickToolbarButton, launchWithExtension, type LaunchedBrowser } from './browser';
import { detectionState, inContentScriptWorld, registeredMatches } from './autoOpen';
import { clearStorage, optionsUrl, storeRawSettings } from './settings';
import { acceptAnyCertificate } from './tlsFront';
import { pressBrowserShortcut } from './test';
import { readerClickPoint, recordReaderScript, type ExtensionDriver, type KeyName, type NewTabOptions, type PageFunction, type ReaderFunction, type Tab } from './driver';
import { cdpSession, inReader, readerRootIds } from './readerAccess';
import { onePixelColour } from './png';

class ChromiumTab implements Tab {
  constructor(readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  async back(): Promise<void> {
    await this.page.goBack();
  }

  url(): string {
    return this.page.url();
  }

  evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg);
  }

  async runScript(source: string): Promise<void> {
    await this.page.evaluate(source);
  }

  async press(key: KeyName): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async wheel(deltaY: number, at?: { x: number; y: number }): Promise<void> {
    const size = this.page.viewportSize() ?? { width: 1280, height: 900 };
    await this.page.mouse.move(at?.x ?? size.width / 2, at?.y ?? size.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }

  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.page.mouse.up();
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async click(selector: string): Promise<void> {
    await this.page.locator(selector).first().click();
  }

  inReader<R, A = undefined>(fn: ReaderFunction<A, R>, arg?: A): Promise<R | null> {
    return inReader(this.page, fn, arg);
  }

  async pixel(x: number, y: number): Promise<string> {
    return onePixelColour(await this.page.screenshot({ clip: { x, y, width: 1, height: 1 }, animations: 'disabled' }));
  }

  async readerCount(): Promise<number> {
    return (await readerRootIds(await cdpSession(this.page))).length;
  }

  async clickInReader(selector: string): Promise<void> {
    const { x, y } = await readerClickPoint(this, selector);
    await this.page.mouse.click(x, y);
  }

  async fill(selector: string, text: string): Promise<void> {
    await this.page.locator(selector).first().fill(text);
  }

  async select(selector: string, value: string): Promise<void> {
    await this.page.locator(selector).first().selectOption(value);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

function asPage(tab: Tab): Page {
  if (!(tab instanceof ChromiumTab)) throw new Error('not a Chromium tab');
  return tab.page;
}

/** Chromium with dist/ loaded unpacked, over Playwright (CDP), wrapping the Chromium-only helpers. */
export class ChromiumDriver implements ExtensionDriver {
  readonly engine = 'chromium' as const;

  private constructor(
    private browser: LaunchedBrowser,
    private readonly headless: boolean,
  ) {}

  static async launch(options: { headless: boolean }): Promise<ChromiumDriver> {
    const driver = new ChromiumDriver(await ChromiumDriver.start(options.headless), options.headless);
    await driver.worker();
    return driver;
  }

  /** Like Firefox in its driver, this Chromium accepts the https front's throwaway certificate. */
  private static async start(headless: boolean, userDataDir?: string): Promise<LaunchedBrowser> {
    const launched = await launchWithExtension({ headless, userDataDir });
    const browser = launched.context.browser();
    if (browser) await acceptAnyCertificate(browser);
    return launched;
  }

  private readonly errors: string[] = [];
  private readonly watched = new WeakSet<Worker>();

  private async worker(): Promise<Worker> {
    const { context, extensionId } = this.browser;
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? (await context.waitForEvent('serviceworker'));
    if (!this.watched.has(worker)) {
      this.watched.add(worker);
      worker.on('console', (msg) => {
        if (msg.type() === 'error') this.errors.push(msg.text());
      });
    }
    return worker;
  }

  async newTab(options: NewTabOptions = {}): Promise<Tab> {
    const page = await this.browser.context.newPage();
    if (options.recordReader) await page.addInitScript(recordReaderScript);
    return new ChromiumTab(page);
  }

  async newTabOpenedBy(action: () => Promise<void>): Promise<Tab> {
    const [page] = await Promise.all([this.browser.context.waitForEvent('page'), action()]);
    await page.waitForLoadState('load');
    return new ChromiumTab(page);
  }

  async clickToolbar(tab: Tab): Promise<void> {
    await clickToolbarButton(this.browser.context, this.browser.extensionId, asPage(tab), await this.worker());
  }

  pressShortcut(tab: Tab, combo: string): Promise<void> {
    return pressBrowserShortcut(asPage(tab), combo);
  }

  async emulateColorScheme(tab: Tab, scheme: 'light' | 'dark'): Promise<void> {
    await asPage(tab).emulateMedia({ colorScheme: scheme });
  }

  async openOptions(): Promise<Tab> {
    const tab = await this.newTab();
    await tab.goto(optionsUrl(this.browser.extensionId));
    return tab;
  }

  async storeRawSettings(value: unknown): Promise<void> {
    await storeRawSettings(await this.worker(), value);
  }

  async clearStorage(): Promise<void> {
    await clearStorage(await this.worker());
  }

  async localItems(prefix: string): Promise<Record<string, unknown>> {
    return (await this.worker()).evaluate(async (start) => {
      const all = await chrome.storage.local.get(null);
      return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(start)));
    }, prefix);
  }

  async setLocalItems(items: Record<string, unknown>): Promise<void> {
    await (await this.worker()).evaluate((values) => chrome.storage.local.set(values), items);
  }

  async storedSettings(): Promise<unknown> {
    return (await this.worker()).evaluate(async () => {
      // One storage item per setting ("settings.fontSize"), gathered as the settings they make.
      const all = await chrome.storage.sync.get(null);
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(all)) if (key.startsWith('settings.')) out[key.slice('settings.'.length)] = value;
      return Object.keys(out).length > 0 ? out : undefined;
    });
  }

  async registeredMatches(): Promise<string[]> {
    return registeredMatches(await this.worker());
  }

  detectionState(tab: Tab): Promise<string | undefined> {
    return detectionState(asPage(tab), this.browser.extensionId);
  }

  async commands(): Promise<{ name?: string; shortcut?: string }[]> {
    return (await this.worker()).evaluate(() => chrome.commands.getAll());
  }

  askToAutoOpen(tab: Tab): Promise<unknown> {
    return inContentScriptWorld(asPage(tab), this.browser.extensionId, `chrome.runtime.sendMessage({ type: 'auto:article-found' })`);
  }

  async sendFromTab(tab: Tab, messages: unknown[]): Promise<unknown[]> {
    const answers = await inContentScriptWorld<unknown[]>(asPage(tab), this.browser.extensionId, `Promise.all(${JSON.stringify(messages)}.map((m) => chrome.runtime.sendMessage(m)))`);
    if (!answers) throw new Error('no content script of ours in this tab');
    return answers;
  }

  async badgeText(tab: Tab): Promise<string> {
    await asPage(tab).bringToFront();
    return (await this.worker()).evaluate(async () => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: active.id });
    });
  }

  async grantHostAccess(origins: string[]): Promise<void> {
    // What the site-access controls of chrome://extensions call.
    const page = await this.browser.context.newPage();
    try {
      await page.goto(`chrome://extensions/?id=${this.browser.extensionId}`);
      for (const origin of origins) {
        await page.evaluate(`chrome.developerPrivate.addHostPermission(${JSON.stringify(this.browser.extensionId)}, ${JSON.stringify(origin)})`);
      }
    } finally {
      await page.close();
    }
  }

  async grantedOrigins(): Promise<string[]> {
    return (await this.worker()).evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);
  }

  async extensionErrors(): Promise<string[]> {
    await this.worker();
    return [...this.errors];
  }

  async restart(): Promise<void> {
    const { userDataDir } = this.browser;
    await this.browser.context.close();
    this.browser = await ChromiumDriver.start(this.headless, userDataDir);
  }

  async close(): Promise<void> {
    await this.browser.context.close();
  }
}
