/**
 * Noticing single-page-app navigations from a content script. Content scripts live in an
 * isolated world and never see the page's own `history.pushState` calls, but the events
 * those calls cause are dispatched to every world.
 */

/** The part of an address that names a page: a new #fragment is the same page, a new path or query another. */
export function pageKey(href: string): string {
  try {
    const url = new URL(href);
    return `${url.origin}${url.pathname}${url.search}`;
  } catch {
    return href;
  }
}

/** True when two page keys differ at most in their query string (same origin and path). */
function onlyQueryDiffers(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin && x.pathname === y.pathname;
  } catch {
    return false;
  }
}

/**
 * The address the page says it is (`link[rel=canonical]`, else `og:url`), resolved against the
 * document's address; null when it says nothing usable.
 */
function canonicalIdentity(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content'),
  ];
  for (const raw of candidates) {
    if (raw === null || raw === undefined || raw.trim() === '') continue;
    try {
      return new URL(raw.trim(), doc.baseURI).href;
    } catch {
      // Not an address: try the next source.
    }
  }
  return null;
}

export interface PageChange {
  key: string;
  /** The DOM changed just before the change was handled: the new view is (at least partly) there. */
  domChangedRecently: boolean;
}

/** The slice of the Navigation API used here (not in TypeScript's DOM typings yet). */
interface NavigationLike extends EventTarget {
  readonly currentEntry: { readonly url: string | null } | null;
}

interface EntryChangeEvent extends Event {
  readonly navigationType?: string | null;
}

const RECENT_MUTATION_MS = 500;

/**
 * Calls `onChange` once per change of page key. Chromium's Navigation API reports pushState,
 * replaceState and back/forward; where it is missing (Firefox), popstate covers back/forward and
 * a DOM-mutation check of the address covers pushState, since an SPA re-renders when it
 * navigates. That check cannot tell pushState from replaceState, so there a change of query
 * alone counts only when the page's canonical address changed with it. Returns a function that
 * stops watching.
 */
export function watchPageChanges(win: Window, onChange: (change: PageChange) => void): () => void {
  const doc = win.document;
  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
  let lastKey = pageKey(win.location.href);
  // The canonical address of the page at lastKey, kept current by head mutations (see below).
  let lastIdentity = navigation === undefined ? canonicalIdentity(doc) : null;
  let lastMutationAt = -Infinity;
  let pending: ReturnType<typeof setTimeout> | null = null;

  /**
   * Without the Navigation API a replaceState (dropping ?utm_source=…, a live blog rewriting
   * ?post= as you scroll) looks like any other address change. If only the query changed and
   * the page still names the same canonical address, it is the same page: closing the reader,
   * or re-opening one the reader dismissed, would be wrong. Without a canonical address there
   * is no telling, so it counts, as before.
   */
  const samePageRewritten = (key: string): boolean => {
    if (navigation !== undefined || !onlyQueryDiffers(lastKey, key)) return false;
    const identity = canonicalIdentity(doc);
    return identity !== null && identity === lastIdentity;
  };

  // Deferred to a task of its own: the page's router runs on after pushState returns, and
  // mutation records from the same task arrive in a microtask before this runs.
  const notice = (): void => {
    if (pending !== null) return;
    pending = setTimeout(() => {
      pending = null;
      const key = pageKey(win.location.href);
      if (key === lastKey) return;
      const rewritten = samePageRewritten(key);
      lastKey = key;
      if (navigation === undefined) lastIdentity = canonicalIdentity(doc);
      if (rewritten) return;
      onChange({ key, domChangedRecently: performance.now() - lastMutationAt < RECENT_MUTATION_MS });
    }, 0);
  };

  const onEntryChange = (event: Event): void => {
    // Sites rewrite their own address in place (dropping tracking parameters, say): same page.
    if ((event as EntryChangeEvent).navigationType === 'replace') {
      lastKey = pageKey(win.location.href);
      return;
    }
    notice();
  };

  // Runs for every batch of DOM changes, so it compares the raw address before parsing it.
  let lastHref = win.location.href;
  const observer = new MutationObserver((records) => {
    lastMutationAt = performance.now();
    if (win.location.href === lastHref) {
      // Sites fill in or replace their <head> tags after the fact; while the address stands
      // still, what they say is the current page's identity. Only head changes are worth a look.
      // Not while a check is pending or due: these may already be the next page's tags.
      const headChanged = navigation === undefined && pending === null && records.some((r) => r.target === doc.head);
      if (headChanged && pageKey(lastHref) === lastKey) {
        lastIdentity = canonicalIdentity(doc);
      }
      return;
    }
    lastHref = win.location.href;
    if (pageKey(lastHref) !== lastKey) notice();
  });
  observer.observe(doc, { childList: true, subtree: true });

  navigation?.addEventListener('currententrychange', onEntryChange);
  navigation?.addEventListener('navigatesuccess', notice);
  win.addEventListener('popstate', notice);

  return () => {
    observer.disconnect();
    navigation?.removeEventListener('currententrychange', onEntryChange);
    navigation?.removeEventListener('navigatesuccess', notice);
    win.removeEventListener('popstate', notice);
    if (pending !== null) clearTimeout(pending);
  };
}
