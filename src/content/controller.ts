import { extractArticle, MIN_UNMARKED_CHARS, type ExtractedArticle } from '../extract';
import { loadCatalogue, resolveUiLanguage, type CatalogueLoader } from '../i18n';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import { mountReader, type MountedReader } from '../reader/mount';
import type { OpenSource, PageNotice, ReaderStatus } from '../shared/messages';
import type { ReaderActions } from '../reader/actions';
import { documentKind, type DocumentKind } from './documentKind';
import { embeddedDocuments } from './embeddedDocuments';
import { pageKey } from './pageChanges';
import { plainTextArticle } from './plainText';
import { findNextPage } from '../extract/pagination';
import { clearOpenMarks, mark, markAfterNextPaint, MARKS } from './marks';

/**
 * The page's article; where the page itself has none (or only a stub), the one in its open
 * shadow roots or same-origin frames.
 */
function readableArticle(doc: Document, url: string): ExtractedArticle | null {
  const direct = extractArticle(doc, { url });
  if (direct !== null && direct.textContent.length >= MIN_UNMARKED_CHARS) return direct;
  for (const candidate of embeddedDocuments(doc, url)) {
    const article = extractArticle(candidate.doc, { url: candidate.url });
    if (article !== null && article.textContent.length >= MIN_UNMARKED_CHARS) return article;
  }
  return direct;
}

/** Documents no reader can be shown on, and what the toolbar button says instead. */
const NOTICES: Partial<Record<DocumentKind, PageNotice>> = {
  other: 'actionTitleNoArticle',
  image: 'actionTitleImage',
  pdf: 'actionTitlePdf',
};

export interface ReaderController {
  open(source?: OpenSource): Promise<ReaderStatus>;
  /** The reader closed it: automatic opening leaves this page alone until the next navigation. */
  close(): ReaderStatus;
  toggle(source?: OpenSource): Promise<ReaderStatus>;
  status(): ReaderStatus;
  /** The page navigated in place (SPA): the open reader shows a page that is gone. */
  navigated(): ReaderStatus;
  /** The extension is gone: the reader goes, and this controller never opens one again. */
  destroy(): void;
}

type Store = Pick<SettingsStore, 'load' | 'save' | 'subscribe'>;

/**
 * Owns the one reader of this page: extraction on open, a clean page on close. `actions` are
 * the overlay's requests to the background (none where no background listens); `loadMessages`
 * fetches an interface language's catalogue (the reader carries English only).
 */
export function createReaderController(
  doc: Document,
  store: Store,
  browserLanguages: readonly string[],
  actions?: ReaderActions,
  loadMessages: CatalogueLoader = () => Promise.resolve(null),
): ReaderController {
  let mounted: MountedReader | null = null;
  let found = false;
  let opening: Promise<ReaderStatus> | null = null;
  // The page the reader closed the reader on. A reload starts a new script, so it forgets.
  let dismissedKey: string | null = null;
  let destroyed = false;

  const currentKey = (): string => pageKey(doc.location?.href ?? doc.URL);
  const status = (): ReaderStatus => ({ open: mounted !== null, found: mounted !== null && found });

  const unmount = (): ReaderStatus => {
    mounted?.unmount();
    mounted = null;
    found = false;
    return status();
  };

  const close = (): ReaderStatus => {
    if (mounted) dismissedKey = currentKey();
    return unmount();
  };

  const open = async (source: OpenSource = 'action'): Promise<ReaderStatus> => {
    if (mounted || destroyed) return status();
    if (source === 'auto' && dismissedKey === currentKey()) return status();
    const kind = documentKind(doc);
    const notice = NOTICES[kind];
    // An XML document cannot host the overlay at all; an image or a PDF is better left in view.
    if (notice !== undefined) return source === 'auto' ? status() : { ...status(), notice };
    // Two quick clicks must not mount two readers.
    opening ??= (async () => {
      clearOpenMarks();
      mark(MARKS.start);
      const key = currentKey();
      const settings: Settings = await store.load();
      // Asked for before the extraction, so it arrives while the page is read.
      const catalogue = loadCatalogue(resolveUiLanguage(settings.uiLanguage, browserLanguages), loadMessages);
      const url = doc.location?.href ?? doc.URL;
      const article = kind === 'text' ? plainTextArticle(doc, url) : readableArticle(doc, url);
      mark(MARKS.extracted);
      const shownCatalogue = await catalogue;
      // Nobody asked for this one: an empty reader would only flash up and need closing.
      if (source === 'auto' && article === null) return status();
      // The SPA moved on while the story was being read, or the extension went away.
      if (key !== currentKey() || destroyed) return status();
      found = article !== null;
      // A story split over pages keeps its way on: the pager is cleaned away with the clutter.
      const nextPage = article !== null && kind === 'html' ? findNextPage(doc, url) : null;
      mounted = mountReader(doc, { article, nextPage, initialSettings: settings, store, browserLanguages, catalogue: shownCatalogue, loadMessages, actions }, close);
      mark(MARKS.rendered);
      markAfterNextPaint(MARKS.painted);
      return status();
    })().finally(() => {
      opening = null;
    });
    return opening;
  };

  return {
    open,
    close,
    status,
    toggle: (source) => (mounted ? Promise.resolve(close()) : open(source)),
    navigated: () => {
      dismissedKey = null;
      return unmount();
    },
    destroy: () => {
      destroyed = true;
      unmount();
    },
  };
}
