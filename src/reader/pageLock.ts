import { holdMediaPaused } from './pageMedia';

// While the reader is open the page behind it must not scroll, play or speak to assistive
// technology (the modal dialog makes it inert); on close it must be exactly as it was, scroll
// position included.

interface SavedStyle {
  value: string;
  priority: string;
}

function saveStyle(el: HTMLElement, prop: string): SavedStyle {
  return { value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) };
}

function restoreStyle(el: HTMLElement, prop: string, saved: SavedStyle): void {
  if (saved.value) el.style.setProperty(prop, saved.value, saved.priority);
  else el.style.removeProperty(prop);
}

/**
 * What the page's CSS on <html> could still do to a top-layer reader: Firefox paints the top
 * layer under the root's `filter` (a page's `html { filter: blur() invert() }` blurs the reader
 * there, not in Chromium), and a hidden or skipped root takes every descendant with it.
 * Inline !important outranks any rule of the page's, in any cascade layer.
 */
function rootOverrides(win: Window, root: HTMLElement): Record<string, string> {
  const overrides: Record<string, string> = { overflow: 'hidden', filter: 'none', 'content-visibility': 'visible' };
  // Only when hidden: another display would relayout the page behind the reader.
  if (win.getComputedStyle(root).display === 'none') overrides.display = 'block';
  return overrides;
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
  const saved = new Map<string, SavedStyle>();
  for (const [prop, value] of Object.entries(rootOverrides(win, root))) {
    saved.set(prop, saveStyle(root, prop));
    root.style.setProperty(prop, value, 'important');
  }

  // Sticky players often start (or restart) after load: they are kept quiet while we are open.
  const releaseMedia = holdMediaPaused(doc, host);

  return () => {
    releaseMedia();
    for (const [prop, value] of saved) restoreStyle(root, prop, value);
    // An emptied style="" is still a change to the page; remove what we alone added.
    if (!hadStyleAttribute && root.style.length === 0) root.removeAttribute('style');
    win.scrollTo(scrollX, scrollY);
  };
}
