/**
 * What `webextension-polyfill` resolves to in the unit tests (vitest.config.ts): one in-memory
 * browser (@webext-core/fake-browser) with working tabs, storage, runtime messaging and badges,
 * reset before every test (setup.ts). A test states the page's side, which no fake knows (does a
 * reader answer in the tab, does the renderer refuse an injection), with `vi.spyOn` on it.
 */
import { fakeBrowser } from '@webext-core/fake-browser';

export { fakeBrowser };
export default fakeBrowser;
