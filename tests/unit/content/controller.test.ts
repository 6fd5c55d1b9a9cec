// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureSource } from '../../support/extractionFixtures';
import { extractHere } from '../support/extractHere';
import { createReaderController } from '../../../src/content/controller';
import { catalogues } from '../support/catalogues';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

const PAGE = fixtureSource('newsx-seed');

function store() {
  let listeners = 0;
  return {
    listeners: () => listeners,
    load: async (): Promise<Settings> => defaultSettings(),
    save: async (): Promise<Settings> => defaultSettings(),
    subscribe: () => {
      listeners++;
      return () => {
        listeners--;
      };
    },
  };
}

/** The reader's host: a plain <div> of our own under <html>, its shadow root closed (attachShadow on it throws). */
function readerHosts(): Element[] {
  return Array.from(document.documentElement.children).filter((el) => {
    if (el.localName !== 'div') return false;
    try {
      el.attachShadow({ mode: 'open' });
      return false;
    } catch {
      return true;
    }
  });
}

function loadSeed(): void {
  document.documentElement.innerHTML = PAGE.replace(/^<!DOCTYPE html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

afterEach(async () => {
  document.documentElement.innerHTML = '<head></head><body></body>';
  vi.restoreAllMocks();
  // Preact runs effects after the next frame (or a 100 ms timer): let them run while the
  // document exists, or the timer fires into a torn-down environment.
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
});

describe('the reader controller', () => {
  it('mounts one reader however quickly it is asked twice', async () => {
    loadSeed();
    const controller = createReaderController(document, store(), ['en'], extractHere, undefined, catalogues);
    const [a, b] = await Promise.all([controller.open('action'), controller.open('action')]);
    expect(a.open && b.open).toBe(true);
    expect(readerHosts()).toHaveLength(1);
  });

  it('on close leaves the page as it found it and lets go of what it listened to', async () => {
    loadSeed();
    const before = document.documentElement.outerHTML;
    const added = new Map<string, number>();
    const removed = new Map<string, number>();
    const count = (map: Map<string, number>) => (type: string) => map.set(type, (map.get(type) ?? 0) + 1);
    const add = document.addEventListener.bind(document);
    const remove = document.removeEventListener.bind(document);
    vi.spyOn(document, 'addEventListener').mockImplementation((type, ...rest) => {
      count(added)(type);
      add(type, ...(rest as [EventListener]));
    });
    vi.spyOn(document, 'removeEventListener').mockImplementation((type, ...rest) => {
      count(removed)(type);
      remove(type, ...(rest as [EventListener]));
    });
    const settings = store();
    const controller = createReaderController(document, settings, ['en'], extractHere, undefined, catalogues);
    await controller.open('action');
    expect(readerHosts()).toHaveLength(1);
    // Preact subscribes in an effect, after the first paint.
    await vi.waitFor(() => expect(settings.listeners()).toBe(1));

    expect(controller.close().open).toBe(false);
    expect(readerHosts()).toHaveLength(0);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(settings.listeners()).toBe(0);
    expect(Object.fromEntries(removed)).toEqual(Object.fromEntries(added));
  });

  it('an automatic open stays away from a page the reader was closed on, until it navigates', async () => {
    loadSeed();
    const controller = createReaderController(document, store(), ['en'], extractHere, undefined, catalogues);
    await controller.open('auto');
    controller.close();
    expect((await controller.open('auto')).open).toBe(false);
    expect((await controller.open('action')).open).toBe(true);
    controller.navigated();
    expect(readerHosts()).toHaveLength(0);
    expect((await controller.open('auto')).open).toBe(true);
  });

  it('an automatic open that finds no article shows nothing', async () => {
    document.body.innerHTML = '<main><h1>Inbox</h1><ul><li>Buy milk</li></ul></main>';
    const controller = createReaderController(document, store(), ['en'], extractHere, undefined, catalogues);
    expect((await controller.open('auto')).open).toBe(false);
    expect(readerHosts()).toHaveLength(0);
  });
});

describe('a controller whose extension went away', () => {
  it('takes its reader away, gives the page back, and never opens one again', async () => {
    loadSeed();
    const before = document.documentElement.outerHTML;
    const controller = createReaderController(document, store(), ['en'], extractHere, undefined, catalogues);
    await controller.open('action');
    expect(readerHosts()).toHaveLength(1);
    controller.destroy();
    expect(readerHosts()).toHaveLength(0);
    expect(document.documentElement.outerHTML).toBe(before);
    expect((await controller.toggle('action')).open).toBe(false);
    expect(readerHosts()).toHaveLength(0);
  });

  it('drops an open that was under way when it went', async () => {
    loadSeed();
    const controller = createReaderController(document, store(), ['en'], extractHere, undefined, catalogues);
    const opening = controller.open('action');
    controller.destroy();
    expect((await opening).open).toBe(false);
    expect(readerHosts()).toHaveLength(0);
  });
});
