import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { BROWSER_MESSAGES, browserMessageText, localeDirectory, localeFiles, type BrowserMessageName } from '../../../src/i18n/browserMessages';
import type { PageNotice } from '../../../src/shared/messages';
import { UI_LANGUAGES } from '../../../src/settings/schema';

type LocaleFile = Record<string, { message?: unknown; description?: unknown }>;

const files = localeFiles();
const NAMES = Object.keys(BROWSER_MESSAGES).sort();

function read(lang: (typeof UI_LANGUAGES)[number]): LocaleFile {
  const text = files.get(`_locales/${localeDirectory(lang)}/messages.json`);
  if (text === undefined) throw new Error(`no messages.json for ${lang}`);
  return JSON.parse(text) as LocaleFile;
}

// Every badge notice the background can show is a browser message: tsc fails here otherwise.
const noticesAreBrowserMessages: PageNotice extends BrowserMessageName ? true : never = true;

/** The browser message names our code asks for: `__MSG_x__` in the manifest, quoted names in the background. */
function namesInUse(): Set<string> {
  const used = new Set([...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? ''));
  const dir = join(__dirname, '../../../src/background');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const m of source.matchAll(/'((?:menu|actionTitle|cmd|ext)[A-Z]\w*)'/g)) used.add(m[1] ?? '');
  }
  return used;
}

describe('generated _locales', () => {
  it('has a directory for every interface language (browser spelling: pt_BR, zh_CN)', () => {
    expect([...files.keys()].sort()).toEqual(
      UI_LANGUAGES.map((code) => `_locales/${code.replace('-', '_')}/messages.json`).sort(),
    );
  });

  it('has every message the manifest and the background ask the browser for', () => {
    const used = namesInUse();
    expect(used.size).toBeGreaterThanOrEqual(8);
    expect(noticesAreBrowserMessages).toBe(true);
    for (const name of used) expect(NAMES, name).toContain(name);
  });

  it('gives the browser the English words a user sees in the menus and the toolbar', () => {
    const en = read('en');
    expect(en.menuAlwaysOpenHere?.message).toBe('Always open articles on this site');
    expect(en.menuOpenLinkInReader?.message).toBe('Open link in reader view');
    expect(en.actionTitle?.message).toBe('Reader view');
    expect(en.actionTitleNoArticle?.message).toBe('No article found on this page');
  });

  describe.each(UI_LANGUAGES.map((lang) => [lang] as const))('%s', (lang) => {
    const file = read(lang);

    it('holds exactly the catalogue texts, under the browser names', () => {
      expect(Object.keys(file).sort()).toEqual(NAMES);
      for (const [name, { key }] of Object.entries(BROWSER_MESSAGES)) {
        expect(file[name]?.message, name).toBe(browserMessageText(lang, key));
      }
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
