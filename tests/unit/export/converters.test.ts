import { afterEach, describe, expect, it, vi } from 'vitest';
import * as exported from '../../../src/export';
import { loadConverters, publishConverters, publishedConverters } from '../../../src/export/converters';

// The reader's save converters come into the tab only when a save is first asked for.
describe('the save converters', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).__lucidConverters;
  });

  it('are asked for once, then found in the tab', async () => {
    const inject = vi.fn(async () => {
      publishConverters(exported);
      return true;
    });
    expect(publishedConverters()).toBeNull();
    expect(await loadConverters(inject)).toBe(exported);
    expect(await loadConverters(inject)).toBe(exported);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('reject when the background could not put them in, or they did not arrive', async () => {
    await expect(loadConverters(async () => false)).rejects.toThrow();
    await expect(loadConverters(async () => true)).rejects.toThrow();
  });
});
