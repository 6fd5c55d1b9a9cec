// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { READER_STARTED_EVENT, runtimeAlive, watchExtensionContext, type PortLike, type RuntimeLike } from '../../../src/content/extensionContext';

/** A runtime whose extension can be taken away, as an update does, closing every port. */
function fakeRuntime() {
  const ports: { disconnectListeners: (() => void)[]; closed: boolean }[] = [];
  const state = { id: 'ext' as string | undefined };
  const runtime: RuntimeLike = {
    get id() {
      return state.id;
    },
    connect: () => {
      const port = { disconnectListeners: [] as (() => void)[], closed: false };
      ports.push(port);
      const like: PortLike = {
        onDisconnect: { addListener: (listener) => port.disconnectListeners.push(listener) },
        disconnect: () => {
          port.closed = true;
        },
      };
      return like;
    },
  };
  const closeAll = () => {
    for (const port of ports.filter((p) => !p.closed)) {
      port.closed = true;
      for (const listener of port.disconnectListeners) listener();
    }
  };
  return {
    runtime,
    ports,
    /** the extension is updated or reloaded */
    orphan: () => {
      state.id = undefined;
      closeAll();
    },
    /** the background went idle: its ports close, the extension is still there */
    idle: closeAll,
    cutOffQuietly: () => {
      state.id = undefined;
    },
  };
}

describe('watchExtensionContext', () => {
  it('calls onGone once when the port closes because the extension went away', () => {
    const fake = fakeRuntime();
    const onGone = vi.fn();
    watchExtensionContext({ win: window, runtime: () => fake.runtime, onGone });
    expect(fake.ports).toHaveLength(1);
    fake.orphan();
    expect(onGone).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event(READER_STARTED_EVENT));
    expect(onGone).toHaveBeenCalledTimes(1);
  });

  it('looks again shortly after the port closes: Chromium clears the id a little later', () => {
    vi.useFakeTimers();
    try {
      const fake = fakeRuntime();
      const onGone = vi.fn();
      watchExtensionContext({ win: window, runtime: () => fake.runtime, onGone });
      fake.idle();
      fake.cutOffQuietly();
      expect(onGone).not.toHaveBeenCalled();
      vi.advanceTimersByTime(300);
      expect(onGone).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stays when only the background went idle, and reconnects when the reader is next used', () => {
    const fake = fakeRuntime();
    const onGone = vi.fn();
    const stop = watchExtensionContext({ win: window, runtime: () => fake.runtime, onGone });
    fake.idle();
    expect(onGone).not.toHaveBeenCalled();
    expect(fake.ports).toHaveLength(1);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '+' }));
    expect(fake.ports).toHaveLength(2);
    expect(onGone).not.toHaveBeenCalled();
    stop();
  });

  it('notices on the next key press when nothing told it, and when a newer copy of the script starts', () => {
    const quiet = fakeRuntime();
    const onGoneQuiet = vi.fn();
    watchExtensionContext({ win: window, runtime: () => quiet.runtime, onGone: onGoneQuiet });
    quiet.cutOffQuietly();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '+' }));
    expect(onGoneQuiet).toHaveBeenCalledTimes(1);

    const older = fakeRuntime();
    const onGoneOlder = vi.fn();
    watchExtensionContext({ win: window, runtime: () => older.runtime, onGone: onGoneOlder });
    older.cutOffQuietly();
    const newer = fakeRuntime();
    const stopNewer = watchExtensionContext({ win: window, runtime: () => newer.runtime, onGone: vi.fn() });
    expect(onGoneOlder).toHaveBeenCalledTimes(1);
    stopNewer();
  });

  it('ignores the page dispatching the start event while the extension is there', () => {
    const fake = fakeRuntime();
    const onGone = vi.fn();
    const stop = watchExtensionContext({ win: window, runtime: () => fake.runtime, onGone });
    document.dispatchEvent(new Event(READER_STARTED_EVENT));
    expect(onGone).not.toHaveBeenCalled();
    stop();
  });
});

describe('runtimeAlive', () => {
  it('is false for a missing id, a missing runtime, and a dead object that throws', () => {
    expect(runtimeAlive(() => ({ id: 'x', connect: vi.fn() }))).toBe(true);
    expect(runtimeAlive(() => ({ id: undefined, connect: vi.fn() }))).toBe(false);
    expect(runtimeAlive(() => undefined)).toBe(false);
    expect(
      runtimeAlive(() => {
        throw new TypeError("can't access dead object");
      }),
    ).toBe(false);
  });
});
