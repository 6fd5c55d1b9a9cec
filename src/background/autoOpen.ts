import browser from 'webextension-polyfill';
import { settingsStore } from '../settings/browserStore';
import { siteAccess } from '../settings/browserSiteAccess';
import type { ChoiceAnswer, SiteChoice } from '../settings/siteAccess';
import type { ReaderStatus } from '../shared/messages';
import { autoOpensOn } from '../settings/sitePolicy';
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
export async function chooseForSite(url: string, choice: SiteChoice): Promise<ChoiceAnswer> {
  const answer = await siteAccess.choose(url, choice, false);
  if (answer.outcome === 'ask-on-options-page') await offerOnOptionsPage(answer.domain);
  return answer;
}
