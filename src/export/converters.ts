/**
 * The converters (turndown and its GFM plugin, ~11 KB gzipped) stay out of the reader's bundle:
 * the background puts `content/exportConverters.ts` into the tab when a save is first asked for,
 * and it leaves them here, in our content scripts' own world, where the page cannot see them.
 */
export type Converters = typeof import('./index');

const KEY = '__lucidConverters';

export function publishConverters(converters: Converters): void {
  (globalThis as Record<string, unknown>)[KEY] = converters;
}

/** The converters once the background has put them into this tab; null before. */
export function publishedConverters(): Converters | null {
  return ((globalThis as Record<string, unknown>)[KEY] as Converters | undefined) ?? null;
}

/** The converters in this tab, asking for them (`inject`) the first time; rejects when they cannot be had. */
export async function loadConverters(inject: () => Promise<boolean>): Promise<Converters> {
  const present = publishedConverters();
  if (present) return present;
  const injected = await inject();
  const converters = injected ? publishedConverters() : null;
  if (!converters) throw new Error('the save converters could not be put into this tab');
  return converters;
}
