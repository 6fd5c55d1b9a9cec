import { test as base, expect, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { fixtureServerFixture, type FixtureServer } from './server';
import { clickToolbarButton, launchWithExtension } from './browser';
import { READER_ENGINE, cdpSession, inReader, readerRootIds, watchReader } from './readerAccess';

export { expect };

interface Extension {
  context: BrowserContext;
  id: string;
  serviceWorker(): Promise<Worker>;
  /** errors the service worker logged or threw since the browser started */
  serviceWorkerErrors(): Promise<string[]>;
  /** the real toolbar click: CDP Extensions.triggerAction on the tab's target */
  clickToolbar(page: Page): Promise<void>;
}

interface WorkerFixtures {
  server: FixtureServer;
  extension: Extension;
}

interface SwErrors {
  __lrErrors?: string[];
}

async function watchServiceWorker(worker: Worker, sink: string[]): Promise<void> {
  worker.on('console', (msg) => {
    if (msg.type() === 'error') sink.push(msg.text());
  });
  await worker.evaluate(() => {
    const g = globalThis as unknown as SwErrors & typeof globalThis;
    if (g.__lrErrors) return;
    const errors: string[] = [];
    g.__lrErrors = errors;
    g.addEventListener('error', (e) => errors.push(String((e as ErrorEvent).message)));
    g.addEventListener('unhandledrejection', (e) => errors.push(String((e as PromiseRejectionEvent).reason)));
  });
}

export const test = base.extend<{ page: Page }, WorkerFixtures>({
  server: fixtureServerFixture,
  extension: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this destructuring, and this one has none
    async ({}, use) => {
      const launched = await launchWithExtension({ headless: true });
      const { context, extensionId } = launched;
      const consoleErrors: string[] = [];
      const watched = new WeakSet<Worker>();
      const currentWorker = async (): Promise<Worker> => {
        const worker =
          context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
          (await context.waitForEvent('serviceworker'));
        if (!watched.has(worker)) {
          watched.add(worker);
          await watchServiceWorker(worker, consoleErrors);
        }
        return worker;
      };
      await currentWorker();
      const extension: Extension = {
        context,
        id: extensionId,
        serviceWorker: currentWorker,
        async serviceWorkerErrors() {
          const worker = await currentWorker();
          const thrown = await worker.evaluate(() => (globalThis as unknown as SwErrors).__lrErrors ?? []);
          return [...consoleErrors, ...thrown];
        },
        clickToolbar: (page) => clickToolbarButton(context, extensionId, page),
      };
      await use(extension);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
});

/**
 * The reader's dialog, as a Locator. Its shadow root is closed: the `lucidreader` engine
 * (readerAccess.ts) finds it through CDP. With several readers stacked it matches each.
 */
export function readerDialog(page: Page): Locator {
  watchReader(page);
  return page.locator(`${READER_ENGINE}=dialog.lr-dialog`);
}

export { inReader };

/** How many readers are on the page, now (more than one would be a stacked reader). */
export async function readerCount(page: Page): Promise<number> {
  return (await readerRootIds(await cdpSession(page))).length;
}

export { NEWSX_ARTICLE } from './server';

const MODIFIERS = { Alt: 1, Control: 2, Meta: 4, Shift: 8 } as const;

/**
 * A browser keyboard shortcut, sent as the raw key-down a keyboard produces: Chromium routes
 * raw key-downs through its accelerator table (where extension commands live), while
 * Playwright's `press` sends a typed key-down that goes straight to the page.
 */
export async function pressBrowserShortcut(page: Page, combo: string): Promise<void> {
  const parts = combo.split('+');
  const key = parts.pop() ?? '';
  const modifiers = parts.reduce((bits, name) => bits | (MODIFIERS[name as keyof typeof MODIFIERS] ?? 0), 0);
  const code = key.toUpperCase().charCodeAt(0);
  await page.bringToFront();
  const session = await page.context().newCDPSession(page);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await session.send('Input.dispatchKeyEvent', {
      type,
      modifiers,
      key: key.toUpperCase(),
      code: `Key${key.toUpperCase()}`,
      windowsVirtualKeyCode: code,
      nativeVirtualKeyCode: code,
    });
  }
  await session.detach();
}
