import { elementsInSlices } from '../shared/yielding';

// Players hide in places a plain querySelectorAll does not see: custom elements' open shadow
// roots and same-origin iframes. Other sites' iframes (most video embeds) are out of a content
// script's reach; the page being inert at least keeps them from taking focus.

type MediaRoot = Document | ShadowRoot;

/** Every open shadow root and same-origin frame document under `root` (recursively), `skip`'s left out, found in slices. */
export async function* innerMediaRoots(root: MediaRoot, skip: Node): AsyncGenerator<MediaRoot> {
  for await (const el of elementsInSlices(root, skip)) {
    if (el.shadowRoot) {
      yield el.shadowRoot;
      yield* innerMediaRoots(el.shadowRoot, skip);
    }
    if (el.localName === 'iframe' || el.localName === 'frame') {
      let inner: Document | null = null;
      try {
        inner = (el as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null; // another origin's frame
      }
      if (inner?.documentElement) {
        yield inner;
        yield* innerMediaRoots(inner, skip);
      }
    }
  }
}

/**
 * Pauses whatever plays in the document and anything that starts while the lock holds; returns
 * the release. The document's own players are paused at once; those in shadow roots and frames
 * as the walk that finds them reaches them, a few tasks later on a big page (a walk of every
 * element in one go blocked a 100 000-node page for a second).
 */
export function holdMediaPaused(doc: Document, spare: Node): () => void {
  // `play` neither bubbles nor leaves a shadow root, so each root listens in the capture phase.
  const onPlay = (event: Event): void => {
    const media = event.target as HTMLMediaElement | null;
    if (media && typeof media.pause === 'function' && !event.composedPath().includes(spare)) media.pause();
  };
  const held: MediaRoot[] = [];
  let released = false;
  const hold = (root: MediaRoot): void => {
    for (const media of root.querySelectorAll<HTMLMediaElement>('video, audio')) {
      if (!media.paused && !spare.contains(media)) media.pause();
    }
    root.addEventListener('play', onPlay, true);
    held.push(root);
  };
  hold(doc);
  void (async () => {
    for await (const root of innerMediaRoots(doc, spare)) {
      if (released) return;
      hold(root);
    }
  })();
  return () => {
    released = true;
    // Not resumed on release: sound that starts by itself when the reader closes surprises people.
    for (const root of held) root.removeEventListener('play', onPlay, true);
  };
}
