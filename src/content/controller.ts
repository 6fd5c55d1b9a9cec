import type { ExtractedArticle } from '../extract';
import { formatterFor, loadCatalogue, resolveUiLanguage, type Catalogue, type CatalogueLoader } from '../i18n';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import { mountReader, prepareReader, type MountedReader } from '../reader/mount';
import type { Extraction, OpenSource, PageNotice, ReaderStatus } from '../shared/messages';
import type { ReaderActions, SiteRulesPort } from '../reader/actions';
import { articleAddress } from '../highlights/articleKey';
import type { ArticleInfo, HighlightsPort } from '../highlights/types';
import { documentKind, type DocumentKind } from './documentKind';
import { pageKey } from './pageChanges';
import { plainTextArticle } from './plainText';
import { readPage, type ExtractSnapshots } from './pageExtraction';
import { clearOpenMarks, mark, markAfterNextPaint, MARKS } from './marks';
import { delay } from '../shared/yielding';

/**
 * An extraction that has not answered by then shows the reader at once, saying it is reading
 * the page: a click is answered within a frame or so, however big the page.
 */
const PROGRESS_AFTER_MS = 150;


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

/** The port to an article's highlights (highlights/browserHighlights.ts in the extension). */
export type HighlightsFor = (info: ArticleInfo) => HighlightsPort;

/** The article as its highlights are kept: under the page's canonical address, listed by its title and site. */
function articleInfoOf(doc: Document, article: ExtractedArticle): ArticleInfo | null {
  const url = articleAddress(doc);
  if (url === null) return null;
  return { url, title: article.title, site: article.siteName ?? new URL(url).hostname };
}

/**
 * Owns the one reader of this page: a snapshot for the extension to extract from on open, a
 * clean page on close. `extract` is the extension's side of the extraction; `actions` are
 * the overlay's requests to the background (none where no background listens); `loadMessages`
 * fetches the interface language's catalogue with English (the reader carries none: without
 * them it stays closed, as it would without the extension's extraction); `highlightsFor`
 * gives the reader its article's highlights (none: the reader offers no highlighting).
 */
export function createReaderController(
  doc: Document,
  store: Store,
  browserLanguages: readonly string[],
  extract: ExtractSnapshots,
  actions?: ReaderActions,
  loadMessages: CatalogueLoader = () => Promise.resolve(null),
  highlightsFor?: HighlightsFor,
  /** the port to a site's block rules (issue #24; none: a block is removed from the view only) */
  siteRulesFor?: (site: string) => SiteRulesPort,
): ReaderController {
  let mounted: MountedReader | null = null;
  let found = false;
  let opening: Promise<ReaderStatus> | null = null;
  // Each close moves it on: an open still reading the page then knows its answer is unwanted.
  let shown = 0;
  // The page the reader closed the reader on. A reload starts a new script, so it forgets.
  let dismissedKey: string | null = null;
  let destroyed = false;

  const currentKey = (): string => pageKey(doc.location?.href ?? doc.URL);
  const status = (): ReaderStatus => ({ open: mounted !== null, found: mounted !== null && found });

  const unmount = (): ReaderStatus => {
    mounted?.unmount();
    mounted = null;
    found = false;
    shown++;
    // A later open reads the page afresh instead of waiting on the one just dropped.
    opening = null;
    return status();
  };

  /** The article, and where the page is text, read in the tab: it is cheap and needs no parser. */
  const read = async (kind: DocumentKind, url: string): Promise<Extraction> => {
    if (kind === 'text') {
      const article = plainTextArticle(doc, url);
      return { article, nextPage: null, readable: article !== null };
    }
    try {
      return await readPage(doc, url, extract);
    } catch {
      // The extension could not answer (it is being updated, its document failed): the
      // reader says what it can, rather than reading forever.
      return { article: null, nextPage: null, readable: false };
    }
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
    if (opening) return opening;
    const attempt = shown;
    const current: Promise<ReaderStatus> = (async () => {
      clearOpenMarks();
      mark(MARKS.start);
      const key = currentKey();
      const url = doc.location?.href ?? doc.URL;
      // The page is read first: nothing in the extraction waits on the settings.
      const reading = read(kind, url);
      const settings: Settings = await store.load();
      const uiLanguage = resolveUiLanguage(settings.uiLanguage, browserLanguages);
      // Asked for while the page is read, so it arrives meanwhile.
      const catalogue = loadCatalogue(uiLanguage, loadMessages);
      // The main thread waits on the extension now: the reader's fixed costs are paid here, not after the answer.
      prepareReader();
      formatterFor(uiLanguage);
      const unwanted = (): boolean => attempt !== shown || key !== currentKey() || destroyed;
      const highlights = (article: ExtractedArticle | null): HighlightsPort | undefined => {
        const info = article !== null && highlightsFor !== undefined ? articleInfoOf(doc, article) : null;
        return info === null ? undefined : highlightsFor?.(info);
      };
      const props = (article: ExtractedArticle | null, nextPage: string | null, shownCatalogue: Catalogue, site?: string) => ({
        article,
        siteRules: article !== null && site !== undefined ? siteRulesFor?.(site) : undefined,
        highlights: highlights(article),
        nextPage,
        initialSettings: settings,
        store,
        browserLanguages,
        catalogue: shownCatalogue,
        loadMessages,
        actions,
        onContentComplete: () => markAfterNextPaint(MARKS.complete),
      });
      // Nobody watches an automatic open: it shows nothing until there is a story to show.
      if (source !== 'auto') {
        const answeredFirst = await Promise.race([reading.then(() => true), delay(PROGRESS_AFTER_MS).then(() => false)]);
        if (!answeredFirst) {
          const shownCatalogue = await catalogue;
          if (unwanted()) return status();
          if (shownCatalogue !== null) mounted = mountReader(doc, { ...props(null, null, shownCatalogue), pending: true }, close);
        }
      }
      const { article, nextPage, site } = await reading;
      mark(MARKS.extracted);
      const shownCatalogue = await catalogue;
      // Closed while the page was read (Esc, ✕, a second click), the SPA moved on, or the extension went away.
      if (unwanted()) return status();
      // Nobody asked for this one: an empty reader would only flash up and need closing.
      if (source === 'auto' && article === null) return status();
      // No words to show it in: the background that could not send them could not have read the
      // page either (an extension reloaded under the tab). The next open asks again.
      if (shownCatalogue === null) return status();
      found = article !== null;
      // A story split over pages keeps its way on: the pager is cleaned away with the clutter.
      const shownProps = props(article, article !== null && kind === 'html' ? nextPage : null, shownCatalogue, site);
      if (mounted) mounted.show(shownProps);
      else mounted = mountReader(doc, shownProps, close);
      mark(MARKS.rendered);
      markAfterNextPaint(MARKS.painted);
      // With an article, the reader marks it once its last part is in.
      if (article === null) markAfterNextPaint(MARKS.complete);
      return status();
    })().finally(() => {
      if (opening === current) opening = null;
    });
    opening = current;
    return current;
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
