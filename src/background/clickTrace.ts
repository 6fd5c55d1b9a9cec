import browser from 'webextension-polyfill';

/**
 * Step-by-step log of the click path, for finding clicks that go nowhere. Off unless
 * `storage.local` holds `{ debugClickPath: true }` (set from the extension's own console or by
 * `npm run bench:browser -- --trace`); nothing is logged, stored or sent otherwise.
 */
const TRACE_KEY = 'debugClickPath';

let enabled = false;
let flagRead: Promise<void> | null = null;

/** Read on first use and followed from then on; lines traced meanwhile wait for it, in order. */
function whenFlagRead(): Promise<void> {
  flagRead ??= (async () => {
    try {
      browser.storage.onChanged.addListener((changes, area) => {
        const change = changes[TRACE_KEY];
        if (area === 'local' && change) enabled = change.newValue === true;
      });
      enabled = (await browser.storage.local.get(TRACE_KEY))[TRACE_KEY] === true;
    } catch {
      enabled = false;
    }
  })();
  return flagRead;
}

const started = Date.now();

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function trace(tabId: number, step: string, detail: Record<string, unknown> = {}): void {
  const at = Date.now();
  void whenFlagRead().then(() => {
    if (enabled) console.info(`[lucid-click] ${JSON.stringify({ at, sinceStart: at - started, tabId, step, ...detail })}`);
  });
}
