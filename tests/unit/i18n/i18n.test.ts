import { describe, expect, it } from 'vitest';
import { LANGUAGE_NATIVE_NAMES, createTranslator, dirOf, resolveUiLanguage } from '../../../src/i18n';
import { parseMessage, renderMessage, createFormatter } from '../../../src/i18n/format';
import { UI_LANGUAGES } from '../../../src/settings/schema';

describe('resolveUiLanguage', () => {
  it('uses an explicit choice regardless of the browser', () => {
    expect(resolveUiLanguage('ja', ['en-US'])).toBe('ja');
    expect(resolveUiLanguage('pt-BR', [])).toBe('pt-BR');
  });

  it.each([
    [['en-US'], 'en'],
    [['es-MX', 'en'], 'es'],
    [['pt'], 'pt-BR'],
    [['pt-PT'], 'pt-BR'],
    [['pt_BR'], 'pt-BR'],
    [['zh'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    [['ZH-cn'], 'zh-CN'],
    [['de-AT'], 'de'],
    [['fr-CA'], 'fr'],
    [['bn-IN'], 'bn'],
    [['hi'], 'hi'],
    [['ar-EG'], 'ar'],
    [['ru-RU'], 'ru'],
    [['ja-JP'], 'ja'],
    [['sv-SE', 'nl', 'de-CH'], 'de'],
    [['sv-SE', 'nl'], 'en'],
    [[], 'en'],
    [['', 'x'], 'en'],
  ] as const)('auto with %j → %s', (langs, expected) => {
    expect(resolveUiLanguage('auto', langs)).toBe(expected);
  });

  it('prefers another listed language for Traditional Chinese, else Simplified over English', () => {
    expect(resolveUiLanguage('auto', ['zh-TW', 'ja'])).toBe('ja');
    expect(resolveUiLanguage('auto', ['zh-Hant-HK'])).toBe('zh-CN');
  });

  it('treats a corrupted setting like auto', () => {
    expect(resolveUiLanguage('xx' as 'auto', ['fr'])).toBe('fr');
  });
});

describe('createTranslator', () => {
  it('translates in the chosen language', () => {
    expect(createTranslator('en')('closeReader')).toBe('Close reader view');
    expect(createTranslator('de')('closeReader')).toBe('Leseansicht schließen');
  });

  it('fills {name} placeholders and leaves missing ones visible', () => {
    const t = createTranslator('en');
    expect(t('removeSite', { domain: 'bbc.com' })).toBe('Remove bbc.com');
    expect(t('removeSite')).toBe('Remove {domain}');
  });

  it('formats numbers for the locale', () => {
    expect(createTranslator('en')('readingTime', { count: 1234 })).toBe('1,234 min read');
    expect(createTranslator('bn')('readingTime', { count: 5 })).toBe(`পড়তে ${new Intl.NumberFormat('bn').format(5)} মিনিট`);
  });

  it('chooses plural forms with Intl.PluralRules', () => {
    const en = createTranslator('en');
    expect(en('translationProgress', { done: 1, total: 1 })).toBe('Translating… 1 of 1 paragraph');
    expect(en('translationProgress', { done: 2, total: 5 })).toBe('Translating… 2 of 5 paragraphs');
    const ru = createTranslator('ru');
    expect(ru('translationProgress', { done: 1, total: 21 })).toBe('Перевод… 1 из 21 абзаца');
    expect(ru('translationProgress', { done: 1, total: 3 })).toBe('Перевод… 1 из 3 абзацев');
    expect(ru('translationProgress', { done: 1, total: 11 })).toBe('Перевод… 1 из 11 абзацев');
    const nf = new Intl.NumberFormat('ar');
    const ar = createTranslator('ar');
    expect(ar('readingTime', { count: 1 })).toBe('مدة القراءة: دقيقة واحدة');
    expect(ar('readingTime', { count: 2 })).toBe('مدة القراءة: دقيقتان');
    expect(ar('readingTime', { count: 5 })).toBe(`مدة القراءة: ${nf.format(5)} دقائق`);
    expect(ar('readingTime', { count: 15 })).toBe(`مدة القراءة: ${nf.format(15)} دقيقة`);
  });

  it('works for every key in every language', () => {
    for (const lang of UI_LANGUAGES) {
      const t = createTranslator(lang);
      const out = t('translationProgress', { done: 3, total: 7 });
      expect(out).not.toMatch(/[{}#]/);
    }
  });
});

describe('format', () => {
  const fmt = createFormatter('en');

  it('supports exact-value forms and nested placeholders', () => {
    const parts = parseMessage('{n, plural, =0 {none for {who}} one {# for {who}} other {# for {who}}}');
    expect(renderMessage(parts, { n: 0, who: 'you' }, fmt)).toBe('none for you');
    expect(renderMessage(parts, { n: 1, who: 'you' }, fmt)).toBe('1 for you');
    expect(renderMessage(parts, { n: 3, who: 'you' }, fmt)).toBe('3 for you');
  });

  it('treats apostrophes and # outside plurals as text', () => {
    expect(renderMessage(parseMessage("l'article #1"), {}, fmt)).toBe("l'article #1");
  });

  it.each(['{', '{a', '{a b}', '{n, plural, one {x}}', '{n, plural, other {x}', 'x}'])('rejects malformed %j', (msg) => {
    expect(() => parseMessage(msg)).toThrow(SyntaxError);
  });
});

describe('dirOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['zh-CN', 'ltr'],
    ['hi', 'ltr'],
    ['az-Arab', 'rtl'],
    ['ku-Latn', 'ltr'],
  ] as const)('%s → %s', (lang, dir) => {
    expect(dirOf(lang)).toBe(dir);
  });
});

describe('LANGUAGE_NATIVE_NAMES', () => {
  it('names each language in its own script', () => {
    expect(LANGUAGE_NATIVE_NAMES).toEqual({
      en: 'English',
      hi: 'हिन्दी',
      bn: 'বাংলা',
      es: 'Español',
      fr: 'Français',
      de: 'Deutsch',
      'pt-BR': 'Português (Brasil)',
      ru: 'Русский',
      ar: 'العربية',
      'zh-CN': '简体中文',
      ja: '日本語',
    });
  });
});
