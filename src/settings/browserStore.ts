// The one settings file that touches the extension API; everything it wires
// together is pure and unit-tested (store.ts).
import browser from 'webextension-polyfill';
import { createSettingsStore } from './store';

export const settingsStore = createSettingsStore({
  sync: browser.storage.sync,
  local: browser.storage.local,
  onChanged: (listener) => {
    browser.storage.onChanged.addListener((changes, areaName) => listener(changes, areaName));
  },
});
