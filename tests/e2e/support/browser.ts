import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdpSession, readerRootIds, registerReaderEngine } from './readerAccess';

export const DIST_DIR = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** Debian's Chromium by default; CHROMIUM_PATH points at any other Chromium or Chrome for Testing. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

interface ChromeGlobal {
  chrome: { action: { onClicked: { hasListeners(): boolean } } };
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the extension did not start in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface LaunchOptions {
  headless: boolean;
  userDataDir?: string;
  /** loaded unpacked; defaults to the built dist/ */
  extensionDir?: string;
  /** more Chromium switches; a switch given again here wins over the default one */
  extraArgs?: string[];
}

export interface LaunchedBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
}

/**
 * Chromium with the built extension loaded, quiet on the network (this machine reaches none),
 * and every hostname resolved to loopback so real news domains land on the fixture server.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  // Before any page exists, so that every page's locators know the reader's engine.
  await registerReaderEngine();
  const extensionDir = options.extensionDir ?? DIST_DIR;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'lucid-reader-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--enable-unsafe-extension-debugging',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,MediaRouter',
      '--autoplay-policy=no-user-gesture-required',
      '--host-resolver-rules=MAP * 127.0.0.1',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  // The worker target exists before its script has run; a click before the background has
  // registered its listeners would be dropped, as Chrome does for a person clicking that early.
  await waitUntil(() =>
    serviceWorker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.onClicked.hasListeners()),
  );
  return { context, serviceWorker, extensionId, userDataDir };
}

/**
 * The real toolbar click: CDP Extensions.triggerAction. The toolbar belongs to the window's
 * active tab, so a person clicking it acts on the tab in front; Chrome's "tab" targets
 * (parents of page targets) say which that is.
 */
export async function triggerAction(context: BrowserContext, extensionId: string, page: Page): Promise<void> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser behind the persistent context');
  await page.bringToFront();
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((info) => (info as { embedderData?: { tabActive?: boolean } }).embedderData?.tabActive);
    if (!tab) throw new Error('no active tab to click the toolbar button on');
    await session.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  } finally {
    await session.detach();
  }
}

interface ChromeBadge {
  chrome: {
    tabs: { query(q: object): Promise<{ id?: number }[]> };
    action: { getBadgeText(d: { tabId: number }): Promise<string>; setBadgeText(d: { tabId: number; text: string }): Promise<void> };
  };
}

const readerShown = async (page: Page): Promise<boolean> => (await readerRootIds(await cdpSession(page))).length > 0;

/**
 * Clicks the toolbar button, once, and waits until the click has had its effect: the reader
 * opened or closed, or the "unavailable" badge went up, or 10 s passed. A click that is lost
 * is not made again: the test then fails on what the user would see.
 */
export async function clickToolbarButton(context: BrowserContext, extensionId: string, page: Page, worker?: Worker): Promise<void> {
  const sw = worker ?? context.serviceWorkers().find((w) => w.url().includes(extensionId));
  const before = await readerShown(page).catch(() => false);
  const badge = async (): Promise<string> =>
    sw
      ? sw.evaluate(async () => {
          const { chrome } = globalThis as unknown as ChromeBadge;
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
        }).catch(() => '') // a worker Chrome has since stopped tells nothing
      : '';
  await triggerAction(context, extensionId, page);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if ((await readerShown(page).catch(() => before)) !== before) return;
    if ((await badge()) === '×') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
