import { holdMediaPaused, mediaRoots } from './pageMedia';

// While the reader is open the page behind it must not scroll, play or speak to
// assistive technology; on close it must be exactly as it was, scroll position included.

interface SavedElement {
  el: HTMLElement;
  inert: boolean;
}

interface SavedStyle {
  value: string;
  priority: string;
}

function saveStyle(el: HTMLElement, prop: string): SavedStyle {
  return { value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) };
}

function restoreStyle(el: HTMLElement, prop: string, saved: SavedStyle, hadStyleAttribute: boolean): void {
  if (saved.value) el.style.setProperty(prop, saved.value, saved.priority);
  else el.style.removeProperty(prop);
  // An emptied style="" is still a change to the page; remove what we alone added.
  if (!hadStyleAttribute && el.style.length === 0) el.removeAttribute('style');
}

/** Locks the page around `host` (a child of <html>) and returns the function that undoes it. */
export function lockPage(doc: Document, host: Element): () => void {
  const win = doc.defaultView ?? window;
  const root = doc.documentElement;
  const scrollX = win.scrollX;
  const scrollY = win.scrollY;

  // Only the html element's overflow: the body's is the site's own business and often
  // already set; touching both would make some sites jump on restore.
  const hadStyleAttribute = root.hasAttribute('style');
  const overflow = saveStyle(root, 'overflow');
  root.style.setProperty('overflow', 'hidden', 'important');

  // `inert` takes the page out of the focus order and the accessibility tree at once.
  const inerted: SavedElement[] = [];
  for (const child of Array.from(root.children)) {
    if (child === host || !(child instanceof win.HTMLElement) || child.tagName === 'HEAD') continue;
    inerted.push({ el: child, inert: child.inert });
    child.inert = true;
  }

  // Sticky players often start (or restart) after load: they are kept quiet while we are open.
  const releaseMedia = holdMediaPaused(mediaRoots(doc, host), host);

  return () => {
    releaseMedia();
    for (const { el, inert } of inerted) el.inert = inert;
    restoreStyle(root, 'overflow', overflow, hadStyleAttribute);
    win.scrollTo(scrollX, scrollY);
  };
}
