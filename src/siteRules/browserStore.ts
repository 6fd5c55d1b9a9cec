// The one site-rules file that touches the extension API; what it wires together is pure and
// unit-tested (store.ts). The background reads a tab's rules with it and adds and removes the
// reader's (for the sender's site); the options page adds and removes them.
import browser from 'webextension-polyfill';
import { createSiteRulesStore } from './store';

export const siteRulesStore = createSiteRulesStore({
  sync: browser.storage.sync,
  local: browser.storage.local,
  onChanged: (listener) => {
    browser.storage.onChanged.addListener((changes, areaName) => listener(changes, areaName));
  },
});
