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
 * navigates. Returns a function that stops watching.
 */
export function watchPageChanges(win: Window, onChange: (change: PageChange) => void): () => void {
  const doc = win.document;
  let lastKey = pageKey(win.location.href);
  let lastMutationAt = -Infinity;
  let pending: ReturnType<typeof setTimeout> | null = null;

  // Deferred to a task of its own: the page's router runs on after pushState returns, and
  // mutation records from the same task arrive in a microtask before this runs.
  const notice = (): void => {
    if (pending !== null) return;
    pending = setTimeout(() => {
      pending = null;
      const key = pageKey(win.location.href);
      if (key === lastKey) return;
      lastKey = key;
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
  const observer = new MutationObserver(() => {
    lastMutationAt = performance.now();
    if (win.location.href === lastHref) return;
    lastHref = win.location.href;
    if (pageKey(lastHref) !== lastKey) notice();
  });
  observer.observe(doc, { childList: true, subtree: true });

  const navigation = (win as unknown as { navigation?: NavigationLike }).navigation;
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
