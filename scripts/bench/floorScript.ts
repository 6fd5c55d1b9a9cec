/// <reference types="chrome" />
/**
 * The injection floor (bench only, never in dist/): injected by the extension's own background
 * in place of the reader, on the same click, it answers the reader's messages and paints an
 * empty overlay, marking the same points on the timeline. What the reader costs beyond this
 * grows with the page; this much any reader pays.
 */
import { clearOpenMarks, mark, markAfterNextPaint, MARKS } from '../../src/content/marks';
import type { ReaderStatus } from '../../src/shared/messages';

declare global {
  // eslint-disable-next-line no-var
  var __lucidFloor: boolean | undefined;
}

mark(MARKS.injected);

if (!globalThis.__lucidFloor) {
  globalThis.__lucidFloor = true;
  let host: HTMLElement | null = null;
  const toggle = (): ReaderStatus => {
    if (host) {
      host.remove();
      host = null;
      return { open: false, found: false };
    }
    clearOpenMarks();
    mark(MARKS.start);
    mark(MARKS.extracted);
    host = document.createElement('lucid-floor');
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('inset', '0', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    const shadow = host.attachShadow({ mode: 'open' });
    const overlay = document.createElement('div');
    overlay.style.cssText = 'position:absolute;inset:0;background:#fff';
    shadow.append(overlay);
    document.documentElement.append(host);
    mark(MARKS.rendered);
    markAfterNextPaint(MARKS.painted);
    markAfterNextPaint(MARKS.complete);
    return { open: true, found: true };
  };
  chrome.runtime.onMessage.addListener((message: { type?: string }, _sender, sendResponse) => {
    if (message.type === 'reader:toggle' || message.type === 'reader:open') sendResponse(toggle());
    else if (message.type === 'reader:status') sendResponse({ open: host !== null, found: host !== null });
    return false;
  });
}
