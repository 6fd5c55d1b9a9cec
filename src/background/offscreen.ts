/**
 * Chromium's offscreen document, where extraction runs (src/offscreen/). One per extension, and
 * it stays once made: it holds no page and no timer, costs one idle extension document, and a
 * click then pays no start-up (creating it takes ~50–100 ms, about a seed-like extraction).
 */
export const OFFSCREEN_PATH = 'src/offscreen/index.html';

/** The slice of Chromium's API used here (the polyfill has no offscreen namespace). */
interface ChromeOffscreen {
  offscreen: {
    createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  };
  runtime: {
    getURL(path: string): string;
    getContexts(filter: { contextTypes: string[]; documentUrls?: string[] }): Promise<unknown[]>;
  };
}

function chromeApi(): ChromeOffscreen | null {
  const api = (globalThis as { chrome?: Partial<ChromeOffscreen> }).chrome;
  return api?.offscreen && api.runtime?.getContexts ? (api as ChromeOffscreen) : null;
}

let ready: Promise<void> | null = null;

/**
 * Makes the offscreen document unless it is there. Safe to call on every click: the service
 * worker may have been stopped and restarted while the document lived on, so the browser is
 * asked which exist before one is made.
 */
export function ensureOffscreenDocument(): Promise<void> {
  ready ??= (async () => {
    const api = chromeApi();
    if (api === null) throw new Error('no offscreen documents in this browser');
    const url = api.runtime.getURL(OFFSCREEN_PATH);
    const existing = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (existing.length > 0) return;
    await api.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Parse the page the reader was opened on and extract its article, off the page’s main thread.',
    });
  })().catch((error: unknown) => {
    // Made meanwhile by a concurrent call of an earlier worker, or a passing failure: ask afresh next time.
    ready = null;
    throw error;
  });
  return ready;
}

/** The document went away (closed by the browser): the next use makes it again. */
export function forgetOffscreenDocument(): void {
  ready = null;
}
