/**
 * The reader's host element, as the product makes it (mount.tsx) and as the bench and the e2e
 * support find it: one place, so that a change of host cannot leave a check looking for an
 * element that no longer exists (the bench's close check once waited for a `lucid-reader`
 * element long after the host had become a `div`, and so could never fail).
 * This module imports nothing: Node scripts (the bench) and the tests import it as is.
 */

/**
 * A built-in element, not a custom element: a page cannot define `div` first and run its own
 * code in our host.
 */
export const HOST_TAG = 'div';

/** Marks the reader's host; its value is the page's <html> style attribute before the lock (orphans.ts). */
export const HOST_MARK = 'data-lucid-reader';

/** The host where the reader puts it: a child of <html>, outside the page's <body>. */
export const HOST_SELECTOR = `:root > ${HOST_TAG}[${HOST_MARK}]`;

