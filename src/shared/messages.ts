import type { Runtime } from 'webextension-polyfill';
import type { BlockDescriptor, BlockRule, ExtractedArticle } from '../extract';
import type { ArticleInfo, HighlightChange, HighlightWriteResult } from '../highlights/types';
import { readArticleInfo, readChange } from '../highlights/validate';
import type { Messages } from '../i18n/messages/en';
import type { LanguageCode } from '../settings/schema';
import type { ChoiceAnswer, SiteChoice } from '../settings/siteAccess';
import type { AddSiteRuleResult, SiteRuleAction } from '../siteRules/types';

// The one map of every message between the background, our content scripts and the extension
// document that extracts (Chromium's offscreen document), one map per direction. `request` is what is sent (besides `type`), `response` what the receiver resolves
// with. The options page sends none: it reads settings and asks for site access itself.
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

/** A message that is its type alone. */
type NoPayload = Record<never, never>;

export type OpenSource = 'action' | 'command' | 'menu' | 'auto';

/** background → content (the reader script in a tab's top frame) */
interface BackgroundToContent {
  /** open or close the reader in this tab */
  'reader:toggle': { request: { source: OpenSource }; response: ReaderStatus };
  /** open the reader (no-op if open) */
  'reader:open': { request: { source: OpenSource }; response: ReaderStatus };
}

/** One document of the page as the tab serialized it: what the extension parses and extracts from. */
export interface PageSnapshot {
  html: string;
  /** the address to resolve links and images against: the page's, or a same-origin frame's */
  url: string;
}

/** What the extraction found in the first readable snapshot (else in the first one). */
export interface Extraction {
  article: ExtractedArticle | null;
  /** the first snapshot's next page, when the story is split over several */
  nextPage: string | null;
  /** the article has enough text to be the story, not a stub (else embedded documents are worth a look) */
  readable: boolean;
  /**
   * The tab's site (registrable domain), whose rules the background applied: the one the reader
   * names in "… on <site>" and adds rules to. Set by the background; absent where the page has
   * no site (an IP address, a file).
   */
  site?: string;
}

/** Site rules an extraction applies at most (the store keeps fewer per site). */
export const MAX_EXTRACTION_RULES = 200;

/**
 * Snapshots per extraction: the page, and at most this many embedded documents. A 10 MB page
 * is one 10 MB string; both browsers carry that through runtime messaging (tests/e2e/cross/big-page.spec.ts).
 */
export const MAX_SNAPSHOTS = 16;

/** content → background. The background takes the page's address from the sender, never from the message (a highlight change names its article's canonical address, which the background checks against the sender's). */
interface ContentToBackground {
  /** the detection script found an article on a listed site */
  'auto:article-found': { request: NoPayload; response: ReaderStatus | null };
  /** the overlay's "Always open articles on this site" / "Don't open automatically on this site" */
  'sites:choose': { request: { choice: SiteChoice }; response: ChoiceAnswer };
  /** the reader's "Next page" link: go there and show it in reader view (same origin only) */
  'reader:next-page': { request: { url: string }; response: boolean };
  /** one interface language's catalogue and the English one (for a message it lacks): the reader carries none (its size budget) */
  'i18n:catalogue': { request: { lang: LanguageCode }; response: { messages: Messages; english: Messages } };
  /** the reader's "Save…": put the converters into this tab (true when they are there) */
  'export:converters': { request: NoPayload; response: boolean };
  /** extract the article from the page's snapshots, in the extension, off the tab's main thread */
  'page:extract': { request: { documents: PageSnapshot[] }; response: Extraction };
  /**
   * a change to the highlights of the article shown: every tab's changes go through the one
   * background, one at a time per article. `info.url` is the page's canonical address, which
   * only the page's DOM knows: the background accepts it only for the sender's own site.
   */
  'highlights:change': { request: { change: HighlightChange; info: ArticleInfo }; response: HighlightWriteResult };
  /**
   * the reader's "Always remove this on <site>" / "Keep this on <site>": a rule for the sender's
   * site, which the background takes from the tab's address (the store validates the block; the
   * reader's bundle carries neither, its size budget)
   */
  'siteRules:add': { request: { action: SiteRuleAction; block: BlockDescriptor }; response: AddSiteRuleResult };
  /** undoing an "Always remove this on <site>": the rule it made, of the sender's site */
  'siteRules:delete': { request: { id: string }; response: undefined };
}

/** background → the extraction document (Chromium's offscreen document; Firefox extracts in its background page) */
interface BackgroundToExtractor {
  /** `siteRules`: the tab's site's rules, read by the background from storage (never from the tab) */
  'extractor:extract': { request: { documents: PageSnapshot[]; siteRules: BlockRule[] }; response: Extraction };
}

type RequestOf<Map, K extends keyof Map> = { type: K } & (Map[K] extends { request: infer R } ? R : never);
type ResponseOf<Map, K extends keyof Map> = Map[K] extends { response: infer R } ? R : never;

export type ToContentType = keyof BackgroundToContent;
export type ToContentRequest<K extends ToContentType> = RequestOf<BackgroundToContent, K>;
export type ToContentResponse<K extends ToContentType> = ResponseOf<BackgroundToContent, K>;
export type AnyToContentRequest = { [K in ToContentType]: ToContentRequest<K> }[ToContentType];

export type ToBackgroundType = keyof ContentToBackground;
export type ToBackgroundRequest<K extends ToBackgroundType> = RequestOf<ContentToBackground, K>;
export type ToBackgroundResponse<K extends ToBackgroundType> = ResponseOf<ContentToBackground, K>;
export type AnyToBackgroundRequest = { [K in ToBackgroundType]: ToBackgroundRequest<K> }[ToBackgroundType];

type ToExtractorType = keyof BackgroundToExtractor;
export type ToExtractorRequest<K extends ToExtractorType> = RequestOf<BackgroundToExtractor, K>;

const SOURCES: ReadonlySet<string> = new Set<OpenSource>(['action', 'command', 'menu', 'auto']);
const CHOICES: ReadonlySet<string> = new Set<SiteChoice>(['always', 'never']);
const RULE_ACTIONS: ReadonlySet<string> = new Set<SiteRuleAction>(['remove', 'keep']);
/** Rule ids are short (siteRules/store.ts makes them); anything longer is not one. */
const MAX_RULE_ID = 100;

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function isSnapshots(value: unknown): value is PageSnapshot[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.length <= MAX_SNAPSHOTS &&
    value.every((item: unknown) => typeof field(item, 'html') === 'string' && typeof field(item, 'url') === 'string')
  );
}

export function isToExtractorRequest(value: unknown): value is ToExtractorRequest<'extractor:extract'> {
  const rules = field(value, 'siteRules');
  // Shape only: the extraction skips a malformed rule (extract/blockDescriptors.ts).
  const rulesOk = Array.isArray(rules) && rules.length <= MAX_EXTRACTION_RULES;
  return field(value, 'type') === 'extractor:extract' && isSnapshots(field(value, 'documents')) && rulesOk;
}

export function isToContentRequest(value: unknown): value is AnyToContentRequest {
  const type = field(value, 'type');
  return (type === 'reader:toggle' || type === 'reader:open') && SOURCES.has(String(field(value, 'source')));
}

export function isToBackgroundRequest(value: unknown): value is AnyToBackgroundRequest {
  switch (field(value, 'type')) {
    case 'auto:article-found':
    case 'export:converters':
      return true;
    case 'reader:next-page':
      return typeof field(value, 'url') === 'string';
    case 'sites:choose':
      return CHOICES.has(String(field(value, 'choice')));
    case 'page:extract':
      return isSnapshots(field(value, 'documents'));
    case 'highlights:change':
      return readChange(field(value, 'change')) !== null && readArticleInfo(field(value, 'info')) !== null;
    case 'siteRules:add':
      // Shape only: the store validates the block (siteRules/validate.ts) and answers 'invalid'.
      return RULE_ACTIONS.has(String(field(value, 'action'))) && typeof field(value, 'block') === 'object' && field(value, 'block') !== null;
    case 'siteRules:delete': {
      const id = field(value, 'id');
      return typeof id === 'string' && id.length > 0 && id.length <= MAX_RULE_ID;
    }
    case 'i18n:catalogue':
      // Shape only: importing the language list would put the settings schema into the detection script.
      return /^[a-z]{2}(?:-[A-Z]{2})?$/.test(String(field(value, 'lang')));
    default:
      return false;
  }
}

/** A message to a content script from our own background: our id, and no tab behind it. */
export function isOwnBackground(sender: Runtime.MessageSender, ownId: string): boolean {
  return sender.id === ownId && sender.tab === undefined;
}

/**
 * A message to the extraction document from our own service worker alone: our id, from our
 * extension's origin, and neither a tab nor a frame behind it. Content scripts have a tab; our
 * extension pages (the options page, another extension document) are frames.
 */
export function isOwnServiceWorker(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && sender.tab === undefined && sender.frameId === undefined && (sender.url?.startsWith(ownOrigin) ?? false);
}

/**
 * Every snapshot a page sends is of its own origin: its document, its shadow trees, its
 * same-origin frames (`about:srcdoc` ones carry the page's address). Other sites' frames are
 * out of the tab's reach, so a snapshot naming another origin is not one of ours.
 */
export function snapshotsOfPage(documents: readonly PageSnapshot[], senderUrl: string): boolean {
  const origin = (href: string): string | null => {
    try {
      return new URL(href).origin;
    } catch {
      return null;
    }
  };
  const page = origin(senderUrl);
  return page !== null && documents.every((snapshot) => origin(snapshot.url) === page);
}

/**
 * A message from our content script in a tab's top frame: only that can speak for a page.
 * Extension pages have no tab, other extensions another id, and subframes are other sites' documents.
 */
export function isOwnTopFrame(sender: Runtime.MessageSender, ownId: string): sender is Runtime.MessageSender & { tab: { id: number }; url: string } {
  return sender.id === ownId && sender.tab?.id !== undefined && sender.tab.id >= 0 && sender.frameId === 0 && typeof sender.url === 'string';
}
