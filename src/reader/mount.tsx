import { render } from 'preact';
import readerCss from './styles/reader.css?inline';
import { themeCss } from './themeCss';
import { lockPage } from './pageLock';
import { trapFocus } from './focusTrap';
import { printOnlyReader } from './printLayout';
import { ReaderApp, type ReaderAppProps } from './components/ReaderApp';

export const HOST_TAG = 'lucid-reader';

// The host sits outside <body> so that making the page inert leaves it alone; its own
// position is set inline with !important, the only way to outrank a site's `* {…!important}`.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: '0',
  'z-index': '2147483647',
  display: 'block',
  contain: 'strict',
};

function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts cannot adopt a sheet built in their own compartment;
    // a <style> inserted by an extension is not subject to the page's CSP there.
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

// Keys typed in the reader belong to the reader: sites bind j/k, space, Esc to their own widgets.
// (Only the site's bubbling listeners: a capturing one on window still hears them first.)
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'wheel', 'touchmove'] as const;

// The shadow root is open, so page scripts can reach the controls. Only the person using the
// browser may drive the reader: events a script dispatches or .click()s never reach a handler.
const INPUT_EVENTS = ['click', 'input', 'change', 'keydown', 'keyup', 'keypress', 'submit'] as const;

function dropUntrusted(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

export interface MountedReader {
  unmount(): void;
}

export function mountReader(doc: Document, props: Omit<ReaderAppProps, 'onClose'>, onClose: () => void): MountedReader {
  const previousFocus = doc.activeElement;
  const host = doc.createElement(HOST_TAG);
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow, `${readerCss}\n${themeCss('.lr-themed')}`);
  doc.documentElement.append(host);

  const stopPropagation = (event: Event): void => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, stopPropagation);
  for (const type of INPUT_EVENTS) shadow.addEventListener(type, dropUntrusted, true);

  // Esc closes the reader even when focus is somewhere it cannot see (the page's inert body).
  const onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.isTrusted && event.key === 'Escape' && !event.composedPath().includes(host)) onClose();
  };
  doc.addEventListener('keydown', onDocumentKeydown, true);

  const unlock = lockPage(doc, host);
  const untrap = trapFocus(shadow, host);
  const unprint = printOnlyReader(doc, host);
  render(<ReaderApp sourceUrl={doc.URL} {...props} onClose={onClose} />, shadow);

  return {
    unmount() {
      doc.removeEventListener('keydown', onDocumentKeydown, true);
      untrap();
      unprint();
      render(null, shadow);
      host.remove();
      unlock();
      if (previousFocus instanceof HTMLElement && previousFocus.isConnected) previousFocus.focus({ preventScroll: true });
    },
  };
}
