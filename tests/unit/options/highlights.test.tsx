// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fireEvent, within } from '@testing-library/preact';
import { createTranslator } from '../../../src/i18n';
import { Highlights } from '../../../src/options/Highlights';
import { Backup } from '../../../src/options/Backup';
import { browserHighlightsLibrary } from '../../../src/highlights/browserLibrary';
import { highlightsKey } from '../../../src/highlights/articleKey';
import type { ArticleHighlights, Highlight } from '../../../src/highlights/types';
import { exportSettingsJson } from '../../../src/settings/exportImport';
import { settingsStore } from '../../../src/settings/browserStore';
import { defaultSettings } from '../../../src/settings/schema';
import { fakeBrowser } from '../support/browser';
import { File as NodeFile } from 'node:buffer';

// The options page's highlights section and backup on the in-memory browser's storage.local,
// found as a person or a screen reader finds them: by role and accessible name.
const t = createTranslator('en');
let host: HTMLDivElement;
let announced: string[];
const screen = () => within(host);

function highlight(id: string, overrides: Partial<Highlight> = {}): Highlight {
  return {
    id,
    colour: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: `words of ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 9 },
    note: '',
    created: 1,
    updated: 1,
    ...overrides,
  };
}

const STORY: ArticleHighlights = {
  version: 1,
  url: 'https://example.com/story',
  title: 'The budget vote',
  site: 'Example News',
  updated: Date.UTC(2026, 2, 4),
  highlights: [highlight('a', { note: 'check the numbers' }), highlight('b')],
};
const OTHER: ArticleHighlights = { ...STORY, url: 'https://news.example.org/rain', title: 'Rain all week', site: 'Org', updated: Date.UTC(2026, 5, 1), highlights: [highlight('c')] };

async function store(...articles: ArticleHighlights[]): Promise<void> {
  await fakeBrowser.storage.local.set(Object.fromEntries(articles.map((item) => [highlightsKey(item.url), item])));
}

async function mount(): Promise<void> {
  act(() => {
    render(<Highlights library={browserHighlightsLibrary} t={t} uiLang="en" announce={(message) => announced.push(message)} />, host);
  });
  await vi.waitFor(() => expect(host.textContent).not.toBe(''));
}

const articleLinks = () => screen().queryAllByRole('link').map((link) => link.textContent);

beforeEach(() => {
  announced = [];
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  act(() => render(null, host));
  host.remove();
});

describe('the options page’s highlights', () => {
  it('lists every article, the one changed last first: its title opening it, its site, date and count', async () => {
    await store(STORY, OTHER);
    await mount();
    expect(articleLinks()).toEqual(['Rain all week', 'The budget vote']);
    const link = screen().getByRole('link', { name: 'The budget vote' });
    expect(link.getAttribute('href')).toBe(STORY.url);
    expect(link.getAttribute('target')).toBe('_blank');
    const row = link.closest('li') as HTMLElement;
    expect(row.textContent).toContain('Example News');
    expect(row.textContent).toContain('Changed Mar 4, 2026');
    expect(row.textContent).toContain('2 highlights');
  });

  it('finds articles by their notes, saying how many it found', async () => {
    await store(STORY, OTHER);
    await mount();
    const search = screen().getByRole('searchbox', { name: 'Search highlights and notes' });
    fireEvent.input(search, { target: { value: 'NUMBERS' } });
    expect(articleLinks()).toEqual(['The budget vote']);
    expect(screen().getByText('1 article found').getAttribute('role')).toBe('status');
    fireEvent.input(search, { target: { value: 'snow' } });
    expect(articleLinks()).toEqual([]);
    expect(screen().getByText('No article matches your search.')).toBeTruthy();
  });

  it('deletes an article’s highlights, and gives them back on Undo', async () => {
    await store(STORY, OTHER);
    await mount();
    fireEvent.click(screen().getByRole('button', { name: 'Delete the highlights of “The budget vote”' }));
    await vi.waitFor(() => expect(screen().getByText('The highlights of “The budget vote” were deleted.')).toBeTruthy());
    expect((await fakeBrowser.storage.local.get(highlightsKey(STORY.url)))[highlightsKey(STORY.url)]).toBeUndefined();
    await vi.waitFor(() => expect(articleLinks()).toEqual(['Rain all week']));
    const undo = screen().getByRole('button', { name: 'Undo' });
    // Focus moves there once the status line has rendered.
    await vi.waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await vi.waitFor(() => expect(articleLinks()).toEqual(['Rain all week', 'The budget vote']));
    const back = (await fakeBrowser.storage.local.get(highlightsKey(STORY.url)))[highlightsKey(STORY.url)] as ArticleHighlights;
    expect(back.highlights).toEqual(STORY.highlights);
    expect(announced).toEqual(['The highlights of “The budget vote” are back.']);
  });

  it('shows an article highlighted in a tab meanwhile', async () => {
    await store(STORY);
    await mount();
    await store(OTHER);
    await vi.waitFor(() => expect(articleLinks()).toEqual(['Rain all week', 'The budget vote']));
  });

  it('shows the valid rest of a corrupt item and says how much it could not read', async () => {
    await fakeBrowser.storage.local.set({
      [highlightsKey(STORY.url)]: { ...STORY, highlights: [highlight('a'), { id: 'cut', quote: 'trunc' }] },
      [highlightsKey('https://example.com/x')]: '{"version":1,"highl',
    });
    await mount();
    expect(articleLinks()).toEqual(['The budget vote']);
    expect(screen().getByText('2 stored highlights could not be read and are not shown.')).toBeTruthy();
  });

  it('says when there are none', async () => {
    await mount();
    expect(screen().getByText(/No highlights yet/)).toBeTruthy();
  });
});

describe('highlights in the backup', () => {
  async function importFile(text: string): Promise<void> {
    act(() => {
      render(<Backup settings={defaultSettings()} store={settingsStore} highlights={browserHighlightsLibrary} t={t} announce={(message) => announced.push(message)} />, host);
    });
    const input = host.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new NodeFile([text], 'backup.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
    await vi.waitFor(() => expect(announced).not.toEqual([]));
  }

  const fileWith = (highlights: unknown): string => JSON.stringify({ ...JSON.parse(exportSettingsJson(defaultSettings())), highlights });

  it('merges an imported article with the stored one, never duplicating a highlight', async () => {
    await store({ ...STORY, highlights: [highlight('a', { note: 'mine', updated: 5 })] });
    await importFile(fileWith([{ ...STORY, highlights: [highlight('a', { note: 'older', updated: 2 }), highlight('new')] }, OTHER]));
    expect(announced).toEqual(['Settings imported. Highlights of 2 articles imported.']);
    const merged = (await fakeBrowser.storage.local.get(highlightsKey(STORY.url)))[highlightsKey(STORY.url)] as ArticleHighlights;
    expect(merged.highlights.map((h) => [h.id, h.note])).toEqual([
      ['a', 'mine'],
      ['new', ''],
    ]);
  });

  it('changes nothing for a file that is not ours', async () => {
    await store(STORY);
    const before = await fakeBrowser.storage.local.get(null);
    await importFile(JSON.stringify({ ...JSON.parse(fileWith([])), highlights: 'everything' }));
    expect(announced).toEqual([t('importNotSettingsFile')]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('exports every article’s highlights with the settings', async () => {
    await store(STORY);
    let exported = '';
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      // jsdom's Blob has no text(): its FileReader reads it.
      const reader = new FileReader();
      reader.onload = () => {
        exported = String(reader.result);
      };
      reader.readAsText(blob as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    act(() => {
      render(<Backup settings={defaultSettings()} store={settingsStore} highlights={browserHighlightsLibrary} t={t} announce={() => undefined} />, host);
    });
    fireEvent.click(screen().getByRole('button', { name: 'Export settings' }));
    await vi.waitFor(() => expect(exported).not.toBe(''));
    expect(JSON.parse(exported)).toMatchObject({ app: 'lucid-reader', highlights: [STORY] });
  });
});
