import { selectors, type CDPSession, type Page } from '@playwright/test';
import type { ReaderFunction } from './driver';
import { HOST_TAG } from '../../../src/reader/host';

// The reader lives in a closed shadow root, out of reach of page scripts and of Playwright's
// locators (which pierce open roots only). The harness reaches it as DevTools and assistive
// technology do: through the browser's protocol, here CDP's DOM domain with pierced shadow roots.

interface CdpNode {
  backendNodeId: number;
  nodeType: number;
  localName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/** One CDP session per page, kept for the page's life. */
export function cdpSession(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

// Found by its host's tag (host.ts, the one place the product's host is named) and by what is
// inside, whatever the root's mode and the host's attributes (a page may strip those): whether
// the page can reach it is for the isolation tests to judge, not for the harness to assume.
function isReaderRoot(root: CdpNode): boolean {
  return (root.children ?? []).some((child) => {
    if (child.localName !== 'dialog') return false;
    const attrs = child.attributes ?? [];
    const cls = attrs[attrs.indexOf('class') + 1] ?? '';
    return attrs.includes('class') && cls.split(/\s+/).includes('lr-dialog');
  });
}

/** The backend ids of the reader's shadow roots on the page (more than one would be a stacked reader). */
export async function readerRootIds(session: CDPSession): Promise<number[]> {
  // Deep enough for <html> → host → shadow root → its children, and no deeper: pages are big.
  const { root } = (await session.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: CdpNode };
  const html = root.children?.find((child) => child.localName === 'html');
  const ids: number[] = [];
  for (const host of html?.children ?? []) {
    if (host.localName !== HOST_TAG) continue;
    for (const shadow of host.shadowRoots ?? []) if (isReaderRoot(shadow)) ids.push(shadow.backendNodeId);
  }
  return ids;
}

interface CallResult {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

/**
 * Runs `fn(root, arg)` in the page's world with the reader's shadow root (the newest, if several);
 * null when there is no reader. `fn` is sent as source: it must not close over anything.
 */
async function inReaderCdp<R, A>(session: CDPSession, fn: ReaderFunction<A, R>, arg?: A): Promise<R | null> {
  return (await inReaderSourceCdp(session, fn.toString(), arg)) as R | null;
}

/** The same with the function's source text (for scripts run by tsx, which wraps named functions in a helper the page lacks). */
export async function inReaderSourceCdp(session: CDPSession, source: string, arg?: unknown): Promise<unknown> {
  const ids = await readerRootIds(session);
  const id = ids[ids.length - 1];
  if (id === undefined) return null;
  const { object } = (await session.send('DOM.resolveNode', { backendNodeId: id })) as { object: { objectId?: string } };
  if (!object.objectId) return null;
  try {
    const call = (await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `async function (arg) { return { value: await (${source})(this, arg) }; }`,
      arguments: [{ value: arg ?? null }],
      returnByValue: true,
      awaitPromise: true,
    })) as CallResult;
    if (call.exceptionDetails) throw new Error(`in the reader: ${call.exceptionDetails.exception?.description ?? call.exceptionDetails.text}`);
    return (call.result.value as { value?: unknown } | undefined)?.value ?? null;
  } finally {
    await session.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => undefined);
  }
}

/** Runs `fn(root, arg)` against this page's reader (see inReaderCdp). */
export async function inReader<R, A = undefined>(page: Page, fn: ReaderFunction<A, R>, arg?: A): Promise<R | null> {
  return inReaderCdp(await cdpSession(page), fn, arg);
}

/**
 * A Playwright selector engine over the reader's shadow roots: `lucidreader=<css>` matches inside
 * them, so every Locator API (getByRole, toBeVisible, click) works on the reader. It runs in
 * Playwright's utility world (contentScript), a JavaScript world of its own that the page's
 * scripts cannot see; watchReader puts the roots, found through CDP, into that world's global.
 */
export const READER_ENGINE = 'lucidreader';

const ENGINE_SOURCE = `(() => {
  const live = (scope) => {
    const doc = scope.ownerDocument ?? scope;
    return (globalThis.__lucidReaderRoots ?? []).filter((root) => root.host.isConnected && root.ownerDocument === doc);
  };
  return {
    query(scope, selector) {
      for (const root of live(scope)) {
        const found = root.querySelector(selector);
        if (found) return found;
      }
      return null;
    },
    queryAll(scope, selector) {
      return live(scope).flatMap((root) => Array.from(root.querySelectorAll(selector)));
    },
  };
})()`;

let registered: Promise<void> | null = null;

/** Registers the engine, once per test worker, before the first browser is launched. */
export function registerReaderEngine(): Promise<void> {
  registered ??= selectors.register(READER_ENGINE, ENGINE_SOURCE, { contentScript: true });
  return registered;
}

const watched = new WeakSet<Page>();
const UTILITY_WORLD = '__playwright_utility_world_';
const WATCH_EVERY_MS = 50;

interface ContextCreated {
  context: { id: number; name: string; auxData?: { frameId?: string } };
}

/**
 * Keeps the engine's roots current for this page: every 50 ms, the reader's shadow roots as CDP
 * sees them are resolved into Playwright's utility world of the main frame. Locator assertions
 * retry, so a reader that just opened is found on the next turn.
 */
export function watchReader(page: Page): void {
  if (watched.has(page)) return;
  watched.add(page);
  void (async () => {
    const session = await cdpSession(page);
    let utility: number | null = null;
    let mainFrame = '';
    let shown = '';
    session.on('Runtime.executionContextCreated', (event: ContextCreated) => {
      if (event.context.name.startsWith(UTILITY_WORLD) && event.context.auxData?.frameId === mainFrame) {
        utility = event.context.id;
        shown = '';
      }
    });
    session.on('Runtime.executionContextsCleared', () => {
      utility = null;
    });
    const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    mainFrame = frameTree.frame.id;
    await session.send('Runtime.enable');
    while (!page.isClosed()) {
      try {
        const ids = await readerRootIds(session);
        const key = `${utility}:${ids.join(',')}`;
        if (utility !== null && key !== shown) {
          const objects: { objectId: string }[] = [];
          for (const backendNodeId of ids) {
            const { object } = (await session.send('DOM.resolveNode', { backendNodeId, executionContextId: utility })) as { object: { objectId: string } };
            objects.push({ objectId: object.objectId });
          }
          const { objectId: global } = ((await session.send('Runtime.evaluate', { expression: 'globalThis', contextId: utility })) as { result: { objectId: string } }).result;
          await session.send('Runtime.callFunctionOn', {
            objectId: global,
            functionDeclaration: 'function (...roots) { this.__lucidReaderRoots = roots; }',
            arguments: objects,
          });
          shown = key;
        }
      } catch {
        // The page is navigating or closing: the next turn looks again.
      }
      await new Promise((resolve) => setTimeout(resolve, WATCH_EVERY_MS));
    }
  })().catch(() => undefined);
}
