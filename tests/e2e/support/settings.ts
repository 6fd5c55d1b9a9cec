import type { Page, Worker } from '@playwright/test';

interface ChromeStorage {
  chrome: {
    storage: {
      sync: { set(items: object): Promise<void>; clear(): Promise<void> };
      local: { clear(): Promise<void> };
    };
  };
}

/** Puts a raw value where the settings module keeps it: what an older version or a bad sync left. */
export async function storeRawSettings(worker: Worker, value: unknown): Promise<void> {
  await worker.evaluate(async (settings) => {
    const { chrome } = globalThis as unknown as ChromeStorage;
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set({ settings });
  }, value);
}

/** The same, from JSON parsed inside the extension: keeps keys like `__proto__` as own keys. */
export async function storeRawSettingsJson(worker: Worker, json: string): Promise<void> {
  await worker.evaluate(async (text) => {
    const { chrome } = globalThis as unknown as ChromeStorage;
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
    await chrome.storage.sync.set({ settings: JSON.parse(text) as unknown });
  }, json);
}

export async function clearStorage(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeStorage;
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
  });
}

export function optionsUrl(extensionId: string): string {
  return `chrome-extension://${extensionId}/src/options/index.html`;
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    // The fixture sites' own CSP reports and missing favicons are the page's, not ours.
    if (msg.type() === 'error' && !/Content Security Policy|Failed to load resource/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
