import browser from 'webextension-polyfill';
import type { MessageType, Request, Response } from './messages';

export function sendToTab<K extends MessageType>(
  tabId: number,
  message: Request<K>,
  frameId = 0,
): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<Response<K>>;
}
