// The one site-rules file that touches the extension API; what it wires together is pure and
// unit-tested (store.ts). The background reads a tab's rules with it; the reader's content
// script and the options page add and remove them.
import browser from 'webextension-polyfill';
import { createSiteRulesStore } from './store';

export const siteRulesStore = createSiteRulesStore({
  sync: browser.storage.sync,
  local: browser.storage.local,
  onChanged: (listener) => {
    browser.storage.onChanged.addListener((changes, areaName) => listener(changes, areaName));
  },
});
