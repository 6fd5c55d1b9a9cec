// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fireEvent, within } from '@testing-library/preact';
import { createTranslator } from '../../../src/i18n';
import { Sites } from '../../../src/options/Sites';
import { siteAccess } from '../../../src/settings/browserSiteAccess';
import { settingsStore } from '../../../src/settings/browserStore';
import { fakeHostAccess, type HostAccess } from '../support/permissions';

// The options page's site section on the in-memory browser: settings in its storage, and host
// access with its prompt (support/permissions.ts), which records which origins were asked for
// and whether the request came in the same task as the click (the only time a browser honours it).
const t = createTranslator('en');
const EXAMPLE = ['*://example.com/*', '*://*.example.com/*'];
let host: HTMLDivElement;
let announced: string[];
let access: HostAccess;

// Found as a person (or a screen reader) finds them: by role and accessible name.
const screen = () => within(host);
const siteInput = () => screen().getByRole('textbox', { name: 'Site address' });

/** The line under a listed site saying why it does not work, or null. */
function noteFor(domain: string): string | null {
  const list = screen().getByRole('list', { name: 'News sites' });
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => within(li).queryByText(domain) !== null);
  return item === undefined ? null : (within(item).queryByText(/wasn't granted/)?.textContent ?? null);
}

/** The options page's site section with example.com listed (say, from an imported file) and bbc.com allowed. */
async function mount(): Promise<void> {
  await settingsStore.save({ autoOpenDomains: ['bbc.com', 'example.com'] });
  const settings = await settingsStore.load();
  act(() => {
    render(<Sites settings={settings} save={(patch) => settingsStore.save(patch)} sites={siteAccess} t={t} announce={(message) => announced.push(message)} />, host);
  });
  await vi.waitFor(() => expect(noteFor('example.com')).not.toBeNull());
}

function submit(text: string): void {
  fireEvent.input(siteInput(), { target: { value: text } });
  fireEvent.click(screen().getByRole('button', { name: 'Add site' }));
}

beforeEach(() => {
  vi.restoreAllMocks();
  access = fakeHostAccess(['*://bbc.com/*', '*://*.bbc.com/*']);
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
    expect(access.requests).toEqual([EXAMPLE]);
    await vi.waitFor(() => expect(announced).toEqual(['example.com added.']));
    await vi.waitFor(() => expect(noteFor('example.com')).toBeNull());
    expect(siteInput()).toHaveProperty('value', '');
    expect((await settingsStore.load()).autoOpenDomains).toEqual(['bbc.com', 'example.com']);
  });

  it('asks for the listed site when a subdomain of it is added', async () => {
    await mount();
    submit('news.example.com');
    expect(access.requests).toEqual([EXAMPLE]);
    await vi.waitFor(() => expect(announced).toEqual(['example.com added.']));
  });

  it('offers "Grant access" next to the note, and says when the browser refuses', async () => {
    await mount();
    access.grant = false;
    fireEvent.click(screen().getByRole('button', { name: 'Grant access to example.com' }));
    expect(access.requests).toEqual([EXAMPLE]);
    await vi.waitFor(() => expect(announced).toEqual(["Permission for example.com wasn't granted, so articles there won't open automatically."]));
    expect(noteFor('example.com')).not.toBeNull();
  });

  it('still just says "already in the list" for a listed site it can read', async () => {
    await mount();
    submit('bbc.com');
    await vi.waitFor(() => expect(announced).toEqual(['bbc.com is already in the list.']));
    expect(access.requests).toEqual([]);
  });
});
