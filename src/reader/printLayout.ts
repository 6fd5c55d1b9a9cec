// Printing while the reader is open prints the article alone. The reader's host is a fixed
// full-window box (its inline !important styles outrank any site CSS), and its dialog sits in
// the top layer, which is always fixed or absolute: either prints as one clipped page over the
// page's own content. For as long as the document is printed the dialog is shown non-modal. For as long as the document is printed, the
// page's elements are taken out of the layout and the host flows like a document, through
// inline styles, which no page CSP blocks and no site rule outranks; afterwards all is restored.

interface Saved {
  el: HTMLElement;
  props: Map<string, { value: string; priority: string }>;
  hadStyle: boolean;
}

const HOST_PRINT: Record<string, string> = {
  position: 'static',
  inset: 'auto',
  contain: 'none',
  height: 'auto',
  overflow: 'visible',
};

function apply(el: HTMLElement, props: Record<string, string>, saved: Saved[]): void {
  const entry: Saved = { el, props: new Map(), hadStyle: el.hasAttribute('style') };
  for (const [prop, value] of Object.entries(props)) {
    entry.props.set(prop, { value: el.style.getPropertyValue(prop), priority: el.style.getPropertyPriority(prop) });
    el.style.setProperty(prop, value, 'important');
  }
  saved.push(entry);
}

function restore(saved: Saved[]): void {
  for (const { el, props, hadStyle } of saved.reverse()) {
    for (const [prop, { value, priority }] of props) {
      if (value) el.style.setProperty(prop, value, priority);
      else el.style.removeProperty(prop);
    }
    if (!hadStyle && el.style.length === 0) el.removeAttribute('style');
  }
  saved.length = 0;
}

/** Leaves the top layer and comes back to it; focus stays where it was. */
function setModal(dialog: HTMLDialogElement, modal: boolean): void {
  const root = dialog.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement;
  dialog.close();
  if (modal) dialog.showModal();
  else dialog.show();
  if (focused instanceof HTMLElement && focused !== root.activeElement) focused.focus({ preventScroll: true });
}

/** Keeps `host` (a child of <html>) the only thing printed; returns the function that stops. */
export function printOnlyReader(doc: Document, host: HTMLElement, dialog: HTMLDialogElement): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  const saved: Saved[] = [];

  const enter = (): void => {
    if (saved.length > 0) return;
    const root = doc.documentElement;
    apply(root, { overflow: 'visible', height: 'auto' }, saved);
    for (const child of Array.from(root.children)) {
      if (child !== host && child instanceof win.HTMLElement && child.tagName !== 'HEAD') apply(child, { display: 'none' }, saved);
    }
    apply(host, HOST_PRINT, saved);
    setModal(dialog, false);
  };
  const leave = (): void => {
    if (saved.length === 0) return;
    restore(saved);
    if (dialog.isConnected) setModal(dialog, true);
  };

  // beforeprint/afterprint bracket a real print; the media query also follows print emulation
  // (DevTools, tests), which fires no print events.
  const query = win.matchMedia?.('print') ?? null;
  const onQuery = (event: MediaQueryListEvent): void => (event.matches ? enter() : leave());
  win.addEventListener('beforeprint', enter);
  win.addEventListener('afterprint', leave);
  query?.addEventListener('change', onQuery);
  if (query?.matches) enter();

  return () => {
    win.removeEventListener('beforeprint', enter);
    win.removeEventListener('afterprint', leave);
    query?.removeEventListener('change', onQuery);
    leave();
  };
}
