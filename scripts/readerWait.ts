// What the demo and the store screenshots wait for before a picture is taken.

/** The reader has settled: its fade-in is over and its image decoded. Sent as source (tsx wraps functions), self-contained. */
export const READER_SETTLED_SOURCE = `(root) => {
  const img = root.querySelector('img');
  return root.getAnimations().every((a) => a.playState === 'finished') && (!img || img.complete);
}`;

/** Polls `condition` every 100 ms until it holds (true) or `timeoutMs` has passed (false). */
export async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
