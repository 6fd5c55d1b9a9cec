import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/i18n/catalogues';
import { messageParams, parseMessage, type MessagePart } from '../../../src/i18n/format';
import { en, type MessageKey } from '../../../src/i18n/messages/en';
import { UI_LANGUAGES } from '../../../src/settings/schema';

const KEYS = Object.keys(en) as MessageKey[];

function pluralParts(parts: readonly MessagePart[]): Extract<MessagePart, { kind: 'plural' }>[] {
  return parts.flatMap((p) => (p.kind === 'plural' ? [p, ...[...p.forms.values()].flatMap(pluralParts)] : []));
}

/** The plural categories real counts (0…200 paragraphs or minutes) can hit. */
function categoriesInUse(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const used = new Set<string>();
  for (let n = 0; n <= 200; n++) used.add(rules.select(n));
  return used;
}

describe('message catalogues', () => {
  it('exist for every interface language', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  describe.each(UI_LANGUAGES.map((lang) => [lang] as const))('%s', (lang) => {
    const catalogue = CATALOGUES[lang] as Record<string, unknown>;

    it('has exactly the English keys', () => {
      expect(Object.keys(catalogue).sort()).toEqual([...KEYS].sort());
    });

    it.each(KEYS.map((key) => [key] as const))('%s is non-empty, parses and uses the same placeholders as English', (key) => {
      const text = catalogue[key];
      expect(typeof text).toBe('string');
      expect((text as string).trim()).not.toBe('');
      const parts = parseMessage(text as string);
      expect([...messageParams(parts)].sort()).toEqual([...messageParams(parseMessage(en[key]))].sort());
      expect(text as string, 'stray braces').not.toMatch(/\{\s*\}/);
    });

    it('gives plural messages every form the language needs and no foreign ones', () => {
      const valid = new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);
      const needed = categoriesInUse(lang);
      for (const key of KEYS) {
        for (const plural of pluralParts(parseMessage(catalogue[key] as string))) {
          const forms = [...plural.forms.keys()].filter((f) => !f.startsWith('='));
          for (const form of forms) expect(valid, `${key}: "${form}" is not a ${lang} plural category`).toContain(form);
          for (const form of needed) expect(forms, `${key}: missing "${form}"`).toContain(form);
        }
      }
    });

    it('keeps the brand name untranslated where it appears in English', () => {
      for (const key of KEYS) {
        if (en[key].includes('Lucid Reader')) expect(catalogue[key], key).toContain('Lucid Reader');
      }
    });
  });

  it('is really translated (no language is a copy of English)', () => {
    for (const lang of UI_LANGUAGES) {
      if (lang === 'en') continue;
      const same = KEYS.filter((key) => CATALOGUES[lang][key] === en[key]);
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThan(KEYS.length / 10);
    }
  });
});
