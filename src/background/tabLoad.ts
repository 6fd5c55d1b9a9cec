import browser, { type Tabs } from 'webextension-polyfill';

/** Resolves when the tab has loaded (or is gone, or gives up after a while). */
export function whenLoaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      clearTimeout(timer);
      resolve();
    };
    const onUpdated = (id: number, change: Tabs.OnUpdatedChangeInfoType): void => {
      if (id === tabId && change.status === 'complete') done();
    };
    const onRemoved = (id: number): void => {
      if (id === tabId) done();
    };
    const timer = setTimeout(done, 60_000);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    browser.tabs.get(tabId).then((tab) => tab.status === 'complete' && done(), done);
  });
}
