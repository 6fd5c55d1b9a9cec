import browser from 'webextension-polyfill';
import { matchPatternsFor } from '../settings/domains';

/** Whether the extension may read a listed site (the user can withhold or withdraw it at any time). */
export async function hasSiteAccess(domain: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: matchPatternsFor(domain) });
  } catch {
    return false;
  }
}
