import type { ExtractSnapshots } from '../../../src/content/pageExtraction';
import { extractSnapshots } from '../../../src/offscreen/extractSnapshots';

/**
 * The extension's extraction run in the test's own jsdom, as the offscreen document (Chromium)
 * or background page (Firefox) runs it: the controller's snapshots are parsed and extracted
 * here instead of crossing a message.
 */
export const extractHere: ExtractSnapshots = (documents) => Promise.resolve(extractSnapshots(documents));
