import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_TAG } from '../../../src/reader/host';

export const DIST_FIREFOX_DIR = fileURLToPath(new URL('../../../dist-firefox/', import.meta.url));

/** The id in the Firefox build's manifest (browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'lucid-reader@lucid-reader.app';
/** Pinned with extensions.webextensions.uuids, so the options page has a known moz-extension:// address. */
export const FIREFOX_ADDON_UUID = '5e1f0c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

/** Debian's Firefox ESR by default; FIREFOX_PATH points at any other Firefox (128+). */
function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export interface LaunchedFirefox {
  browser: Browser;
  userDataDir: string;
}

/**
 * Firefox ESR over WebDriver BiDi with the Firefox build installed as a temporary add-on (which
 * Firefox grants its declared host permissions at once), quiet on the network, and every
 * hostname resolved to loopback so real news domains land on the fixture server.
 * `--remote-allow-system-access` lets the harness act in the browser window itself (the
 * toolbar button, browser shortcuts), as a person does.
 */
export async function launchFirefox(options: {
  headless: boolean;
  userDataDir?: string;
  extraPrefs?: Record<string, string | number | boolean>;
  /** a Firefox build other than dist-firefox/ (the bench, comparing builds) */
  extensionDir?: string;
}): Promise<LaunchedFirefox> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'lucid-reader-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless,
    userDataDir,
    defaultViewport: { width: 1280, height: 900 },
    // The HSTS-preloaded news hosts are served by the harness's https front with a throwaway certificate.
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.dns.disablePrefetch': true,
      'network.proxy.type': 0,
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
      'media.autoplay.default': 0,
      'media.autoplay.blocking_policy': 0,
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      'browser.tabs.warnOnClose': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...options.extraPrefs,
    },
  });
  const id = await browser.installExtension(options.extensionDir ?? DIST_FIREFOX_DIR);
  if (id !== FIREFOX_ADDON_ID) throw new Error(`installed ${id}, expected ${FIREFOX_ADDON_ID}`);
  return { browser, userDataDir };
}

function connectionOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** The BiDi browsing context behind a puppeteer page (puppeteer keeps it as the main frame's _id). */
export function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

interface BidiNode {
  sharedId?: string;
  value?: {
    localName?: string;
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

/**
 * The reader's shadow roots in this tab (more than one would be a stacked reader). They are
 * closed: BiDi serialises closed roots only when asked (`includeShadowTree: 'all'`), which page
 * scripts cannot do.
 */
export async function readerRoots(browser: Browser, page: Page): Promise<string[]> {
  const { result } = await connectionOf(browser).send('browsingContext.locateNodes', {
    context: contextOf(page),
    locator: { type: 'css', value: `:root > ${HOST_TAG}` },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const ids: string[] = [];
  for (const host of (result as { nodes: BidiNode[] }).nodes) {
    const root = host.value?.shadowRoot;
    const dialog = root?.value?.children?.some((c) => c.value?.localName === 'dialog' && (c.value.attributes?.class ?? '').split(/\s+/).includes('lr-dialog'));
    if (root?.sharedId && dialog) ids.push(root.sharedId);
  }
  return ids;
}

/** Runs `fn(root, arg)` in the page's world on the reader's newest shadow root; null when there is none. */
export async function inReaderBidi(browser: Browser, page: Page, source: string, arg: unknown): Promise<unknown> {
  const ids = await readerRoots(browser, page);
  const id = ids[ids.length - 1];
  if (id === undefined) return null;
  const { result } = await connectionOf(browser).send('script.callFunction', {
    // JSON across both ways, since BiDi's own serialisation wraps every value of an array or object.
    functionDeclaration: `async (root, json) => JSON.stringify({ value: await (${source})(root, JSON.parse(json)) })`,
    arguments: [{ sharedId: id }, { type: 'string', value: JSON.stringify(arg ?? null) }],
    target: { context: contextOf(page) },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const evaluated = result as EvaluateResult;
  if (evaluated.type === 'exception') throw new Error(`in the reader: ${evaluated.exceptionDetails?.text ?? 'exception'}`);
  return (JSON.parse(String(evaluated.result?.value ?? '{}')) as { value?: unknown }).value ?? null;
}

/** Raw BiDi navigation: puppeteer's goto does not settle on moz-extension:// pages. */
export async function navigateRaw(browser: Browser, page: Page, url: string): Promise<void> {
  await connectionOf(browser).send('browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

/** The browser's Back on this tab (BiDi traverseHistory), settling on same-document entries too. */
export async function goBack(browser: Browser, page: Page): Promise<void> {
  await connectionOf(browser).send('browsingContext.traverseHistory', { context: contextOf(page), delta: -1 });
}

/**
 * Evaluates a script in the browser window's chrome scope (`window` is the browser.xhtml
 * window) and returns its JSON-serialisable result.
 */
export async function inBrowserWindow<T>(browser: Browser, expression: string): Promise<T> {
  const connection = connectionOf(browser);
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = (tree as { contexts: { context: string; url: string }[] }).contexts;
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window');
  const { result } = await connection.send('script.evaluate', {
    // JSON across, since BiDi's own serialisation wraps every value of an array or object.
    expression: `(async () => JSON.stringify(await (${expression}) ?? null))()`,
    target: { context: window.context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const evaluated = result as EvaluateResult;
  if (evaluated.type === 'exception') throw new Error(`in the browser window: ${evaluated.exceptionDetails?.text ?? 'exception'}`);
  return JSON.parse(String(evaluated.result?.value ?? 'null')) as T;
}

/**
 * The real toolbar click: the browser action's own triggerAction on the window, which grants
 * activeTab for the selected tab and fires action.onClicked, exactly as clicking the button does.
 */
export async function triggerToolbarAction(browser: Browser): Promise<void> {
  await inBrowserWindow(
    browser,
    `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(FIREFOX_ADDON_ID)})?.extension;
      if (!extension) throw new Error('the add-on is not installed');
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      return true;
    })()`,
  );
}

/** Grants host access as the add-on's Permissions tab in about:addons does. */
export async function grantOrigins(browser: Browser, origins: string[]): Promise<void> {
  await inBrowserWindow(
    browser,
    `(async () => {
      const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(FIREFOX_ADDON_ID)})?.extension;
      if (!extension) throw new Error('the add-on is not installed');
      await ExtensionPermissions.add(${JSON.stringify(FIREFOX_ADDON_ID)}, { permissions: [], origins: ${JSON.stringify(origins)} }, extension);
      return true;
    })()`,
  );
}

/** What web content sees as the system's colour scheme, switched live (the pref behind Firefox's "Website appearance"). */
export async function setContentColorScheme(browser: Browser, scheme: 'light' | 'dark'): Promise<void> {
  await inBrowserWindow(browser, `(Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1}), true)`);
}

/**
 * Errors the browser console holds from the add-on's own files (background, pages, content
 * scripts). Firefox's notes that a tab navigated away while a message to it or a promise in it
 * was pending are about the page going, not errors of ours.
 */
export async function addonErrors(browser: Browser): Promise<string[]> {
  const messages = await inBrowserWindow<{ source: string; text: string; warning: boolean }[]>(
    browser,
    `[
      ...Services.console.getMessageArray().flatMap((m) => {
        if (!(m instanceof Ci.nsIScriptError)) return [];
        return [{ source: m.sourceName, text: m.errorMessage, warning: (m.flags & Ci.nsIScriptError.warningFlag) !== 0 }];
      }),
      // console.error() calls are kept apart from script errors.
      ...Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage).getEvents()
        .filter((e) => e.level === 'error')
        .map((e) => ({ source: String(e.filename ?? ''), text: (e.arguments ?? []).map(String).join(' '), warning: false })),
    ]`,
  );
  const ours = `moz-extension://${FIREFOX_ADDON_UUID}/`;
  const teardown = /context unloaded|Conduits' destroyed|closed conduit|Receiving end does not exist/;
  return messages
    .filter((m) => !m.warning && (m.source.startsWith(ours) || m.text.includes(ours)) && !teardown.test(m.text))
    .map((m) => `${m.source}: ${m.text}`);
}

const KEY_CODES: Record<string, { key: string; code: string; keyCode: number }> = {
  Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
  Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
  Control: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  Meta: { key: 'Meta', code: 'MetaLeft', keyCode: 91 },
};

/**
 * A browser keyboard shortcut typed into the browser window (nsITextInputProcessor makes the
 * same native key events a keyboard does), so Firefox's own shortcut handling, where extension
 * commands live, sees it. Keys sent to the page over BiDi never reach that handling.
 */
export async function typeBrowserShortcut(browser: Browser, combo: string): Promise<void> {
  const parts = combo.split('+');
  const letter = (parts.pop() ?? '').toUpperCase();
  const keys = [...parts.map((name) => KEY_CODES[name] ?? { key: name, code: name, keyCode: 0 }), { key: letter, code: `Key${letter}`, keyCode: letter.charCodeAt(0) }];
  await inBrowserWindow(
    browser,
    `(() => {
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
      const events = ${JSON.stringify(keys)}.map((init) => new window.KeyboardEvent('', init));
      for (const event of events) tip.keydown(event);
      for (const event of events.reverse()) tip.keyup(event);
      return true;
    })()`,
  );
}

/** The files Firefox has downloaded since it started (its Downloads list), with where each went. */
export function downloadedFiles(browser: Browser): Promise<{ path: string; succeeded: boolean; source: string }[]> {
  return inBrowserWindow(
    browser,
    `(async () => {
      const { Downloads } = ChromeUtils.importESModule('resource://gre/modules/Downloads.sys.mjs');
      const list = await Downloads.getList(Downloads.ALL);
      return (await list.getAll()).map((d) => ({ path: d.target.path, succeeded: d.succeeded, source: d.source.url }));
    })()`,
  );
}
