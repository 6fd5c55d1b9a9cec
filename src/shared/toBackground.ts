import type { ToBackgroundRequest, ToBackgroundResponse, ToBackgroundType } from './messages';

/**
 * The port each reader script holds open to the background (here, not in messages.ts, so that
 * the detection script, which watches it, carries none of the message guards). Nothing travels over it: the
 * browser closing it is how a script learns that its extension was updated or reloaded.
 */
export const READER_PORT_NAME = 'lucid-reader';

/** A port as content scripts see it (see content/extensionContext.ts). */
export interface PortLike {
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

interface RuntimeApi {
  runtime: { readonly id?: string; sendMessage(message: unknown): Promise<unknown>; connect(info: { name: string }): PortLike };
}

/** The browser's own runtime object (Chrome's `chrome`, Firefox's `browser`), without the polyfill. */
export function runtime(): RuntimeApi['runtime'] | undefined {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  return (scope.chrome ?? scope.browser)?.runtime;
}

/**
 * Content scripts' one way to the background (see messages.ts). Without webextension-polyfill:
 * the detection script loads on every page of the listed sites, and both Firefox's `browser`
 * and Chrome's MV3 `chrome` already return promises.
 */
export function sendToBackground<K extends ToBackgroundType>(message: ToBackgroundRequest<K>): Promise<ToBackgroundResponse<K>> {
  const api = runtime();
  if (!api) return Promise.reject(new Error('no extension runtime'));
  return api.sendMessage(message) as Promise<ToBackgroundResponse<K>>;
}
