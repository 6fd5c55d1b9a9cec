// The content script's side of highlights on the extension API; what it wires is pure (validate.ts, writer.ts).
import browser from 'webextension-polyfill';
import { sendToBackground } from '../shared/toBackground';
import { highlightsKey } from './articleKey';
import type { ArticleInfo, HighlightChange, HighlightsPort, HighlightWriteResult, LoadedHighlights } from './types';
import { LIMITS, readArticleItem } from './validate';

export type SendChange = (change: HighlightChange, info: ArticleInfo) => Promise<HighlightWriteResult>;

const toBackground: SendChange = (change, info) => sendToBackground({ type: 'highlights:change', change, info });

function loaded(raw: unknown, address: string): LoadedHighlights {
  const { item, invalid } = readArticleItem(raw, address);
  return { highlights: item?.highlights ?? [], invalid };
}

/** The article as the options page will list it: a page's very long title is cut, not refused. */
function fitted({ url, title, site }: ArticleInfo): ArticleInfo {
  return { url, title: title.slice(0, LIMITS.title), site: site.slice(0, LIMITS.site) };
}

/**
 * The reader's port to one article's highlights: read straight from storage.local (any context
 * of ours may), written through the background, which alone writes them so that no two tabs'
 * changes to one article interleave.
 */
export function browserHighlightsPort(article: ArticleInfo, send: SendChange = toBackground): HighlightsPort {
  const info = fitted(article);
  const key = highlightsKey(info.url);
  return {
    async load() {
      try {
        return loaded((await browser.storage.local.get(key))[key], info.url);
      } catch {
        return { highlights: [], invalid: 0 };
      }
    },
    async change(change) {
      try {
        return await send(change, info);
      } catch {
        // The background could not answer (the extension is being updated): nothing was stored.
        return { ok: false, error: 'failed' };
      }
    },
    subscribe(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
        const change = changes[key];
        if (area !== 'local' || change === undefined) return;
        listener(loaded(change.newValue, info.url));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
