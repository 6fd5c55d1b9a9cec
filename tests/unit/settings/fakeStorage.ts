import type { StorageAreaLike, StorageChanges } from '../../../src/settings/store';

type Listener = (changes: StorageChanges, areaName: string) => void;

/** Models browser.storage: JSON-cloned values, change events delivered asynchronously to every context. */
export class FakeBus {
  readonly listeners: Listener[] = [];
  onChanged = (listener: Listener): void => {
    this.listeners.push(listener);
  };
  emit(changes: StorageChanges, area: string): void {
    setTimeout(() => {
      for (const l of this.listeners) l(changes, area);
    }, 0);
  }
}

export class FakeArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  failWrites = false;
  /** Refuses (as a quota error) any write that includes one of these keys. */
  refuse: (key: string) => boolean = () => false;
  writes = 0;
  constructor(
    private readonly name: string,
    private readonly bus: FakeBus,
  ) {}
  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) if (key in this.data) result[key] = structuredClone(this.data[key]);
    return result;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites || Object.keys(items).some(this.refuse)) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    this.writes++;
    const changes: StorageChanges = {};
    for (const [k, v] of Object.entries(items)) {
      this.data[k] = structuredClone(v);
      changes[k] = { newValue: structuredClone(v) };
    }
    this.bus.emit(changes, this.name);
  }
  async remove(keys: string | string[]): Promise<void> {
    if (this.failWrites) throw new Error('storage unavailable');
    // Like browser.storage: only keys that were there change, and no change means no event.
    const changes: StorageChanges = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (!(key in this.data)) continue;
      delete this.data[key];
      changes[key] = {};
    }
    if (Object.keys(changes).length > 0) this.bus.emit(changes, this.name);
  }
}
