import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/settings/schema';

// The store listings (store/listing/<lang>.md), one per interface language, within the stores'
// limits: the Chrome Web Store's summary is at most 132 characters (AMO's at most 250).
const SECTIONS = ['Name', 'Short description', 'Description'] as const;

function sections(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    found.set(heading.trim(), body.join('\n').trim());
  }
  return found;
}

describe.each(UI_LANGUAGES)('the %s store listing', (lang) => {
  const listing = sections(readFileSync(new URL(`../../../store/listing/${lang}.md`, import.meta.url), 'utf8'));

  it('has a name, a short description and a description', () => {
    for (const section of SECTIONS) expect(listing.get(section), section).toBeTruthy();
    expect(listing.get('Name')).toBe('Lucid Reader');
  });

  it('keeps the short description within 132 characters, on one line', () => {
    const short = listing.get('Short description') ?? '';
    expect(short.length).toBeLessThanOrEqual(132);
    expect(short).not.toContain('\n');
  });

  it('keeps the description within the Chrome Web Store’s 16 000 characters', () => {
    expect((listing.get('Description') ?? '').length).toBeLessThanOrEqual(16_000);
  });
});
