import browser from 'webextension-polyfill';
import { normaliseAddress, sameSite } from '../highlights/articleKey';
import type { HighlightWriteResult } from '../highlights/types';
import { readArticleInfo, readChange } from '../highlights/validate';
import { createHighlightWriter, extensionLocks, type HighlightWriter } from '../highlights/writer';
import { siteDomain } from '../settings/publicSuffix';
import type { ToBackgroundRequest } from '../shared/messages';

function hostOf(href: string): string | null {
  try {
    return new URL(href).hostname;
  } catch {
    return null;
  }
}

/**
 * Whether a page may write the highlights of `address`: its own address, or its canonical one
 * on its own site (what articleKey.ts believes, and the same registrable domain by the Public
 * Suffix List). So a page cannot write, nor fill up, another site's highlights.
 */
export function articleOfPage(address: string, senderUrl: string): boolean {
  if (normaliseAddress(senderUrl) === address) return true;
  if (!sameSite(senderUrl, address)) return false;
  const page = hostOf(senderUrl);
  const article = hostOf(address);
  if (page === null || article === null) return false;
  // An address without a registrable domain (localhost, an intranet name, an IP) is its own site.
  if (page === article) return true;
  const site = siteDomain(page);
  return site !== null && site === siteDomain(article);
}

let writer: HighlightWriter | undefined;

/** storage.local's one writer in this background, made on first use (a woken worker makes it anew). */
function highlightWriter(): HighlightWriter {
  writer ??= createHighlightWriter(browser.storage.local, extensionLocks());
  return writer;
}

/** A tab's change to its article's highlights; anything but a valid change for the sender's own site is refused. */
export function changeHighlights(senderUrl: string, message: ToBackgroundRequest<'highlights:change'>, target: HighlightWriter = highlightWriter()): Promise<HighlightWriteResult> {
  // Read again rather than trust the guard's view: what is stored is the clean copy, without extra fields.
  const change = readChange(message.change);
  const info = readArticleInfo(message.info);
  if (change === null || info === null || !articleOfPage(info.url, senderUrl)) return Promise.resolve({ ok: false, error: 'invalid' });
  return target.change(info, change);
}
