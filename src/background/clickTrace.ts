import browser from 'webextension-polyfill';

/**
 * Step-by-step log of the click path, for finding clicks that go nowhere. Off unless
 * `storage.local` holds `{ debugClickPath: true }` (set from the extension's own console or by
 * `npm run bench:browser -- --trace`); nothing is logged, stored or sent otherwise.
 */
export const TRACE_KEY = 'debugClickPath';

let enabled = false;
// Lines traced before the flag is read wait for it, in order.
const ready: Promise<void> = browser.storage.local
  .get(TRACE_KEY)
  .then((items) => {
    enabled = items[TRACE_KEY] === true;
  })
  .catch(() => undefined);

browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[TRACE_KEY];
  if (area === 'local' && change) enabled = change.newValue === true;
});

const started = Date.now();

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function trace(tabId: number, step: string, detail: Record<string, unknown> = {}): void {
  const at = Date.now();
  void ready.then(() => {
    if (enabled) console.info(`[lucid-click] ${JSON.stringify({ at, sinceStart: at - started, tabId, step, ...detail })}`);
  });
}
