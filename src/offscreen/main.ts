import browser, { type Runtime } from 'webextension-polyfill';
import { isOwnServiceWorker, isToExtractorRequest, type Extraction } from '../shared/messages';
import { extractSnapshots } from './extractSnapshots';

/**
 * Chromium's offscreen document (reason DOM_PARSER): a DOM for the extraction that a service
 * worker lacks, in the extension's own process, so a page of any size costs its tab nothing but
 * the snapshot. It hears our service worker alone: content scripts' messages reach every
 * extension page too. (Offscreen documents get only part of `runtime`: no `getManifest`.)
 */
const ownOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<Extraction> | undefined => {
  if (!isOwnServiceWorker(sender, browser.runtime.id, ownOrigin) || !isToExtractorRequest(message)) return undefined;
  return Promise.resolve(extractSnapshots(message.documents, undefined, message.siteRules));
});
