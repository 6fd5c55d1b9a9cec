import browser, { type Runtime } from 'webextension-polyfill';
import { settingsStore } from '../settings/browserStore';
import { isOwnBackground, isToContentRequest, type AnyToContentRequest, type PageSnapshot, type ReaderStatus } from '../shared/messages';
import { runtime, sendToBackground } from '../shared/toBackground';
import type { ReaderActions } from '../reader/actions';
import { createReaderController, type ReaderController } from './controller';
import { watchExtensionContext } from './extensionContext';
import { watchPageChanges } from './pageChanges';
import { mark, MARKS } from './marks';
import { removeOrphanedReaders } from '../reader/orphans';
import { browserHighlightsPort } from '../highlights/browserHighlights';
import { siteRulesStore } from '../siteRules/browserStore';

mark(MARKS.injected);

// Injected on demand by the background (toolbar, shortcut, menu, auto-open). The global flag
// lets the background see that it is already here, so a second click reuses this instance.
declare global {
  var __lucidReader: ReaderController | undefined;
}

function handle(controller: ReaderController, message: AnyToContentRequest): Promise<ReaderStatus> {
  switch (message.type) {
    case 'reader:toggle':
      return controller.toggle(message.source);
    case 'reader:open':
      return controller.open(message.source);
  }
}

/** What the overlay asks of the background; the background reads the page's address from the sender. */
const actions: ReaderActions = {
  chooseSite: (choice) => sendToBackground({ type: 'sites:choose', choice }),
  openNextPage: (url) => sendToBackground({ type: 'reader:next-page', url }),
  loadConverters: () => sendToBackground({ type: 'export:converters' }),
};

if (!globalThis.__lucidReader) {
  // Extraction runs in the extension (background/extraction.ts): the tab only sends its snapshot.
  const extract = (documents: PageSnapshot[]) => sendToBackground({ type: 'page:extract', documents });
  const controller = createReaderController(
    document,
    settingsStore,
    navigator.languages,
    extract,
    actions,
    (lang) => sendToBackground({ type: 'i18n:catalogue', lang }),
    // Written through the background, read from storage.local: see highlights/browserHighlights.ts.
    (info) => browserHighlightsPort(info),
    // The site is the one the background extracted for (Extraction.site), never the page's say.
    (site) => ({ site, add: (action, block) => siteRulesStore.add(site, action, block), delete: (id) => siteRulesStore.remove(site, id) }),
  );
  globalThis.__lucidReader = controller;
  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<ReaderStatus> | undefined => {
    if (!isOwnBackground(sender, browser.runtime.id) || !isToContentRequest(message)) return undefined;
    return handle(controller, message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  // A single-page app that moves on takes its story with it.
  const stopPageWatch = watchPageChanges(window, () => controller.navigated());
  // An update or reload of the extension orphans this script: it takes its reader and its
  // listeners away, so the new version's reader is the only one.
  watchExtensionContext({
    win: window,
    // The raw runtime, not the polyfill's wrapper: only the browser's own object shows it was cut off.
    runtime,
    onGone: () => {
      controller.destroy();
      stopPageWatch();
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The API went with the extension.
      }
      if (globalThis.__lucidReader === controller) globalThis.__lucidReader = undefined;
    },
  });
  // An older copy that could not clean up after itself (Firefox destroys it outright) left its reader.
  removeOrphanedReaders(document);
}
