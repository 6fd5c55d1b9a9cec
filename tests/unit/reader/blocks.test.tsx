// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fireEvent } from '@testing-library/preact';
import { ReaderApp } from '../../../src/reader/components/ReaderApp';
import type { SiteRulesPort } from '../../../src/reader/actions';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import type { ExtractedArticle } from '../../../src/extract';

const desc = (tag: string, classes: string[] = [], position: 'before' | 'inside' | 'after' = 'inside') => ({ tag, classes, landmark: 'article' as const, position });

// Removing a block (issue #24): one Tab stop for the blocks, Delete, undo, and the removed blocks shown in place.
const ARTICLE = {
  title: 'Council approves budget',
  byline: null,
  siteName: 'Daily Example',
  publishedTime: null,
  displayDate: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  contentHtml:
    '<div><p data-lr-block="0">First paragraph.</p><p data-lr-block="1">Second paragraph.</p><h2 data-lr-block="2">A section</h2><p data-lr-block="3">In the section.</p><h2 data-lr-block="4">Next section</h2><p data-lr-block="5">Last paragraph.</p></div>',
  textContent: '',
  wordCount: 12,
  readingTimeMinutes: 1,
  blocks: [0, 1, 2, 3, 4, 5].map((n) => desc(n === 2 || n === 4 ? 'h2' : 'p')),
  removed: [
    { html: '<p>Advertisement · Scroll to continue</p>', reason: 'advertising', block: desc('div', ['ad-slot']), after: 0 },
    { html: '<p><strong>ALSO READ:</strong> <a href="https://example.org/x">Another story</a></p>', reason: 'promotion', block: desc('p', ['also-read']), after: 1 },
    { html: '<p>Top of the page</p>', reason: 'other', block: desc('div', ['masthead'], 'before'), after: null },
  ],
} as ExtractedArticle;

let host: HTMLDivElement;
let added: string[];
let deleted: string[];
let refuse: 'tooBroad' | null;

const rules: SiteRulesPort = {
  site: 'example-daily.org',
  add: async (action, block) => {
    if (refuse) return { ok: false, error: refuse };
    added.push(`${action} ${block.tag}.${block.classes.join('.')}`);
    return { ok: true, rule: { id: `rule-${added.length}`, site: 'example-daily.org', action, block, created: 0 } };
  },
  delete: async (id) => {
    deleted.push(id);
  },
};

function mount(settings: Partial<Settings> = {}): void {
  act(() => {
    render(
      <ReaderApp
        article={ARTICLE}
        initialSettings={{ ...defaultSettings(), uiLanguage: 'en', ...settings }}
        store={{ load: async () => defaultSettings(), save: async () => defaultSettings(), subscribe: () => () => {} }}
        browserLanguages={['en-US']}
        onClose={() => undefined}
        speechPort={null}
        siteRules={rules}
      />,
      host,
    );
  });
}

const shownParagraphs = (): string[] =>
  [...host.querySelectorAll<HTMLElement>('.lr-content [data-lr-block]')].filter((el) => !el.hidden).map((el) => el.textContent ?? '');
const block = (n: number): HTMLElement => host.querySelector(`[data-lr-block="${n}"]`) as HTMLElement;
const status = (): string => host.querySelector('.lr-block-notice')?.textContent ?? '';
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

beforeEach(() => {
  added = [];
  deleted = [];
  refuse = null;
  host = document.createElement('div');
  document.body.append(host);
  mount();
});

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('removing a block', () => {
  it('makes the blocks one Tab stop, moved by the arrows', () => {
    expect([...host.querySelectorAll('.lr-content [tabindex="0"]')]).toEqual([block(0)]);
    act(() => block(0).focus());
    act(() => {
      fireEvent.keyDown(block(0), { key: 'ArrowDown' });
    });
    expect(host.ownerDocument.activeElement).toBe(block(1));
    expect([...host.querySelectorAll('.lr-content [tabindex]')]).toEqual([block(1)]);
    expect(block(1).getAttribute('aria-describedby')).toBe('lr-block-hint');
    expect(host.querySelector('#lr-block-hint')?.textContent).toMatch(/Delete removes this block/);
  });

  it('offers Remove for the block with focus; Delete removes it, Ctrl+Z and Undo bring it back', async () => {
    // Only the stop takes focus: block 1 is reached with the arrow.
    act(() => block(1).focus());
    expect(host.ownerDocument.activeElement).not.toBe(block(1));
    act(() => block(0).focus());
    expect(host.querySelector('.lr-block-tools')?.textContent).toMatch(/Remove/);
    act(() => {
      fireEvent.keyDown(block(0), { key: 'Delete' });
    });
    expect(shownParagraphs()).not.toContain('First paragraph.');
    expect(status()).toMatch(/Removed: Paragraph/);
    // Focus goes on to the next block, not to nowhere.
    expect(host.ownerDocument.activeElement).toBe(block(1));
    act(() => {
      fireEvent.keyDown(block(1), { key: 'z', ctrlKey: true });
    });
    expect(shownParagraphs()[0]).toBe('First paragraph.');
    expect(status()).toMatch(/Back in the article/);

    act(() => {
      fireEvent.keyDown(block(1), { key: 'Delete' });
    });
    const undo = [...host.querySelectorAll<HTMLButtonElement>('.lr-block-notice button')].find((b) => b.textContent === 'Undo');
    act(() => undo?.click());
    expect(shownParagraphs()).toContain('Second paragraph.');
  });

  it('leaves the arrows to line focus when it is on; Delete still removes', () => {
    // jsdom lays nothing out: line focus finds no lines, which is all this needs.
    const rects = Range.prototype.getClientRects;
    Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
    onTestFinished(() => {
      Range.prototype.getClientRects = rects;
    });
    render(null, host);
    mount({ lineFocus: 3 });
    act(() => block(0).focus());
    act(() => {
      fireEvent.keyDown(block(0), { key: 'ArrowDown' });
    });
    expect(host.ownerDocument.activeElement).toBe(block(0));
    act(() => {
      fireEvent.keyDown(block(0), { key: 'Delete' });
    });
    expect(shownParagraphs()).not.toContain('First paragraph.');
  });

  it('removes a heading with its section', () => {
    act(() => block(2).focus());
    act(() => {
      fireEvent.keyDown(block(2), { key: 'Delete' });
    });
    expect(shownParagraphs()).toEqual(['First paragraph.', 'Second paragraph.', 'Next section', 'Last paragraph.']);
  });

  it('"Always remove this on <site>" adds a remove rule of the block; undo takes the rule back', async () => {
    act(() => block(0).focus());
    act(() => {
      fireEvent.keyDown(block(0), { key: 'ArrowDown' });
    });
    const always = [...host.querySelectorAll<HTMLButtonElement>('.lr-block-tools button')].find((b) => /Always remove this on example-daily.org/.test(b.textContent ?? ''));
    expect(always).toBeDefined();
    act(() => always?.click());
    await flush();
    expect(added).toEqual(['remove p.']);
    expect(shownParagraphs()).not.toContain('Second paragraph.');
    expect(status()).toMatch(/Articles on example-daily.org will leave it out/);
    act(() => {
      fireEvent.keyDown(block(2), { key: 'z', metaKey: true });
    });
    await flush();
    expect(deleted).toEqual(['rule-1']);
  });

  it('says when the site cannot take the rule: the block is removed here only', async () => {
    refuse = 'tooBroad';
    act(() => block(0).focus());
    const always = [...host.querySelectorAll<HTMLButtonElement>('.lr-block-tools button')].find((b) => /Always remove/.test(b.textContent ?? ''));
    act(() => always?.click());
    await flush();
    expect(shownParagraphs()).not.toContain('First paragraph.');
    expect(status()).toMatch(/Removed here only: blocks like this one are too common on example-daily.org/);
  });
});

describe('see what was removed', () => {
  const toggle = (): HTMLButtonElement => host.querySelector('button[aria-label^="Show what was removed"]') as HTMLButtonElement;

  it('shows the removed blocks in place, marked with why, and hides them again', () => {
    expect(toggle().getAttribute('aria-label')).toBe('Show what was removed (3)');
    act(() => toggle().click());
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    const order = [...(host.querySelector('.lr-content > div')?.children ?? [])].map((el) =>
      el.classList.contains('lr-removed') ? `[${el.getAttribute('aria-label')}] ${el.querySelector('.lr-removed-body')?.textContent}` : el.textContent,
    );
    expect(order.slice(0, 5)).toEqual([
      '[Removed by the reader · other clutter] Top of the page',
      'First paragraph.',
      '[Removed by the reader · advertising label] Advertisement · Scroll to continue',
      'Second paragraph.',
      '[Removed by the reader · promotion] ALSO READ: Another story',
    ]);
    act(() => toggle().click());
    expect(host.querySelectorAll('.lr-removed')).toHaveLength(0);
  });

  it('"Keep this on <site>" adds a keep rule of that block', async () => {
    act(() => toggle().click());
    const boxes = [...host.querySelectorAll('.lr-removed')];
    const keep = boxes[2]?.querySelector('button') as HTMLButtonElement;
    expect(keep.textContent).toBe('Keep this on example-daily.org');
    act(() => keep.click());
    await flush();
    expect(added).toEqual(['keep p.also-read']);
    expect(keep.textContent).toBe('Kept on example-daily.org');
    expect(keep.disabled).toBe(true);
  });
});
