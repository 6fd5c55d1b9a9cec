// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fireEvent, within } from '@testing-library/preact';
import { createTranslator } from '../../../src/i18n';
import { UserStyle } from '../../../src/options/UserStyle';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../src/settings/schema';

// The options page's "Your own style" section, found as a person (or a screen reader) finds it.
const t = createTranslator('en');
let host: HTMLDivElement;
let saved: SettingsPatch[];

const screen = () => within(host);
const textbox = () => screen().getByRole('textbox', { name: 'Your stylesheet (CSS)' }) as HTMLTextAreaElement;
const status = () => screen().getByRole('status').textContent;

function mount(settings: Settings = defaultSettings()): void {
  act(() => {
    render(
      <UserStyle
        settings={settings}
        save={async (patch) => {
          saved.push(patch);
          return { ...settings, ...patch };
        }}
        t={t}
      />,
      host,
    );
  });
}

function typeStyle(text: string): void {
  act(() => {
    fireEvent.input(textbox(), { target: { value: text } });
  });
}

async function apply(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen().getByRole('button', { name: 'Apply' }));
  });
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  saved = [];
});
afterEach(() => {
  render(null, host);
  host.remove();
  vi.restoreAllMocks();
});

describe('Your own style on the options page', () => {
  it('is a labelled section with the stored source in its text box', () => {
    mount({ ...defaultSettings(), userStyle: { source: 'p { color: red }', css: '.lr-article p{color:red;}' } });
    expect(screen().getByRole('region', { name: 'Your own style' })).toBeTruthy();
    expect(textbox().value).toBe('p { color: red }');
  });

  it('lists what it leaves out, and why, as the text is typed; Apply stores the source with its filtered copy', async () => {
    mount();
    typeStyle('@import "x.css";\np { color: red; background: url(https://x.example/a.png) }');
    const list = screen().getByRole('list');
    const items = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      `Line 1: @import "x.css"; — ${t('userStyleDropImport')}`,
      `Line 2: background:url(https://x.example/a.png) — ${t('userStyleDropUrl')}`,
    ]);
    expect(saved).toEqual([]);
    await apply();
    expect(saved).toEqual([{ userStyle: { source: '@import "x.css";\np { color: red; background: url(https://x.example/a.png) }', css: '.lr-article p{color:red;}' } }]);
    expect(status()).toBe(t('userStyleAppliedDropped'));
  });

  it('says where a stylesheet stops parsing, marks it invalid, and stores nothing', async () => {
    mount();
    typeStyle('p {\n  color\n}');
    expect(textbox().getAttribute('aria-invalid')).toBe('true');
    const problem = t('userStyleSyntaxError', { line: 3, column: 1 });
    expect(textbox().getAttribute('aria-describedby')).toContain('lo-userstyle-problem');
    expect(document.getElementById('lo-userstyle-problem')?.textContent).toBe(problem);
    await apply();
    expect(saved).toEqual([]);
    expect(status()).toBe(problem);
  });

  it('refuses more than 10 KB', async () => {
    mount();
    typeStyle(`p{}${' '.repeat(10 * 1024)}`);
    await apply();
    expect(saved).toEqual([]);
    expect(status()).toBe(t('userStyleTooLarge'));
  });
});
