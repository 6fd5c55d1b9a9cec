import { extractArticle, isArticlePage, type ExtractedArticle } from '../extract';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import { mountReader, type MountedReader } from '../reader/mount';
import type { ReaderStatus } from '../shared/messages';

// Readability returns *something* for any page; a few lines from a web app's UI are not an
// article to read, unless the page itself says it is one.
const MIN_UNMARKED_ARTICLE_CHARS = 400;

function readableArticle(doc: Document, url: string): ExtractedArticle | null {
  const article = extractArticle(doc, { url });
  if (!article) return null;
  if (article.textContent.length >= MIN_UNMARKED_ARTICLE_CHARS || isArticlePage(doc, url)) return article;
  return null;
}

export interface ReaderController {
  open(): Promise<ReaderStatus>;
  close(): ReaderStatus;
  toggle(): Promise<ReaderStatus>;
  status(): ReaderStatus;
}

type Store = Pick<SettingsStore, 'load' | 'save' | 'subscribe'>;

/** Owns the one reader of this page: extraction on open, a clean page on close. */
export function createReaderController(doc: Document, store: Store, browserLanguages: readonly string[]): ReaderController {
  let mounted: MountedReader | null = null;
  let found = false;
  let opening: Promise<ReaderStatus> | null = null;

  const status = (): ReaderStatus => ({ open: mounted !== null, found: mounted !== null && found });

  const close = (): ReaderStatus => {
    mounted?.unmount();
    mounted = null;
    found = false;
    return status();
  };

  const open = async (): Promise<ReaderStatus> => {
    if (mounted) return status();
    // Two quick clicks must not mount two readers.
    opening ??= (async () => {
      const settings: Settings = await store.load();
      const article = readableArticle(doc, doc.location?.href ?? doc.URL);
      found = article !== null;
      mounted = mountReader(doc, { article, initialSettings: settings, store, browserLanguages }, close);
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
    toggle: () => (mounted ? Promise.resolve(close()) : open()),
  };
}
