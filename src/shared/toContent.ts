import browser from 'webextension-polyfill';
import type { ToContentRequest, ToContentResponse, ToContentType } from './messages';

/** The background's one way to a tab: the reader script in its top frame (see messages.ts). */
export function sendToContent<K extends ToContentType>(tabId: number, message: ToContentRequest<K>): Promise<ToContentResponse<K>> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<ToContentResponse<K>>;
}
