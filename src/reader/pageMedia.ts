// Players hide in places a plain querySelectorAll does not see: custom elements' open shadow
// roots and same-origin iframes. Other sites' iframes (most video embeds) are out of a content
// script's reach; the page being inert at least keeps them from taking focus.

/** The document and every open shadow root and same-origin frame document inside it, but `skip`'s. */
export function mediaRoots(doc: Document, skip: Node): (Document | ShadowRoot)[] {
  const roots: (Document | ShadowRoot)[] = [];
  const visit = (root: Document | ShadowRoot): void => {
    roots.push(root);
    // nodeType, not instanceof: a frame's document belongs to another realm.
    const owner = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root as ShadowRoot).ownerDocument;
    const walker = owner.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) => (node === skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node as Element;
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.localName === 'iframe' || el.localName === 'frame') {
        let inner: Document | null = null;
        try {
          inner = (el as HTMLIFrameElement).contentDocument;
        } catch {
          inner = null; // another origin's frame
        }
        if (inner?.documentElement) visit(inner);
      }
    }
  };
  visit(doc);
  return roots;
}

/** Pauses whatever plays under these roots, and anything that starts while the lock holds; returns the release. */
export function holdMediaPaused(roots: readonly (Document | ShadowRoot)[], spare: Node): () => void {
  for (const root of roots) {
    for (const media of root.querySelectorAll<HTMLMediaElement>('video, audio')) {
      if (!media.paused && !spare.contains(media)) media.pause();
    }
  }
  // `play` neither bubbles nor leaves a shadow root, so each root listens in the capture phase.
  const onPlay = (event: Event): void => {
    const media = event.target as HTMLMediaElement | null;
    if (media && typeof media.pause === 'function' && !event.composedPath().includes(spare)) media.pause();
  };
  for (const root of roots) root.addEventListener('play', onPlay, true);
  return () => {
    // Not resumed on release: sound that starts by itself when the reader closes surprises people.
    for (const root of roots) root.removeEventListener('play', onPlay, true);
  };
}
