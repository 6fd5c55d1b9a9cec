import browser from 'webextension-polyfill';
import { settingsStore } from '../settings/browserStore';
import { hasSiteAccess } from '../shared/siteAccess';
import type { ReaderStatus, SiteChoice, SiteChoiceResult } from '../shared/messages';
import { siteChoiceChange } from '../settings/siteChoice';
import { autoOpensOn, webHost } from '../settings/sitePolicy';
import { openReader } from './toggle';

/**
 * The detection script found an article. It was registered for this site, but the settings may
 * have changed since, so they decide again here, against the address the browser reports.
 */
export async function onArticleFound(tabId: number, url: string): Promise<ReaderStatus | null> {
  if (!autoOpensOn(await settingsStore.load(), url)) return null;
  return openReader(tabId, 'auto');
}

/** The options page, with the site filled in: asking for host access needs a click on our own page. */
async function offerOnOptionsPage(domain: string): Promise<void> {
  const page = browser.runtime.getManifest().options_ui?.page ?? 'src/options/index.html';
  await browser.tabs.create({ url: `${browser.runtime.getURL(page)}#add=${encodeURIComponent(domain)}` });
}

/**
 * A site choice made in the overlay. Content scripts cannot ask for host access, and a message
 * carries no user gesture, so a site the extension cannot read yet goes to the options page.
 */
export async function chooseForSite(url: string, choice: SiteChoice): Promise<SiteChoiceResult> {
  const host = webHost(url);
  const change = host === null ? null : siteChoiceChange(await settingsStore.load(), host, choice);
  if (change === null) return { domain: null, done: false };
  if (change.needsAccess && !(await hasSiteAccess(change.domain))) {
    await offerOnOptionsPage(change.domain);
    return { domain: change.domain, done: false };
  }
  await settingsStore.save(change.patch);
  return { domain: change.domain, done: true };
}
