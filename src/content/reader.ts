import browser, { type Runtime } from 'webextension-polyfill';
import { settingsStore } from '../settings/browserStore';
import { isOwnSender, isRequest, type AnyRequest, type ReaderStatus } from '../shared/messages';
import { createReaderController, type ReaderController } from './controller';
import { watchPageChanges } from './pageChanges';

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
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnSender(sender, browser.runtime.id) || !isRequest(message)) return undefined;
    return handle(controller, message);
  });
  // A single-page app that moves on takes its story with it.
  watchPageChanges(window, () => controller.navigated());
}
