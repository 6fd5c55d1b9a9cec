/// <reference types="chrome" />
import type { Browser, KeyInput, Page, Target } from 'puppeteer-core';
import { downloadedFiles, DIST_FIREFOX_DIR, FIREFOX_ADDON_ID, FIREFOX_ADDON_UUID, addonErrors, inReaderBidi, readerRoots, goBack, grantOrigins, inBrowserWindow, launchFirefox, navigateRaw, setContentColorScheme, triggerToolbarAction, typeBrowserShortcut, type LaunchedFirefox } from './firefox';
import { readerClickPoint, recordReaderScript, type ExtensionDriver, type KeyName, type NewTabOptions, type PageFunction, type ReaderFunction, type Tab } from './driver';
import { onePixelColour } from './png';

const FIREFOX_OPTIONS_URL = `moz-extension://${FIREFOX_ADDON_UUID}/src/options/index.html`;

class FirefoxTab implements Tab {
  constructor(
    readonly page: Page,
    private readonly browser: Browser,
  ) {}

  async goto(url: string): Promise<void> {
    // puppeteer's goto does not settle on the browser's own pages.
    if (!/^https?:/.test(url)) await navigateRaw(this.browser, this.page, url);
    else await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload(): Promise<void> {
    if (!/^https?:/.test(this.page.url())) await navigateRaw(this.browser, this.page, this.page.url());
    else await this.page.reload({ waitUntil: 'load' });
  }

  back(): Promise<void> {
    return goBack(this.browser, this.page);
  }

  url(): string {
    return this.page.url();
  }

  evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
  }

  async runScript(source: string): Promise<void> {
    await this.page.evaluate(source);
  }

  async press(key: KeyName): Promise<void> {
    // puppeteer presses one key at a time: a chord is its modifier held down around the key.
    const [modifier, chordKey] = key === 'Shift+Tab' ? ['Shift', 'Tab'] : key === 'Control+z' ? ['Control', 'z'] : [null, null];
    if (modifier && chordKey) {
      await this.page.keyboard.down(modifier as KeyInput);
      await this.page.keyboard.press(chordKey as KeyInput);
      await this.page.keyboard.up(modifier as KeyInput);
    } else {
      await this.page.keyboard.press(key as KeyInput);
    }
  }

  async wheel(deltaY: number, at?: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(at?.x ?? 640, at?.y ?? 450);
    await this.page.mouse.wheel({ deltaY });
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
    await this.page.locator(selector).click();
  }

  async inReader<R, A = undefined>(fn: ReaderFunction<A, R>, arg?: A): Promise<R | null> {
    return (await inReaderBidi(this.browser, this.page, fn.toString(), arg)) as R | null;
  }

  async pixel(x: number, y: number): Promise<string> {
    const png = await this.page.screenshot({ clip: { x, y, width: 1, height: 1 } });
    return onePixelColour(Buffer.from(png));
  }

  async readerCount(): Promise<number> {
    return (await readerRoots(this.browser, this.page)).length;
  }

  async clickInReader(selector: string): Promise<void> {
    // Real input where the element is shown (BiDi input.performActions).
    const { x, y } = await readerClickPoint(this, selector);
    await this.page.mouse.click(x, y);
  }

  async fill(selector: string, text: string): Promise<void> {
    await this.page.locator(selector).fill(text);
  }

  async select(selector: string, value: string): Promise<void> {
    await this.page.select(selector, value);
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

function asPage(tab: Tab): Page {
  if (!(tab instanceof FirefoxTab)) throw new Error('not a Firefox tab');
  return tab.page;
}

/**
 * Firefox ESR with dist-firefox/ as a temporary add-on, over WebDriver BiDi (puppeteer-core).
 * The background is not reachable over BiDi, so extension APIs are called from the options page,
 * kept open in a tab of its own for that.
 */
export class FirefoxDriver implements ExtensionDriver {
  readonly engine = 'firefox' as const;
  private apiTab: FirefoxTab | null = null;

  private constructor(
    private launched: LaunchedFirefox,
    private readonly headless: boolean,
  ) {}

  static async launch(options: { headless: boolean }): Promise<FirefoxDriver> {
    return new FirefoxDriver(await launchFirefox(options), options.headless);
  }

  get browser(): Browser {
    return this.launched.browser;
  }

  /** Runs `fn` in the extension's options page, where the extension's own APIs are. */
  private async inExtension<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R> {
    if (!this.apiTab) {
      const page = await this.browser.newPage();
      this.apiTab = new FirefoxTab(page, this.browser);
      await this.apiTab.goto(FIREFOX_OPTIONS_URL);
    }
    return this.apiTab.evaluate(fn, arg);
  }

  async newTab(options: NewTabOptions = {}): Promise<Tab> {
    const page = await this.browser.newPage();
    if (options.recordReader) await page.evaluateOnNewDocument(recordReaderScript);
    return new FirefoxTab(page, this.browser);
  }

  async newTabOpenedBy(action: () => Promise<void>): Promise<Tab> {
    const created = new Promise<Page>((resolve, reject) => {
      this.browser.once('targetcreated', (target: Target) => void target.page().then((page) => (page ? resolve(page) : reject(new Error('not a tab'))), reject));
    });
    await action();
    return new FirefoxTab(await created, this.browser);
  }

  async clickToolbar(tab: Tab): Promise<void> {
    // The toolbar belongs to the tab in front.
    await asPage(tab).bringToFront();
    await triggerToolbarAction(this.browser);
  }

  async pressShortcut(tab: Tab, combo: string): Promise<void> {
    await asPage(tab).bringToFront();
    await typeBrowserShortcut(this.browser, combo);
  }

  /** Firefox sets this for the whole browser, not one tab: tests that use it set it back. */
  emulateColorScheme(_tab: Tab, scheme: 'light' | 'dark'): Promise<void> {
    return setContentColorScheme(this.browser, scheme);
  }

  async openOptions(): Promise<Tab> {
    const tab = await this.newTab();
    await tab.goto(FIREFOX_OPTIONS_URL);
    return tab;
  }

  storeRawSettings(value: unknown): Promise<void> {
    return this.inExtension(async (settings) => {
      await chrome.storage.local.clear();
      await chrome.storage.sync.clear();
      await chrome.storage.sync.set({ settings });
    }, value);
  }

  clearStorage(): Promise<void> {
    return this.inExtension(async () => {
      await chrome.storage.local.clear();
      await chrome.storage.sync.clear();
    });
  }

  localItems(prefix: string): Promise<Record<string, unknown>> {
    return this.inExtension(async (start) => {
      const all = await chrome.storage.local.get(null);
      return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(start)));
    }, prefix);
  }

  setLocalItems(items: Record<string, unknown>): Promise<void> {
    return this.inExtension((values) => chrome.storage.local.set(values), items);
  }

  storedSettings(): Promise<unknown> {
    return this.inExtension(async () => {
      // One storage item per setting ("settings.fontSize"), gathered as the settings they make.
      const all = await chrome.storage.sync.get(null);
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(all)) if (key.startsWith('settings.')) out[key.slice('settings.'.length)] = value;
      return Object.keys(out).length > 0 ? out : undefined;
    });
  }

  registeredMatches(): Promise<string[]> {
    return this.inExtension(async () => {
      const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: ['lucid-auto-open'] });
      return script?.matches ?? [];
    });
  }

  /**
   * Content scripts an extension runs in a frame share one sandbox in Firefox, so a script run
   * there with scripting.executeScript sees the detection script's global and speaks with its
   * voice. Where the extension holds no access, nothing of ours can be there (and executeScript
   * is refused): undefined.
   */
  private async inContentScript(tab: Tab, ask: 'state' | 'article-found'): Promise<unknown> {
    const answer = await this.inExtension(
      async ([href, what]) => {
        for (const { id } of await chrome.tabs.query({})) {
          if (id === undefined) continue;
          try {
            const [injection] = await chrome.scripting.executeScript({
              target: { tabId: id },
              args: [href, what],
              func: async (wanted: string, question: string) => {
                if (location.href !== wanted) return { here: false, value: null };
                if (question === 'state') {
                  const watch = (globalThis as unknown as { __lucidDetect?: { state(): string } }).__lucidDetect;
                  return { here: true, value: watch?.state() ?? null };
                }
                return { here: true, value: (await chrome.runtime.sendMessage({ type: 'auto:article-found' })) as unknown };
              },
            });
            const found = injection?.result as { here: boolean; value: unknown } | undefined;
            if (found?.here) return { value: found.value };
          } catch {
            // no access to that tab
          }
        }
        return null;
      },
      [tab.url(), ask] as const,
    );
    return answer === null ? undefined : (answer.value ?? undefined);
  }

  async sendFromTab(tab: Tab, messages: unknown[]): Promise<unknown[]> {
    const answers = await this.inExtension(
      async ([href, sent]) => {
        for (const { id } of await chrome.tabs.query({})) {
          if (id === undefined) continue;
          try {
            const [injection] = await chrome.scripting.executeScript({
              target: { tabId: id },
              args: [href, sent],
              func: async (wanted: string, all: unknown[]) => (location.href === wanted ? Promise.all(all.map((m) => chrome.runtime.sendMessage(m))) : null),
            });
            if (Array.isArray(injection?.result)) return injection.result as unknown[];
          } catch {
            // no access to that tab
          }
        }
        return null;
      },
      [tab.url(), messages] as const,
    );
    if (!answers) throw new Error('no content script of ours in this tab');
    return answers;
  }

  async detectionState(tab: Tab): Promise<string | undefined> {
    return (await this.inContentScript(tab, 'state')) as string | undefined;
  }

  commands(): Promise<{ name?: string; shortcut?: string }[]> {
    return this.inExtension(() => chrome.commands.getAll());
  }

  askToAutoOpen(tab: Tab): Promise<unknown> {
    return this.inContentScript(tab, 'article-found');
  }

  async badgeText(tab: Tab): Promise<string> {
    await asPage(tab).bringToFront();
    return this.inExtension(async () => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return active?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: active.id });
    });
  }

  grantHostAccess(origins: string[]): Promise<void> {
    return grantOrigins(this.browser, origins);
  }

  grantedOrigins(): Promise<string[]> {
    return this.inExtension(async () => (await chrome.permissions.getAll()).origins ?? []);
  }

  extensionErrors(): Promise<string[]> {
    return addonErrors(this.browser);
  }

  /**
   * Firefox removes a temporary add-on when it quits; installed again under the same id on the
   * same profile, it finds its storage there, as an installed add-on does across restarts.
   */
  async restart(): Promise<void> {
    const { userDataDir } = this.launched;
    await this.close();
    this.launched = await launchFirefox({ headless: this.headless, userDataDir });
  }

  /**
   * An update as Firefox does one to a temporary add-on: uninstalled and installed again from
   * the same folder (BiDi webExtension.uninstall, install), same id and same moz-extension
   * address; the content scripts already in tabs are cut off.
   */
  async reinstallExtension(): Promise<void> {
    await this.apiTab?.close().catch(() => undefined);
    this.apiTab = null;
    await this.browser.uninstallExtension(FIREFOX_ADDON_ID);
    // Uninstalling forgets the add-on's pinned moz-extension:// UUID, and a new one would leave
    // FIREFOX_OPTIONS_URL (every later test's storage access) pointing nowhere: pin it again.
    await inBrowserWindow(
      this.browser,
      `(() => {
        const key = 'extensions.webextensions.uuids';
        const uuids = JSON.parse(Services.prefs.getStringPref(key, '{}'));
        uuids[${JSON.stringify(FIREFOX_ADDON_ID)}] = ${JSON.stringify(FIREFOX_ADDON_UUID)};
        Services.prefs.setStringPref(key, JSON.stringify(uuids));
        return true;
      })()`,
    );
    const id = await this.browser.installExtension(DIST_FIREFOX_DIR);
    if (id !== FIREFOX_ADDON_ID) throw new Error(`installed ${id}, expected ${FIREFOX_ADDON_ID}`);
  }

  /** the files this Firefox has downloaded, in order */
  downloads(): Promise<{ path: string; succeeded: boolean; source: string }[]> {
    return downloadedFiles(this.browser);
  }

  async close(): Promise<void> {
    this.apiTab = null;
    await this.browser.close();
  }
}
