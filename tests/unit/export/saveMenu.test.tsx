// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { SaveMenu } from '../../../src/reader/components/SaveMenu';
import { createTranslator } from '../../../src/i18n';
import { defaultSettings } from '../../../src/settings/schema';
import type { ExtractedArticle } from '../../../src/extract';
import type { offerFile } from '../../../src/export/offer';
import type { Converters } from '../../../src/export/converters';

const t = createTranslator('en');

const ARTICLE: ExtractedArticle = {
  title: 'River park: the vote?',
  byline: 'Jane Example',
  siteName: 'Daily Example',
  publishedTime: null,
  displayDate: '2026-03-12',
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  contentHtml: '',
  textContent: '',
  wordCount: 400,
  readingTimeMinutes: 2,
};

let host: HTMLDivElement;

// What the background's injected script would publish in the tab: the converters themselves.
const theConverters = (): Promise<Converters> => import('../../../src/export');

function mount(copied = true, loadConverters: () => Promise<Converters> = theConverters) {
  host = document.createElement('div');
  document.body.append(host);
  const body = document.createElement('div');
  body.innerHTML = '<p>The council <mark class="lr-hl" data-hl-id="h1" data-colour="yellow">voted</mark> on Tuesday.</p>';
  const offer = vi.fn<typeof offerFile>();
  const copy = vi.fn(async (_text: string) => copied);
  const parentKeys = vi.fn();
  host.addEventListener('keydown', parentKeys);
  act(() => {
    render(
      <SaveMenu
        article={ARTICLE}
        settings={defaultSettings()}
        t={t}
        uiLang="en"
        sourceUrl="https://news.example/river"
        body={() => body}
        notes={() => new Map([['h1', 'A close vote']])}
        offer={offer}
        copy={copy}
        loadConverters={loadConverters}
      />,
      host,
    );
  });
  const screen = within(host);
  const button = screen.getByRole('button', { name: 'Save article' });
  return { screen, button, offer, copy, parentKeys };
}

const focused = (): string | null => document.activeElement?.textContent ?? null;

describe('SaveMenu', () => {
  afterEach(() => {
    render(null, host);
    document.body.replaceChildren();
  });

  it('is a menu button, closed at first', () => {
    const { button, screen } = mount();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('opens from the keyboard, moves with the arrows, and closes on Escape back to its button', () => {
    const { button, screen, parentKeys } = mount();
    act(() => void fireEvent.keyDown(button, { key: 'ArrowDown' }));
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const menu = screen.getByRole('menu', { name: 'Save article' });
    expect(within(menu).getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Save as Markdown', 'Save as HTML', 'Copy as Markdown']);
    expect(focused()).toBe('Save as Markdown');
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' }));
    expect(focused()).toBe('Save as HTML');
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'End' }));
    expect(focused()).toBe('Copy as Markdown');
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' }));
    expect(focused()).toBe('Save as Markdown');
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' }));
    expect(focused()).toBe('Copy as Markdown');
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' }));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    // The reader closes itself on Escape: the menu's Escape must not reach it.
    expect(parentKeys).not.toHaveBeenCalled();
  });

  it('saves as Markdown on Enter, under the title made a safe file name, and says so', async () => {
    const { button, screen, offer } = mount();
    act(() => void fireEvent.click(button));
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'Enter' }));
    await waitFor(() => expect(offer).toHaveBeenCalledTimes(1));
    const [root, name, type, text] = offer.mock.calls[0] ?? [];
    expect(host.contains(root as Node)).toBe(true);
    expect(name).toBe('River park the vote.md');
    expect(type).toBe('text/markdown;charset=utf-8');
    expect(text).toContain('# River park: the vote?\n\nJane Example · Daily Example · March 12, 2026\n\nSource: <https://news.example/river>');
    expect(text).toContain('The council ==voted==[^1] on Tuesday.\n\n[^1]: A close vote\n');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved River park the vote.md'));
    expect(document.activeElement).toBe(button);
  });

  it('saves as HTML with Space', async () => {
    const { button, screen, offer } = mount();
    act(() => void fireEvent.keyDown(button, { key: 'ArrowDown' }));
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' }));
    act(() => void fireEvent.keyDown(document.activeElement as Element, { key: ' ' }));
    await waitFor(() => expect(offer).toHaveBeenCalledTimes(1));
    expect(offer.mock.calls[0]?.[1]).toBe('River park the vote.html');
    expect(offer.mock.calls[0]?.[2]).toBe('text/html;charset=utf-8');
    expect(offer.mock.calls[0]?.[3]).toMatch(/^<!doctype html>/);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved River park the vote.html'));
  });

  it('copies as Markdown, and says when the browser would not', async () => {
    for (const [copied, said] of [
      [true, 'Copied as Markdown'],
      [false, "Couldn't copy. Try Save as Markdown instead."],
    ] as const) {
      const { button, screen, copy } = mount(copied);
      act(() => void fireEvent.keyDown(button, { key: 'ArrowUp' }));
      expect(focused()).toBe('Copy as Markdown');
      act(() => void fireEvent.click(document.activeElement as Element));
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe(said));
      expect(copy.mock.calls[0]?.[0]).toMatch(/^# River park: the vote\?\n/);
      render(null, host);
    }
  });

  it('says so when the converters cannot be had', async () => {
    const { button, screen, offer } = mount(true, () => Promise.reject(new Error('no chunk')));
    act(() => void fireEvent.click(button));
    act(() => void fireEvent.click(screen.getByRole('menuitem', { name: 'Save as HTML' })));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Couldn't save the article."));
    expect(offer).not.toHaveBeenCalled();
  });

  it('closes when something else is pressed', () => {
    const { button, screen } = mount();
    act(() => void fireEvent.click(button));
    expect(screen.getByRole('menu')).toBeTruthy();
    act(() => void fireEvent.pointerDown(document.body));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });
});
