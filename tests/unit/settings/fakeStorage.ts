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
  writes = 0;
  constructor(
    private readonly name: string,
    private readonly bus: FakeBus,
  ) {}
  async get(key: string): Promise<Record<string, unknown>> {
    return key in this.data ? { [key]: structuredClone(this.data[key]) } : {};
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    this.writes++;
    const changes: StorageChanges = {};
    for (const [k, v] of Object.entries(items)) {
      this.data[k] = structuredClone(v);
      changes[k] = { newValue: structuredClone(v) };
    }
    this.bus.emit(changes, this.name);
  }
}
