/**
 * Handing the saved article to the person, with no extension permission: the browser's own
 * download of a link with `download`, and the clipboard. Small and loaded with the reader; the
 * converters are not.
 */

/** Long enough for the browser to have read the file, even behind a "where to save" dialog's start. */
const REVOKE_AFTER_MS = 60_000;

/** The links offerFile clicks: the reader lets their script-made click through (reader/mount.tsx). */
const ownLinks = new WeakSet<EventTarget>();

/** A click offerFile made on its own link, not one a page script could make: the page cannot reach that link. */
export function isOwnDownloadClick(event: Event): boolean {
  return event.type === 'click' && event.target !== null && ownLinks.has(event.target);
}

/**
 * Offers text as a file to save: a Blob address on a temporary `<a download>` inside root (the
 * reader's shadow root, so the page sees none of it), clicked, then taken away.
 */
export function offerFile(root: ParentNode & Node, fileName: string, mimeType: string, text: string): void {
  const doc = root.ownerDocument ?? (root as unknown as Document);
  const view = doc.defaultView ?? globalThis;
  const url = view.URL.createObjectURL(new view.Blob([text], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  ownLinks.add(link);
  try {
    link.click();
  } finally {
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

/** Puts text on the clipboard: true when it is there, false when the browser would not (never a throw). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!globalThis.navigator?.clipboard) return false;
    await globalThis.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
