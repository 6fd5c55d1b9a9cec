import { extractArticle } from '../extract';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import { mountReader, type MountedReader } from '../reader/mount';
import type { OpenSource, ReaderStatus } from '../shared/messages';
import { pageKey } from './pageChanges';

export interface ReaderController {
  open(source?: OpenSource): Promise<ReaderStatus>;
  /** The reader closed it: automatic opening leaves this page alone until the next navigation. */
  close(): ReaderStatus;
  toggle(source?: OpenSource): Promise<ReaderStatus>;
  status(): ReaderStatus;
  /** The page navigated in place (SPA): the open reader shows a page that is gone. */
  navigated(): ReaderStatus;
}

type Store = Pick<SettingsStore, 'load' | 'save' | 'subscribe'>;

/** Owns the one reader of this page: extraction on open, a clean page on close. */
export function createReaderController(doc: Document, store: Store, browserLanguages: readonly string[]): ReaderController {
  let mounted: MountedReader | null = null;
  let found = false;
  let opening: Promise<ReaderStatus> | null = null;
  // The page the reader closed the reader on. A reload starts a new script, so it forgets.
  let dismissedKey: string | null = null;

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
    if (mounted) return status();
    if (source === 'auto' && dismissedKey === currentKey()) return status();
    // Two quick clicks must not mount two readers.
    opening ??= (async () => {
      const key = currentKey();
      const settings: Settings = await store.load();
      const article = extractArticle(doc, { url: doc.location?.href ?? doc.URL });
      // Nobody asked for this one: an empty reader would only flash up and need closing.
      if (source === 'auto' && article === null) return status();
      // The SPA moved on while the story was being read.
      if (key !== currentKey()) return status();
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
    toggle: (source) => (mounted ? Promise.resolve(close()) : open(source)),
    navigated: () => {
      dismissedKey = null;
      return unmount();
    },
  };
}
