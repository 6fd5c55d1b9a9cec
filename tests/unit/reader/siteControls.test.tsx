// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { within } from '@testing-library/preact';
import { SiteControls } from '../../../src/reader/components/SiteControls';
import { createTranslator } from '../../../src/i18n';
import { defaultSettings, type Settings } from '../../../src/settings/schema';

const t = createTranslator('en');

/** What the site button says, found by role (one button at most, or the query throws), or null. */
function buttonFor(url: string, patch: Partial<Settings> = {}): string | null {
  const root = document.createElement('div');
  render(<SiteControls settings={{ ...defaultSettings(), ...patch }} t={t} url={url} choose={async () => ({ outcome: 'not-listable', why: 'no-site' })} />, root);
  const button = within(root).queryByRole('button');
  if (button === null) return null;
  // What it says is its accessible name too: what a screen reader announces.
  expect(within(root).getByRole('button', { name: button.textContent ?? '' })).toBe(button);
  return button.textContent;
}

describe('SiteControls', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('offers to stop automatic opening on a listed site, subdomains included', () => {
    expect(buttonFor('https://www.bbc.com/news/articles/c9')).toBe("Don't open automatically on this site");
    expect(buttonFor('https://sport.newsx.com/a')).toBe("Don't open automatically on this site");
  });

  it('offers to start it on other sites, and on listed sites the reader opted out of', () => {
    expect(buttonFor('https://www.thehindu.com/news/a')).toBe('Always open articles on this site');
    expect(buttonFor('https://notbbc.com/a')).toBe('Always open articles on this site');
    expect(buttonFor('https://www.bbc.com/a', { neverOpenDomains: ['bbc.com'] })).toBe('Always open articles on this site');
  });

  it('offers nothing where no site can be listed', () => {
    expect(buttonFor('http://localhost:8080/a')).toBeNull();
    expect(buttonFor('http://192.168.1.10/a')).toBeNull();
    expect(buttonFor('file:///home/me/page.html')).toBeNull();
  });
});
