// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureSource } from '../../support/extractionFixtures';
import { extractHere } from '../support/extractHere';
import { createReaderController } from '../../../src/content/controller';
import { CATALOGUES, catalogueAnswer } from '../../../src/i18n/catalogues';
import { isToBackgroundRequest } from '../../../src/shared/messages';
import { defaultSettings, type LanguageCode, type Settings } from '../../../src/settings/schema';
import { keepClosedShadowRoots } from '../support/closedRoots';

const PAGE = fixtureSource('newsx-seed');

function loadSeed(): void {
  document.documentElement.innerHTML = PAGE.replace(/^<!DOCTYPE html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

/** A store whose subscribers can be told of a change, as storage.onChanged would. */
function store(initial: Partial<Settings>) {
  let settings: Settings = { ...defaultSettings(), ...initial };
  const listeners = new Set<(s: Settings) => void>();
  return {
    listeners: () => listeners.size,
    load: async (): Promise<Settings> => settings,
    save: async (patch: Partial<Settings>): Promise<Settings> => {
      settings = { ...settings, ...patch };
      for (const listener of listeners) listener(settings);
      return settings;
    },
    subscribe: (listener: (s: Settings) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// The reader's shadow root is closed: the test keeps the roots the page could never get.
const roots = keepClosedShadowRoots();

/** The accessible name of the reader's close button, found by the words English or the chosen language give it. */
const closeButton = (): string | null => {
  const names = new Set(Object.values(CATALOGUES).map((messages) => messages.closeReader));
  const buttons = roots.filter((root) => root.host.isConnected).flatMap((root) => [...root.querySelectorAll('button[aria-label]')]);
  return buttons.map((b) => b.getAttribute('aria-label') ?? '').find((name) => names.has(name)) ?? null;
};

afterEach(async () => {
  document.documentElement.innerHTML = '<head></head><body></body>';
  vi.restoreAllMocks();
  // Preact runs effects after the next frame (or a 100 ms timer): let them run while the
  // document exists, or the timer fires into a torn-down environment.
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
});

describe('the reader carries no catalogue and is handed the interface language it shows, with English', () => {
  it('opens in the chosen language, asking for that catalogue alone', async () => {
    loadSeed();
    const asked: LanguageCode[] = [];
    const controller = createReaderController(document, store({ uiLanguage: 'de' }), ['en'], extractHere, undefined, async (lang) => {
      asked.push(lang);
      return catalogueAnswer(lang);
    });
    await controller.open('action');
    expect(closeButton()).toBe(CATALOGUES.de.closeReader);
    expect(asked).toEqual(['de']);
  });

  it('follows a language change while open', async () => {
    loadSeed();
    const settings = store({ uiLanguage: 'en' });
    const controller = createReaderController(document, settings, ['en'], extractHere, undefined, async (lang) => catalogueAnswer(lang));
    await controller.open('action');
    expect(closeButton()).toBe(CATALOGUES.en.closeReader);
    // The overlay subscribes once it has rendered.
    await vi.waitFor(() => expect(settings.listeners()).toBeGreaterThan(0));
    await settings.save({ uiLanguage: 'ja' });
    await vi.waitFor(() => expect(closeButton()).toBe(CATALOGUES.ja.closeReader));
  });

  it('stays closed when the catalogue cannot be had, and asks again on the next open', async () => {
    loadSeed();
    let background = false;
    const controller = createReaderController(document, store({ uiLanguage: 'fr' }), ['en'], extractHere, undefined, async (lang) => {
      if (!background) throw new Error('no background');
      return catalogueAnswer(lang);
    });
    expect(await controller.open('action')).toMatchObject({ open: false });
    expect(closeButton()).toBeNull();
    background = true;
    expect(await controller.open('action')).toMatchObject({ open: true });
    expect(closeButton()).toBe(CATALOGUES.fr.closeReader);
  });

  it('shows English for a message a translation lacks, from the English the background sends with it', async () => {
    loadSeed();
    const english = { ...CATALOGUES.en, closeReader: 'Close (sent English)' };
    const controller = createReaderController(document, store({ uiLanguage: 'de' }), ['en'], extractHere, undefined, async () => ({
      messages: { ...CATALOGUES.de, closeReader: '' },
      english,
    }));
    await controller.open('action');
    await vi.waitFor(() => expect(roots.some((root) => root.querySelector('button[aria-label="Close (sent English)"]') !== null)).toBe(true));
  });
});

describe('the catalogue request', () => {
  it('names a language tag, nothing else', () => {
    expect(isToBackgroundRequest({ type: 'i18n:catalogue', lang: 'pt-BR' })).toBe(true);
    expect(isToBackgroundRequest({ type: 'i18n:catalogue', lang: 'pt-BR; x' })).toBe(false);
    expect(isToBackgroundRequest({ type: 'i18n:catalogue' })).toBe(false);
  });
});
