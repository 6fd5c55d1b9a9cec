import type { TranslatorLike } from '../../../../src/reader/translation/types';

/** Behaves like Chrome's Translator instance: async, honours AbortSignal. */
export class FakeTranslator implements TranslatorLike {
  readonly calls: string[] = [];
  failOnCall: number | null = null;
  /** When set, calls from number `holdFrom` on wait until the signal aborts (or this resolves). */
  hold: Promise<void> | null = null;
  holdFrom = 1;
  destroyed = false;

  constructor(private readonly prefix = 'FR:') {}

  async translate(text: string, options?: { signal?: AbortSignal }): Promise<string> {
    const signal = options?.signal;
    this.calls.push(text);
    if (signal?.aborted) throw signal.reason;
    if (this.hold !== null && this.calls.length >= this.holdFrom) {
      const hold = this.hold;
      await new Promise<void>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        void hold.then(resolve);
      });
    }
    await Promise.resolve();
    if (this.failOnCall === this.calls.length) throw new Error('NotSupportedError: model crashed');
    return `${this.prefix}${text.toUpperCase()}`;
  }

  destroy(): void {
    this.destroyed = true;
  }
}
