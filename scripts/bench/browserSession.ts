/**
 * One headless Chromium with an extension build loaded and a set of pages served at their real
 * addresses: what both in-browser benches (`bench:browser`, `bench`) run against.
 */
import type { BrowserContext, CDPSession, Worker } from '@playwright/test';
import type { Settings } from '../../src/settings/schema';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { DIST_DIR, launchWithExtension } from '../../tests/e2e/support/browser';
import { acceptAnyCertificate } from '../../tests/e2e/support/tlsFront';
import { startPageServer, type PageServer, type ServedPage } from './pageServer';

export interface BenchBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** the extensions of `alsoLoad`, by folder: their id and worker */
  others: Map<string, { extensionId: string; serviceWorker: Worker }>;
  server: PageServer;
  close(): Promise<void>;
}

interface ChromeStorage {
  chrome: { storage: { local: { set(items: object): Promise<void> }; sync: { set(items: object): Promise<void> } } };
}

export interface BenchBrowserOptions {
  pages: readonly ServedPage[];
  html(id: string): string;
  settings: Settings;
  /** items for storage.local (the click-path trace switch) */
  local?: Record<string, unknown>;
  /** an unpacked build other than dist/ */
  extensionDir?: string;
  extraArgs?: string[];
  /** more unpacked extensions loaded beside it (the bench's injection floor) */
  alsoLoad?: readonly string[];
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, hex digits 0-f written a-p. */
function unpackedExtensionId(dir: string): string {
  const hash = createHash('sha256').update(resolve(dir).replace(/\/+$/, '')).digest('hex').slice(0, 32);
  return [...hash].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

async function workerOf(context: BrowserContext, extensionId: string): Promise<Worker> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (worker) {
      const ready = await worker
        .evaluate(() => (globalThis as unknown as { chrome: { action: { onClicked: { hasListeners(): boolean } } } }).chrome.action.onClicked.hasListeners())
        .catch(() => false);
      if (ready) return worker;
    }
    if (Date.now() > deadline) throw new Error(`extension ${extensionId} did not start in time`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startBenchBrowser(options: BenchBrowserOptions): Promise<BenchBrowser> {
  const server = await startPageServer(options.pages, options.html);
  const mainDir = options.extensionDir ?? DIST_DIR;
  const dirs = [mainDir, ...(options.alsoLoad ?? [])].map((d) => resolve(d));
  const { context } = await launchWithExtension({
    headless: true,
    extensionDir: dirs.join(','),
    extraArgs: [`--host-resolver-rules=${server.hostRules}`, ...(options.extraArgs ?? [])],
  });
  const extensionId = unpackedExtensionId(mainDir);
  const serviceWorker = await workerOf(context, extensionId);
  const others = new Map<string, { extensionId: string; serviceWorker: Worker }>();
  for (const dir of options.alsoLoad ?? []) {
    const id = unpackedExtensionId(dir);
    others.set(dir, { extensionId: id, serviceWorker: await workerOf(context, id) });
  }
  const browser = context.browser();
  const certificates: CDPSession | null = browser ? await acceptAnyCertificate(browser) : null;
  await serviceWorker.evaluate(
    async ({ settings, local }) => {
      const { chrome } = globalThis as unknown as ChromeStorage;
      await chrome.storage.sync.set({ settings });
      await chrome.storage.local.set(local);
    },
    { settings: options.settings, local: options.local ?? {} },
  );
  return {
    context,
    extensionId,
    serviceWorker,
    others,
    server,
    close: async () => {
      await certificates?.detach().catch(() => undefined);
      await context.close();
      await server.close();
    },
  };
}
