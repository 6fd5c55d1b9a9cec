import browser, { type Runtime } from 'webextension-polyfill';
import { settingsStore } from '../settings/browserStore';
import { isOwnSender, isRequest, type AnyRequest, type ReaderStatus } from '../shared/messages';
import { createReaderController, type ReaderController } from './controller';
import { watchExtensionContext } from './extensionContext';
import { runtime } from './runtimeMessage';
import { watchPageChanges } from './pageChanges';
import { removeOrphanedReaders } from '../reader/orphans';

// Injected on demand by the background (toolbar, shortcut, menu, auto-open). The global flag
// lets the background see that it is already here, so a second click reuses this instance.
declare global {
  // eslint-disable-next-line no-var
  var __lucidReader: ReaderController | undefined;
}

function handle(controller: ReaderController, message: AnyRequest): Promise<ReaderStatus> {
  switch (message.type) {
    case 'reader:toggle':
      return controller.toggle(message.source);
    case 'reader:open':
      return controller.open(message.source);
    case 'reader:status':
      return Promise.resolve(controller.status());
  }
}

if (!globalThis.__lucidReader) {
  const controller = createReaderController(document, settingsStore, navigator.languages);
  globalThis.__lucidReader = controller;
  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<ReaderStatus> | undefined => {
    if (!isOwnSender(sender, browser.runtime.id) || !isRequest(message)) return undefined;
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
