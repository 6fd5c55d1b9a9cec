import type { Runtime } from 'webextension-polyfill';

// The one map of every message between the background and content scripts.
// `request` is what is sent (besides `type`), `response` what the receiver resolves with.
export interface ReaderStatus {
  open: boolean;
  /** false when the reader is open but found no article on the page */
  found: boolean;
}

export type OpenSource = 'action' | 'command' | 'menu' | 'auto';

export interface MessageMap {
  /** background → content: open or close the reader in this tab */
  'reader:toggle': { request: { source: OpenSource }; response: ReaderStatus };
  /** background → content: open the reader (no-op if open) */
  'reader:open': { request: { source: OpenSource }; response: ReaderStatus };
  /** background → content: what the reader shows right now */
  'reader:status': { request: Record<string, never>; response: ReaderStatus };
}

export type MessageType = keyof MessageMap;
export type Request<K extends MessageType> = { type: K } & MessageMap[K]['request'];
export type Response<K extends MessageType> = MessageMap[K]['response'];
export type AnyRequest = { [K in MessageType]: Request<K> }[MessageType];

const TYPES: ReadonlySet<string> = new Set<MessageType>(['reader:toggle', 'reader:open', 'reader:status']);

export function isRequest(value: unknown): value is AnyRequest {
  return typeof value === 'object' && value !== null && TYPES.has(String((value as { type?: unknown }).type));
}

/** Only our own extension's pages and content scripts may talk to us. */
export function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}
