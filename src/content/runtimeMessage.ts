import type { BackgroundMessageType, BackgroundRequest, BackgroundResponse } from '../shared/messages';

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * A message to the background without webextension-polyfill: the detection script loads on
 * every page of the listed sites, and both Firefox's `browser` and Chrome's MV3 `chrome`
 * already return promises.
 */
export function messageBackground<K extends BackgroundMessageType>(message: BackgroundRequest<K>): Promise<BackgroundResponse<K>> {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) return Promise.reject(new Error('no extension runtime'));
  return api.runtime.sendMessage(message) as Promise<BackgroundResponse<K>>;
}
