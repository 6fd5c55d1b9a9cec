import browser from 'webextension-polyfill';
import { settingsStore } from '../settings/browserStore';
import { listenToContentScripts } from './contentMessages';
import { createContextMenus, onContextMenuClicked } from './contextMenus';
import { acceptReaderPorts } from './readerPorts';
import { registrationKey, syncRegistration } from './registration';
import { toggleReader } from './toggle';
import { trace } from './clickTrace';

// Every listener is added synchronously at the top level: an event that wakes the service
// worker is only delivered to listeners that exist by the end of its first run.

browser.action.onClicked.addListener((tab) => {
  trace(tab.id ?? -1, 'clicked', { url: tab.url ?? null, status: tab.status ?? null });
  void toggleReader(tab.id, 'action');
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-reader') return;
  void (async () => {
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    trace(target?.id ?? -1, 'command', { url: target?.url ?? null, status: target?.status ?? null });
    await toggleReader(target?.id, 'command');
  })();
});

browser.contextMenus.onClicked.addListener(onContextMenuClicked);
listenToContentScripts();
acceptReaderPorts();

// Automatic opening: the detection script is registered for exactly the listed sites the
// extension may read, so it follows the settings, and the user granting or withdrawing access.
browser.runtime.onInstalled.addListener(() => {
  void createContextMenus();
  void syncRegistration();
});
browser.runtime.onStartup.addListener(() => void syncRegistration());
browser.permissions.onAdded.addListener(() => void syncRegistration());
browser.permissions.onRemoved.addListener(() => void syncRegistration());

let lastKey: string | null = null;
settingsStore.subscribe((settings) => {
  const key = registrationKey(settings);
  if (key === lastKey) return;
  lastKey = key;
  void syncRegistration();
});
