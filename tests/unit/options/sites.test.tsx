// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { createTranslator } from '../../../src/i18n';
import { defaultSettings } from '../../../src/settings/schema';

// The browser's permission prompt, recorded: which origins were asked for, and whether the
// request came in the same task as the click (the only time a browser honours it).
const h = vi.hoisted(() => {
  const state = { held: new Set<string>(), grant: true, requests: [] as string[][] };
  const browser = {
    permissions: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => state.held.has(origin)),
      request: ({ origins }: { origins: string[] }) => {
        state.requests.push(origins);
        if (state.grant) for (const origin of origins) state.held.add(origin);
        return Promise.resolve(state.grant);
      },
      remove: async () => true,
      onAdded: { addListener: () => undefined, removeListener: () => undefined },
      onRemoved: { addListener: () => undefined, removeListener: () => undefined },
    },
  };
  return { state, browser };
});

const { Sites } = await import('../../../src/options/Sites');
const { createSiteAccess } = await import('../../../src/settings/siteAccess');

const t = createTranslator('en');
const EXAMPLE = ['*://example.com/*', '*://*.example.com/*'];
let host: HTMLDivElement;
let announced: string[];

/** Waits (vi.waitFor: polling, 1 s at most) until what the test looks for is on screen. */
const until = (condition: () => boolean): Promise<void> => vi.waitFor(() => expect(condition()).toBe(true));

const noteFor = (domain: string): string | null =>
  [...host.querySelectorAll('li')].find((li) => li.querySelector('.lo-site-name')?.textContent === domain)?.querySelector('.lo-site-note')?.textContent ?? null;

/** The options page's site section with example.com listed (say, from an imported file) and bbc.com allowed. */
async function mount(): Promise<void> {
  const settings = { ...defaultSettings(), autoOpenDomains: ['bbc.com', 'example.com'] };
  act(() => {
    const sites = createSiteAccess({ permissions: h.browser.permissions, store: { load: async () => settings, save: async () => settings } });
    render(<Sites settings={settings} save={async () => settings} sites={sites} t={t} announce={(message) => announced.push(message)} />, host);
  });
  await until(() => noteFor('example.com') !== null);
}

function submit(text: string): void {
  const input = host.querySelector<HTMLInputElement>('#opt-site');
  if (input === null) throw new Error('no site input');
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
}

beforeEach(() => {
  h.state.held = new Set(['*://bbc.com/*', '*://*.bbc.com/*']);
  h.state.grant = true;
  h.state.requests = [];
  announced = [];
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  act(() => render(null, host));
  host.remove();
});

describe('Sites: a listed site without access', () => {
  it('says so, and adding it again asks the browser for it in the click', async () => {
    await mount();
    expect(noteFor('example.com')).toContain("Permission for example.com wasn't granted");
    expect(noteFor('bbc.com')).toBeNull();

    submit('www.example.com');
    expect(h.state.requests).toEqual([EXAMPLE]);
    await until(() => announced.length > 0);
    expect(announced).toEqual(['example.com added.']);
    await until(() => noteFor('example.com') === null);
    expect(host.querySelector<HTMLInputElement>('#opt-site')?.value).toBe('');
  });

  it('asks for the listed site when a subdomain of it is added', async () => {
    await mount();
    submit('news.example.com');
    expect(h.state.requests).toEqual([EXAMPLE]);
    await until(() => announced.length > 0);
    expect(announced).toEqual(['example.com added.']);
  });

  it('offers "Grant access" next to the note, and says when the browser refuses', async () => {
    await mount();
    h.state.grant = false;
    const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Grant access to example.com');
    expect(button).toBeDefined();
    act(() => button?.click());
    expect(h.state.requests).toEqual([EXAMPLE]);
    await until(() => announced.length > 0);
    expect(announced).toEqual(["Permission for example.com wasn't granted, so articles there won't open automatically."]);
    expect(noteFor('example.com')).not.toBeNull();
  });

  it('still just says "already in the list" for a listed site it can read', async () => {
    await mount();
    submit('bbc.com');
    expect(h.state.requests).toEqual([]);
    await until(() => announced.length > 0);
    expect(announced).toEqual(['bbc.com is already in the list.']);
  });
});
