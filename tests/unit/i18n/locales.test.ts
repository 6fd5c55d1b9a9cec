import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../../src/settings/schema';

const LOCALES_DIR = join(__dirname, '../../../public/_locales');
const REQUIRED = [
  'extName',
  'extDescription',
  'cmdToggle',
  'menuOpenInReader',
  'menuOpenLinkInReader',
  'menuAlwaysOpenHere',
  'actionTitle',
  'actionTitleUnavailable',
  'actionTitleNoArticle',
  'actionTitleImage',
  'actionTitlePdf',
];

type LocaleFile = Record<string, { message?: unknown; description?: unknown }>;

function read(dir: string): LocaleFile {
  return JSON.parse(readFileSync(join(LOCALES_DIR, dir, 'messages.json'), 'utf8')) as LocaleFile;
}

const dirs = readdirSync(LOCALES_DIR).sort();

describe('public/_locales', () => {
  it('has a directory for every interface language (browser spelling: pt_BR, zh_CN)', () => {
    expect(dirs).toEqual(UI_LANGUAGES.map((code) => code.replace('-', '_')).sort());
  });

  it('English has the keys the manifest and background need', () => {
    expect(Object.keys(read('en')).sort()).toEqual([...REQUIRED].sort());
  });

  describe.each(dirs.map((d) => [d] as const))('%s', (dir) => {
    const file = read(dir);

    it('has the same keys as English', () => {
      expect(Object.keys(file).sort()).toEqual(Object.keys(read('en')).sort());
    });

    it('has a non-empty message and description for each key', () => {
      for (const [key, entry] of Object.entries(file)) {
        expect(typeof entry.message === 'string' && entry.message.trim() !== '', `${key}.message`).toBe(true);
        expect(typeof entry.description === 'string' && entry.description.trim() !== '', `${key}.description`).toBe(true);
      }
    });

    it('keeps the name and respects store limits', () => {
      expect(file.extName?.message).toBe('Lucid Reader');
      expect(String(file.extDescription?.message).length).toBeLessThanOrEqual(132);
    });

    it('uses no $placeholders$ (none are declared)', () => {
      for (const entry of Object.values(file)) expect(String(entry.message)).not.toMatch(/\$\w+\$/);
    });
  });
});
