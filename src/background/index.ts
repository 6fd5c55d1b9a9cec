import browser from 'webextension-polyfill';
import { toggleReader } from './toggle';
import { clearUnavailable } from './unavailable';

browser.action.onClicked.addListener((tab) => {
  void toggleReader(tab.id, 'action');
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-reader') return;
  void (async () => {
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    await toggleReader(target?.id, 'command');
  })();
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void clearUnavailable(tabId);
});
