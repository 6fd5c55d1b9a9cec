import { type PortLike, READER_PORT_NAME } from '../shared/toBackground';

export type { PortLike };

/**
 * Noticing that the extension this script belongs to is gone (updated, reloaded, disabled).
 * The browser leaves such a content script running in the page, cut off from every extension
 * API; a reader it shows can no longer save a setting, and the new version's script would put
 * a second reader over it. Nothing tells the orphan directly, so it listens for the signs: its
 * port to the background closing, a new copy of itself arriving, and the person using the page.
 */

/** The page-wide event a newly started reader script dispatches; any older copy hears it. */
export const READER_STARTED_EVENT = 'lucid-reader:started';

export interface RuntimeLike {
  readonly id?: string | undefined;
  connect(info: { name: string }): PortLike;
}

/**
 * Whether the extension runtime is still there: Chromium clears `runtime.id` in an orphaned
 * script, Firefox turns its objects dead (touching them throws).
 */
export function runtimeAlive(runtime: () => RuntimeLike | undefined): boolean {
  try {
    return typeof runtime()?.id === 'string';
  } catch {
    return false;
  }
}

export interface ContextWatchOptions {
  win: Window;
  runtime: () => RuntimeLike | undefined;
  /** Called once, when the extension is found gone. */
  onGone(): void;
}

/** Watches for the extension going away; returns a function that stops watching. */
export function watchExtensionContext({ win, runtime, onGone }: ContextWatchOptions): () => void {
  const doc = win.document;
  let port: PortLike | null = null;
  let stopped = false;
  const timers: ReturnType<typeof setTimeout>[] = [];

  const connect = (): void => {
    try {
      const opened = runtime()?.connect({ name: READER_PORT_NAME });
      if (!opened) return;
      port = opened;
      opened.onDisconnect.addListener(() => {
        if (port === opened) port = null;
        // Chromium clears runtime.id a few milliseconds after it closes the ports, so look
        // again a little later. A background that only went idle closes the port too: then
        // the extension is still there, and the next use of the page reconnects.
        check();
        for (const delay of RECHECK_AFTER_DISCONNECT_MS) timers.push(setTimeout(check, delay));
      });
    } catch {
      check();
    }
  };

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
    doc.removeEventListener(READER_STARTED_EVENT, check);
    doc.removeEventListener('visibilitychange', check);
    for (const type of USE_EVENTS) win.removeEventListener(type, onUse, true);
    const open = port;
    port = null;
    try {
      open?.disconnect();
    } catch {
      // Already gone with the extension.
    }
  };

  function check(): void {
    if (stopped || runtimeAlive(runtime)) return;
    stop();
    onGone();
  }

  function onUse(): void {
    check();
    if (!stopped && port === null) connect();
  }

  // Any older copy hears this one start (dispatching is synchronous, so it is gone before we go on).
  doc.dispatchEvent(new Event(READER_STARTED_EVENT));
  // The page can dispatch this event too: it only ever triggers a check of our own runtime.
  doc.addEventListener(READER_STARTED_EVENT, check);
  doc.addEventListener('visibilitychange', check);
  for (const type of USE_EVENTS) win.addEventListener(type, onUse, true);
  connect();
  return stop;
}

const USE_EVENTS = ['keydown', 'pointerdown'] as const;
const RECHECK_AFTER_DISCONNECT_MS = [50, 250, 1_000, 5_000];
