// A modal reader keeps keyboard focus to itself: Tab and Shift+Tab wrap inside it.
const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

function visible(el: HTMLElement): boolean {
  return !el.closest('[hidden], [inert]') && el.getClientRects().length > 0;
}

function focusableIn(root: ShadowRoot | HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(visible);
}

/** Wraps focus inside `root`; returns the function that stops it. */
export function trapFocus(root: ShadowRoot, host: HTMLElement): () => void {
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const items = focusableIn(root);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = root.activeElement;
    if (event.shiftKey && (active === first || !active)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !active)) {
      event.preventDefault();
      first.focus();
    }
  };
  // Focus that escapes anyway (a click on the browser UI and back, a page script) is brought home.
  const onFocusIn = (event: FocusEvent): void => {
    if (event.target !== host) focusableIn(root)[0]?.focus();
  };
  // Coming back to the tab (another tab or window had focus) can leave focus on the inert
  // page's <body>, where keys would never reach the reader.
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  const onWindowFocus = (): void => {
    if (doc.activeElement !== host) focusableIn(root)[0]?.focus({ preventScroll: true });
  };
  root.addEventListener('keydown', onKeydown as EventListener);
  doc.addEventListener('focusin', onFocusIn);
  win?.addEventListener('focus', onWindowFocus);
  return () => {
    root.removeEventListener('keydown', onKeydown as EventListener);
    doc.removeEventListener('focusin', onFocusIn);
    win?.removeEventListener('focus', onWindowFocus);
  };
}
