// The browser-neutral face of the e2e harness: what a test of the extension needs from a browser,
// with one implementation over Playwright's Chromium (chromiumDriver.ts) and one over
// puppeteer-core's WebDriver BiDi session with Firefox ESR (firefoxDriver.ts). Specs written
// against it (tests/e2e/cross/) run in both.

export type Engine = 'chromium' | 'firefox';

/** A function run in the page's own world; it is sent as source, so it must not close over anything. */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/**
 * A function run in the page's world on the reader's (closed) shadow root, which the harness
 * reaches through the browser's protocol (CDP pierced DOM, BiDi `includeShadowTree: 'all'`), as
 * DevTools and assistive technology do: page scripts have no way to it. Sent as source, too.
 */
export type ReaderFunction<A, R> = (root: ShadowRoot, arg: A) => R | Promise<R>;

/** Keys a person types; combinations as `Shift+Tab`. Arrows, Home and End move sliders and radio groups. */
export type KeyName = 'Escape' | 'Tab' | 'Shift+Tab' | 'Enter' | '+' | '-' | 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'f' | 'Delete' | 'Control+z';

export interface Tab {
  /** navigates and waits for the load event */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** the browser's Back, as its button does (same-document entries of a single-page app included) */
  back(): Promise<void>;
  url(): string;
  evaluate<R, A = undefined>(fn: PageFunction<A, R>, arg?: A): Promise<R>;
  /** runs `fn` on the reader's shadow root (the newest, if several); null when no reader is open */
  inReader<R, A = undefined>(fn: ReaderFunction<A, R>, arg?: A): Promise<R | null>;
  /** the colour on screen at this point of the viewport, `rgb(r, g, b)`: what a person sees there */
  pixel(x: number, y: number): Promise<string>;
  /** how many readers are on the page (more than one would be a stacked reader) */
  readerCount(): Promise<number>;
  /** runs a script's source in the page's own world, whatever the page's CSP (as devtools do) */
  runScript(source: string): Promise<void>;
  /** real key presses, sent to the page as a keyboard would (trusted events) */
  press(key: KeyName): Promise<void>;
  /** a real mouse-wheel turn over `at` (viewport coordinates), by default the middle of the viewport */
  wheel(deltaY: number, at?: { x: number; y: number }): Promise<void>;
  /** a real mouse drag: pressed at `from`, moved in steps, released at `to` (viewport coordinates), as a person selects text */
  drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  /** real key presses typing `text` into whatever has focus */
  type(text: string): Promise<void>;
  /** a real click on the first element matching a CSS selector in the page */
  click(selector: string): Promise<void>;
  /** the same, inside the reader's shadow root: found there, then clicked where it is on screen */
  clickInReader(selector: string): Promise<void>;
  /** replaces the value of a text field by typing `text` into it */
  fill(selector: string, text: string): Promise<void>;
  /** chooses an option of a <select> in the page (the options page accepts script-made change events) */
  select(selector: string, value: string): Promise<void>;
  close(): Promise<void>;
}

export interface NewTabOptions {
  /** count every time the reader's host element is attached, from before the page's first script */
  recordReader?: boolean;
}

export interface ExtensionDriver {
  readonly engine: Engine;
  newTab(options?: NewTabOptions): Promise<Tab>;
  /** the tab the extension (or the page) opens while `action` runs */
  newTabOpenedBy(action: () => Promise<void>): Promise<Tab>;
  /** the real toolbar-button click on this tab (it is brought to the front first) */
  clickToolbar(tab: Tab): Promise<void>;
  /** a browser keyboard shortcut such as `Alt+Shift+L`, typed into the browser window with this tab in front */
  pressShortcut(tab: Tab, combo: string): Promise<void>;
  /** the system's light or dark preference, as the pages in this tab see it (changes live) */
  emulateColorScheme(tab: Tab, scheme: 'light' | 'dark'): Promise<void>;
  /** the extension's options page in a new tab */
  openOptions(): Promise<Tab>;
  /** puts a raw value where the settings module keeps it (storage.sync `settings`), clearing the rest */
  storeRawSettings(value: unknown): Promise<void>;
  clearStorage(): Promise<void>;
  /** the items of storage.local whose names start with `prefix` */
  localItems(prefix: string): Promise<Record<string, unknown>>;
  /** puts items into storage.local as they are (raw, unchecked); rejects with the browser's error (a full storage) */
  setLocalItems(items: Record<string, unknown>): Promise<void>;
  /** what storage.sync holds under `settings` */
  storedSettings(): Promise<unknown>;
  /** the match patterns the article-detection script is registered for ([] when it is not) */
  registeredMatches(): Promise<string[]>;
  /** the detection script's state in this tab ('watching', 'article', 'no-article'); undefined when it is not there */
  detectionState(tab: Tab): Promise<string | undefined>;
  /** the toolbar button's badge on this tab ('' when none) */
  badgeText(tab: Tab): Promise<string>;
  /**
   * The person grants host access in the browser's own extension settings (Chromium's
   * chrome://extensions site access; Firefox's add-on permissions, the call about:addons makes).
   */
  grantHostAccess(origins: string[]): Promise<void>;
  /** the extension's keyboard commands as the browser has registered them */
  commands(): Promise<{ name?: string; shortcut?: string }[]>;
  /** sends the background what the detection script sends when it finds a story, from this tab; its answer */
  askToAutoOpen(tab: Tab): Promise<unknown>;
  /** sends these messages to the background from our content script in this tab, all in the same tick; their answers */
  sendFromTab(tab: Tab, messages: unknown[]): Promise<unknown[]>;
  /** host access the extension holds now */
  grantedOrigins(): Promise<string[]>;
  /** errors the extension's background and scripts logged or threw since the browser started */
  extensionErrors(): Promise<string[]>;
  /** closes the browser and starts it again on the same profile, the extension still installed */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** What the reader shows, read from its shadow root; null when it is not on the page. */
export interface ReaderView {
  title: string | null;
  headingCount: number;
  /** all visible text of the dialog */
  text: string;
  /** the article body's text */
  content: string;
  paragraphs: string[];
  status: string | null;
  site: string | null;
  byline: string | null;
  readingTime: string | null;
  imageSrc: string | null;
  imageLoaded: boolean;
  caption: string | null;
  links: { text: string; href: string; target: string | null }[];
  theme: string | null;
  dir: string | null;
  lang: string | null;
  ariaModal: string | null;
  articleDir: string | null;
  articleLang: string | null;
  closeLabel: string | null;
  settingsExpanded: string | null;
  background: string;
  paragraphFont: string | null;
  paragraphFontSize: string | null;
  paragraphDirection: string | null;
  /** every attribute inside the reader that could run script: on* handlers, javascript: URLs, <script>, frames */
  activeContent: string[];
  /** the reader's fade-in (and any other animation) has finished, its images have decoded */
  settled: boolean;
}

/** Runs on the reader's shadow root: reads the reader. Self-contained, as it is sent to the browser as source. */
export const readReader: ReaderFunction<undefined, ReaderView | null> = (root) => {
  const dialog = root.querySelector<HTMLElement>('dialog.lr-dialog');
  if (!dialog) return null;
  // textContent, not innerText: what is there, not how CSS cases it (the site name is shown in capitals).
  const text = (selector: string): string | null => root.querySelector(selector)?.textContent?.trim() ?? null;
  const content = root.querySelector<HTMLElement>('.lr-content');
  const article = root.querySelector('article');
  const paragraph = root.querySelector('.lr-content p');
  const image = root.querySelector<HTMLImageElement>('.lr-content img');
  const activeContent: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (/^(script|iframe|frame|object|embed)$/i.test(el.localName)) activeContent.push(`<${el.localName}>`);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || /^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value)) activeContent.push(`${el.localName}[${attr.name}="${attr.value}"]`);
    }
  }
  const images = Array.from(root.querySelectorAll('img'));
  return {
    title: text('h1'),
    headingCount: root.querySelectorAll('h1').length,
    text: dialog.innerText,
    content: content?.innerText ?? '',
    paragraphs: Array.from(root.querySelectorAll<HTMLElement>('.lr-content p')).map((p) => p.innerText.trim()),
    status: text('[role="status"]:not(:empty):not([hidden])'),
    site: text('.lr-site'),
    byline: text('.lr-byline'),
    readingTime: text('.lr-reading-time'),
    imageSrc: image?.getAttribute('src') ?? null,
    imageLoaded: image ? image.complete && image.naturalWidth > 0 : false,
    caption: text('.lr-content figcaption'),
    links: Array.from(root.querySelectorAll<HTMLAnchorElement>('.lr-content a')).map((a) => ({ text: a.innerText.trim(), href: a.href, target: a.getAttribute('target') })),
    theme: dialog.getAttribute('data-theme'),
    dir: dialog.getAttribute('dir'),
    lang: dialog.getAttribute('lang'),
    ariaModal: dialog.matches(':modal') ? 'true' : dialog.getAttribute('aria-modal'),
    articleDir: article?.getAttribute('dir') ?? null,
    articleLang: article?.getAttribute('lang') ?? null,
    closeLabel: root.querySelector('.lr-toolbar button')?.getAttribute('aria-label') ?? null,
    settingsExpanded: root.querySelector('button[aria-controls="lr-settings"]')?.getAttribute('aria-expanded') ?? null,
    background: getComputedStyle(dialog).backgroundColor,
    paragraphFont: paragraph ? getComputedStyle(paragraph).fontFamily : null,
    paragraphFontSize: paragraph ? getComputedStyle(paragraph).fontSize : null,
    paragraphDirection: paragraph ? getComputedStyle(paragraph).direction : null,
    activeContent,
    settled: root.getAnimations().every((a) => a.playState === 'finished') && images.every((img) => img.complete),
  };
};

/** Whether a reader is on the page at all. */
export async function readerPresent(tab: Tab): Promise<boolean> {
  return (await tab.readerCount()) > 0;
}

/** Focus is inside the reader (the page sees only its host focused). */
export async function focusInReader(tab: Tab): Promise<boolean> {
  return (await tab.inReader((root) => document.activeElement === root.host && root.activeElement !== null)) === true;
}

/**
 * Runs on the reader's shadow root: scrolls the element matching `selector` into view and
 * gives the middle of its box, where a real click lands; null while it is not there or not shown.
 */
const clickPoint: ReaderFunction<string, { x: number; y: number } | null> = (root, selector) => {
  const el = root.querySelector(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** Waits (10 s at most) for `selector` to be shown in the reader; where to click it. */
export async function readerClickPoint(tab: Tab, selector: string): Promise<{ x: number; y: number }> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const point = await tab.inReader(clickPoint, selector);
    if (point) return point;
    if (Date.now() > deadline) throw new Error(`nothing in the reader matches ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Init script: counts attachments of the reader's host element, a flash that vanished again
 * included. The page sees only a <div> added to <html>; the reader's is the one with its inline box.
 */
export const recordReaderScript = `(() => {
  window.__readerShown = 0;
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.nodeName === 'DIV' && node.parentNode === document.documentElement && node.style.getPropertyValue('z-index') === '2147483647') window.__readerShown += 1;
    }
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Runs in the page: how many times the reader appeared on this page load (needs `recordReader`). */
export const readerAppearances: PageFunction<undefined, number> = () => (window as unknown as { __readerShown?: number }).__readerShown ?? 0;
