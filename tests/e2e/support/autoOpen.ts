/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';

/**
 * Evaluates an expression in the extension's content-script world of the page's main frame
 * (isolated from the page's own scripts). Undefined when no content script of ours is there.
 */
export async function inContentScriptWorld<T>(page: Page, extensionId: string, expression: string): Promise<T | undefined> {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { frameId?: string; isDefault?: boolean } }[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
    await session.send('Runtime.enable');
    const { frameTree } = await session.send('Page.getFrameTree');
    const world = contexts.find(
      (c) => c.origin === `chrome-extension://${extensionId}` && c.auxData?.frameId === frameTree.frame.id && c.auxData?.isDefault === false,
    );
    if (!world) return undefined;
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T | undefined;
  } finally {
    await session.detach();
  }
}

/** The detection script's state on this page: 'watching', 'article', 'no-article', or undefined when it is not there. */
export function detectionState(page: Page, extensionId: string): Promise<string | undefined> {
  return inContentScriptWorld<string>(page, extensionId, 'globalThis.__lucidDetect?.state()');
}

/** The match patterns the detection script is registered for ([] when it is not registered). */
export function registeredMatches(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const [script] = await chrome.scripting.getRegisteredContentScripts({ ids: ['lucid-auto-open'] });
    return script?.matches ?? [];
  });
}
