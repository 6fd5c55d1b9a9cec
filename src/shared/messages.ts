import type { Runtime } from 'webextension-polyfill';
import type { Messages } from '../i18n/messages/en';
import type { LanguageCode } from '../settings/schema';

// The one map of every message between the background and content scripts.
// `request` is what is sent (besides `type`), `response` what the receiver resolves with.
export interface ReaderStatus {
  open: boolean;
  /** false when the reader is open but found no article on the page */
  found: boolean;
  /**
   * Set when no reader could be shown on this kind of document (XML, SVG, an image, a PDF):
   * the toolbar button gives the answer instead.
   */
  notice?: PageNotice;
}

/** Why a document has no reader; each is a tooltip of the toolbar button (a browser message, src/i18n/browserMessages.ts). */
export type PageNotice = 'actionTitleNoArticle' | 'actionTitleImage' | 'actionTitlePdf';

/**
 * The port each reader script holds open to the background. Nothing travels over it: the
 * browser closing it is how a script learns that its extension was updated or reloaded.
 */
export const READER_PORT_NAME = 'lucid-reader';

/** A message that is its type alone. */
type NoPayload = Record<never, never>;

export type OpenSource = 'action' | 'command' | 'menu' | 'auto';

/** What the overlay's site buttons ask for: auto-open this site, or never. */
export type SiteChoice = 'always' | 'never';

export interface SiteChoiceResult {
  /** the listed domain the choice applied to (or would apply to) */
  domain: string | null;
  /** false when host access for the site is missing and must be granted on the options page */
  done: boolean;
}

/** background → content (the reader script in a tab) */
export interface MessageMap {
  /** open or close the reader in this tab */
  'reader:toggle': { request: { source: OpenSource }; response: ReaderStatus };
  /** open the reader (no-op if open) */
  'reader:open': { request: { source: OpenSource }; response: ReaderStatus };
  /** what the reader shows right now */
  'reader:status': { request: NoPayload; response: ReaderStatus };
}

/** content → background. The background takes the page's address from the sender, never from the message. */
export interface BackgroundMessageMap {
  /** the detection script found an article on a listed site */
  'auto:article-found': { request: NoPayload; response: ReaderStatus | null };
  /** the overlay's "Always open articles on this site" / "Don't open automatically on this site" */
  'sites:choose': { request: { choice: SiteChoice }; response: SiteChoiceResult };
  /** the reader's "Next page" link: go there and show it in reader view (same origin only) */
  'reader:next-page': { request: { url: string }; response: boolean };
  /** one interface language's catalogue: the reader carries English only (its size budget) */
  'i18n:catalogue': { request: { lang: LanguageCode }; response: Messages | null };
}

export type MessageType = keyof MessageMap;
export type Request<K extends MessageType> = { type: K } & MessageMap[K]['request'];
export type Response<K extends MessageType> = MessageMap[K]['response'];
export type AnyRequest = { [K in MessageType]: Request<K> }[MessageType];

export type BackgroundMessageType = keyof BackgroundMessageMap;
export type BackgroundRequest<K extends BackgroundMessageType> = { type: K } & BackgroundMessageMap[K]['request'];
export type BackgroundResponse<K extends BackgroundMessageType> = BackgroundMessageMap[K]['response'];
export type AnyBackgroundRequest = { [K in BackgroundMessageType]: BackgroundRequest<K> }[BackgroundMessageType];

const TYPES: ReadonlySet<string> = new Set<MessageType>(['reader:toggle', 'reader:open', 'reader:status']);
const SOURCES: ReadonlySet<string> = new Set<OpenSource>(['action', 'command', 'menu', 'auto']);
const CHOICES: ReadonlySet<string> = new Set<SiteChoice>(['always', 'never']);

function typeOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' ? type : null;
}

export function isRequest(value: unknown): value is AnyRequest {
  const type = typeOf(value);
  if (type === null || !TYPES.has(type)) return false;
  return type === 'reader:status' || SOURCES.has(String((value as { source?: unknown }).source));
}

export function isBackgroundRequest(value: unknown): value is AnyBackgroundRequest {
  const type = typeOf(value);
  if (type === 'auto:article-found') return true;
  if (type === 'reader:next-page') return typeof (value as { url?: unknown }).url === 'string';
  // Shape only: importing the language list would put the settings schema into the detection script.
  if (type === 'i18n:catalogue') return /^[a-z]{2}(?:-[A-Z]{2})?$/.test(String((value as { lang?: unknown }).lang));
  return type === 'sites:choose' && CHOICES.has(String((value as { choice?: unknown }).choice));
}

/** Only our own extension's pages and content scripts may talk to us. */
export function isOwnSender(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId;
}

/**
 * A message from our content script in a tab's top frame: only that can speak for a page.
 * Extension pages have no tab, and subframes are other sites' documents.
 */
export function isOwnTopFrame(sender: Runtime.MessageSender, ownId: string): sender is Runtime.MessageSender & { tab: { id: number }; url: string } {
  return isOwnSender(sender, ownId) && sender.tab?.id !== undefined && sender.tab.id >= 0 && sender.frameId === 0 && typeof sender.url === 'string';
}
