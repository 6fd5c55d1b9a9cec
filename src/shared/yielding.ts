/**
 * Long work in the page's main thread, in slices (issue 9: no task of ours over 200 ms). Pages
 * of 100 000 elements make a walk of every element take a second in a content script: each
 * element met costs a wrapper in our world.
 */

/** A promise that settles after `ms` milliseconds (a timer: for waits measured in time, not for yielding). */
export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** At most this long in one task before the page gets its turn. */
export const SLICE_MS = 30;

/** The next task: a message to ourselves runs after what the page queued, without setTimeout's clamping. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Call `due()` often in a loop; await `pause()` when it says so. */
export function slicer(sliceMs = SLICE_MS): { due(): boolean; pause(): Promise<void> } {
  let sliceStart = performance.now();
  return {
    due: () => performance.now() - sliceStart > sliceMs,
    async pause() {
      await nextTask();
      sliceStart = performance.now();
    },
  };
}

/** The elements under `root` in document order, `skip` and its subtree left out, yielding to the page between slices. */
export async function* elementsInSlices(root: Document | ShadowRoot | Element, skip: Node | null = null, sliceMs = SLICE_MS): AsyncGenerator<Element> {
  const owner = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
  // No filter callback: calling back into script per element costs more than the walk itself.
  const walker = owner.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const slices = slicer(sliceMs);
  let node = walker.nextNode();
  while (node) {
    if (node === skip) {
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
      continue;
    }
    yield node as Element;
    if (slices.due()) await slices.pause();
    node = walker.nextNode();
  }
}
