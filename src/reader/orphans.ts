// Firefox does not let an extension's old content script clean up after an update or reload:
// it destroys the script's sandbox at once, so the old reader stays on the page with nothing
// behind it, and the next click would put a second one over it. The host is marked, with what
// <html>'s style attribute was before the reader locked the page, so that the next copy of the
// reader script can take such a reader away and give the page back.

import { HOST_MARK } from './host';

export function markHost(host: Element, doc: Document): void {
  host.setAttribute(HOST_MARK, JSON.stringify(doc.documentElement.getAttribute('style')));
}

function savedRootStyle(host: Element): string | null {
  try {
    const value: unknown = JSON.parse(host.getAttribute(HOST_MARK) ?? 'null');
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Removes readers an older copy of this script left behind; returns how many. Call before mounting one. */
export function removeOrphanedReaders(doc: Document): number {
  const root = doc.documentElement;
  if (!root) return 0;
  const orphans = Array.from(root.children).filter((el) => el.hasAttribute(HOST_MARK));
  // The first one locked the page from its original state.
  const first = orphans[0];
  if (!first) return 0;
  const style = savedRootStyle(first);
  for (const orphan of orphans) orphan.remove();
  if (style === null) root.removeAttribute('style');
  else root.setAttribute('style', style);
  return orphans.length;
}
