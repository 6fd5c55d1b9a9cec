// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { within } from '@testing-library/preact';
import { createTranslator } from '../../../src/i18n';
import { SiteRules } from '../../../src/options/SiteRules';
import type { SiteRule, SiteRulesStore } from '../../../src/siteRules/types';

// The options page's list of site rules (issue #24), on an in-memory store, found by role and accessible name.
const t = createTranslator('en');
let host: HTMLDivElement;
let announced: string[];

const rule = (id: string, site: string, action: 'remove' | 'keep', tag: string, classes: string[]): SiteRule => ({
  id,
  site,
  action,
  block: { tag, classes, landmark: 'article', position: 'inside' },
  created: Date.UTC(2026, 0, 2),
});

function memoryStore(initial: SiteRule[]): Pick<SiteRulesStore, 'list' | 'add' | 'remove' | 'subscribe'> {
  let rules = [...initial];
  const listeners = new Set<() => void>();
  const changed = (): void => {
    for (const listener of listeners) listener();
  };
  return {
    list: async () => [...rules],
    add: async (site, action, block) => {
      const made = { id: `new-${rules.length}`, site, action, block, created: Date.UTC(2026, 0, 3) };
      rules = [...rules, made];
      changed();
      return { ok: true, rule: made };
    },
    remove: async (site, id) => {
      rules = rules.filter((r) => !(r.site === site && r.id === id));
      changed();
    },
    subscribe: (cb) => {
      const listener = (): void => cb('', []);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
/** Each rule's lines, as a person reads them one after the other. */
const items = (): string[] => [...host.querySelectorAll('li')].map((li) => [...li.children].map((line) => line.textContent?.replace(/\s+/g, ' ').trim()).join(' · '));

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  announced = [];
});

afterEach(() => {
  render(null, host);
  host.remove();
});

describe('site rules on the options page', () => {
  it('says there are none yet', async () => {
    act(() => render(<SiteRules store={memoryStore([])} t={t} uiLang="en" announce={(m) => announced.push(m)} />, host));
    await flush();
    expect(host.textContent).toContain('No site rules yet');
  });

  it('lists the rules by site: kept or removed, the kind of block, its element, where and when', async () => {
    const store = memoryStore([rule('a', 'newsx.com', 'remove', 'figure', ['lead-image']), rule('b', 'bbc.co.uk', 'keep', 'p', ['also-read']), rule('c', 'newsx.com', 'keep', 'div', [])]);
    act(() => render(<SiteRules store={store} t={t} uiLang="en" announce={(m) => announced.push(m)} />, host));
    await flush();
    expect([...host.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['bbc.co.uk', 'newsx.com']);
    expect(items()).toEqual([
      'Always kept: Paragraph <p class="also-read"> · in the storyAdded Jan 2, 2026 · Delete',
      'Always removed: Figure <figure class="lead-image"> · in the storyAdded Jan 2, 2026 · Delete',
      'Always kept: Block <div> · in the storyAdded Jan 2, 2026 · Delete',
    ]);
  });

  it('deletes a rule, with Undo focused, which brings it back', async () => {
    const store = memoryStore([rule('a', 'newsx.com', 'remove', 'figure', ['lead-image'])]);
    act(() => render(<SiteRules store={store} t={t} uiLang="en" announce={(m) => announced.push(m)} />, host));
    await flush();
    act(() => within(host).getByRole('button', { name: 'Delete this rule (Figure, newsx.com)' }).click());
    await flush();
    expect(items()).toEqual([]);
    const undo = within(host).getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    act(() => undo.click());
    await flush();
    expect(items()).toEqual([expect.stringContaining('Always removed: Figure <figure class="lead-image">')]);
    expect(announced).toEqual(['The rule is back.']);
  });
});
