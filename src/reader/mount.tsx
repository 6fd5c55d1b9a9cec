import { render } from 'preact';
import readerCss from './styles/reader.css?inline';
import blocksCss from './styles/blocks.css?inline';
import { themeCss } from './themeCss';
import { lockPage } from './pageLock';
import { trapFocus } from './focusTrap';
import { printOnlyReader } from './printLayout';
import { markHost } from './orphans';
import { ReaderApp, type ReaderAppProps } from './components/ReaderApp';
import { isOwnDownloadClick } from '../export/offer';
import { HOST_TAG } from './host';

// The page must not read, change, restyle, cover or block the reader (README, "Isolation").
// The host is a built-in element (host.ts). Its shadow root is closed, so page scripts get no
// way in; the reader is a modal <dialog>, so it sits in the top layer above every z-index and
// makes the page inert.
// The host sits outside <body>, where the page's layout of its body cannot reach it; its own
// box is set inline with !important, the only way to outrank a site's `* {…!important}`.
const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  inset: '0',
  'z-index': '2147483647',
  display: 'block',
  contain: 'strict',
};

let css: string | null = null;
const readerStylesheetText = (): string => (css ??= `${readerCss}\n${blocksCss}\n${themeCss('.lr-themed')}`);

// Parsed once per page and shared by every open (a constructed sheet may be adopted by any
// number of roots); `false` once the browser refused to adopt it.
let sheet: CSSStyleSheet | false | null = null;

function constructedSheet(): CSSStyleSheet | false {
  if (sheet === null) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(readerStylesheetText());
    } catch {
      sheet = false;
    }
  }
  return sheet;
}

function adoptStyles(shadow: ShadowRoot): void {
  const constructed = constructedSheet();
  if (constructed !== false) {
    try {
      shadow.adoptedStyleSheets = [constructed];
      return;
    } catch {
      sheet = false;
    }
  }
  // Firefox content scripts cannot adopt a sheet built in their own compartment;
  // a <style> inserted by an extension is not subject to the page's CSP there.
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = readerStylesheetText();
  shadow.append(style);
}

/**
 * The reader's fixed costs that need no article, paid while the extension reads the page
 * (the tab's main thread is idle then): the stylesheet is parsed before the article comes.
 */
export function prepareReader(): void {
  constructedSheet();
}

// Keys typed in the reader belong to the reader: sites bind j/k, space, Esc to their own widgets.
// (Only the site's bubbling listeners: a capturing one on window still hears them first.)
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'wheel', 'touchmove'] as const;

// Only the person using the browser may drive the reader. The closed root already keeps page
// scripts from reaching the controls; this also drops anything our own realm did not get from input.
const INPUT_EVENTS = ['click', 'input', 'change', 'keydown', 'keyup', 'keypress', 'submit'] as const;

function dropUntrusted(event: Event): void {
  // "Save as…" hands over its file by clicking a link of its own (export/offer.ts).
  if (event.isTrusted || isOwnDownloadClick(event)) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

export interface MountedReader {
  /** Renders the reader with new props in place (the article, once a reader showing progress gets it). */
  show(props: Omit<ReaderAppProps, 'onClose'>): void;
  unmount(): void;
}

export function mountReader(doc: Document, props: Omit<ReaderAppProps, 'onClose'>, onClose: () => void): MountedReader {
  const previousFocus = doc.activeElement;
  const host = doc.createElement(HOST_TAG);
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow);
  doc.documentElement.append(host);

  const stopPropagation = (event: Event): void => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, stopPropagation);
  for (const type of INPUT_EVENTS) shadow.addEventListener(type, dropUntrusted, true);

  // Esc closes the reader even when focus is somewhere it cannot see (the page's inert body).
  const onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.isTrusted && event.key === 'Escape' && !event.composedPath().includes(host)) onClose();
  };
  doc.addEventListener('keydown', onDocumentKeydown, true);

  markHost(host, doc);
  const unlock = lockPage(doc, host);
  const app = (shownProps: Omit<ReaderAppProps, 'onClose'>) => <ReaderApp sourceUrl={doc.URL} {...shownProps} onClose={onClose} />;
  render(app(props), shadow);
  const dialog = shadow.querySelector('dialog');
  if (!dialog) throw new Error('the reader renders no dialog');
  // The browser's own close request (Esc that the reader did not take, a close watcher) ends
  // the reader as its ✕ does; the dialog never closes without the reader going with it.
  const onCancel = (event: Event): void => {
    event.preventDefault();
    onClose();
  };
  const onDialogClose = (): void => {
    if (!dialog.open && dialog.isConnected) onClose();
  };
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('close', onDialogClose);
  dialog.showModal();
  const untrap = trapFocus(shadow, host);
  const unprint = printOnlyReader(doc, host, dialog);

  return {
    show(shownProps) {
      render(app(shownProps), shadow);
    },
    unmount() {
      doc.removeEventListener('keydown', onDocumentKeydown, true);
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onDialogClose);
      untrap();
      unprint();
      render(null, shadow);
      host.remove();
      unlock();
      if (previousFocus instanceof HTMLElement && previousFocus.isConnected) previousFocus.focus({ preventScroll: true });
    },
  };
}
