// Site access wired to the extension API, as browserStore.ts is for settings; the rules live
// in siteAccess.ts, unit-tested against a fake of the permissions API.
import browser from 'webextension-polyfill';
import { settingsStore } from './browserStore';
import { createSiteAccess } from './siteAccess';

export const siteAccess = createSiteAccess({ permissions: browser.permissions, store: settingsStore });
