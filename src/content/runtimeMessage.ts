import type { PortLike } from './extensionContext';
import type { BackgroundMessageType, BackgroundRequest, BackgroundResponse } from '../shared/messages';

interface RuntimeApi {
  runtime: { readonly id?: string; sendMessage(message: unknown): Promise<unknown>; connect(info: { name: string }): PortLike };
}

/** The browser's own runtime object (Chrome's `chrome`, Firefox's `browser`), without the polyfill. */
export function runtime(): RuntimeApi['runtime'] | undefined {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  return (scope.chrome ?? scope.browser)?.runtime;
}

/**
 * A message to the background without webextension-polyfill: the detection script loads on
 * every page of the listed sites, and both Firefox's `browser` and Chrome's MV3 `chrome`
 * already return promises.
 */
export function messageBackground<K extends BackgroundMessageType>(message: BackgroundRequest<K>): Promise<BackgroundResponse<K>> {
  const api = runtime();
  if (!api) return Promise.reject(new Error('no extension runtime'));
  return api.sendMessage(message) as Promise<BackgroundResponse<K>>;
}
