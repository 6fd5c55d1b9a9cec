import browser from 'webextension-polyfill';
import type { BackgroundMessageType, BackgroundRequest, BackgroundResponse, MessageType, Request, Response } from './messages';

export function sendToTab<K extends MessageType>(
  tabId: number,
  message: Request<K>,
  frameId = 0,
): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<Response<K>>;
}

export function sendToBackground<K extends BackgroundMessageType>(message: BackgroundRequest<K>): Promise<BackgroundResponse<K>> {
  return browser.runtime.sendMessage(message) as Promise<BackgroundResponse<K>>;
}
