import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index';
import { chineseScript, dirOf } from '../../../src/extract/language';
import { scriptDirection } from '../../../src/extract/metadata';
import { page, story } from './helpers';

describe('dirOf', () => {
  it.each([
    ['ar', 'rtl'],
    ['syr', 'rtl'],
    ['ku-Arab', 'rtl'],
    ['ku_Arab_IQ', 'rtl'],
    ['ar-Latn', 'ltr'],
    ['sd-Deva', 'ltr'],
    ['ckb', 'rtl'],
    ['en-US', 'ltr'],
  ] as const)('%s → %s', (tag, dir) => expect(dirOf(tag)).toBe(dir));
});

describe('chineseScript', () => {
  it.each([
    ['zh', 'hans'],
    ['zh-CN', 'hans'],
    ['zh-SG', 'hans'],
    ['zh-TW', 'hant'],
    ['zh-HK', 'hant'],
    ['zh_MO', 'hant'],
    ['zh-Hant', 'hant'],
    ['zh-Hant-CN', 'hant'],
    ['zh-Hans-HK', 'hans'],
    ['zh-yue-HK', 'hant'],
  ] as const)('%s → %s', (tag, script) => expect(chineseScript(tag)).toBe(script));
});

describe('the article follows the same table as the interface', () => {
  // Latin-script text, so only the language tag can make these right to left.
  it.each([['ku-Arab'], ['syr'], ['ar']])('an article in %s reads right to left', (lang) => {
    const html = story('').replace('<html lang="en">', `<html lang="${lang}">`);
    const article = extractArticle(page(html));
    expect(article?.dir).toBe('rtl');
  });

  it('counts the marks and punctuation of right-to-left scripts as theirs', () => {
    expect(scriptDirection('سَلَامٌ، عَلَيْكُمْ and some english words here')).toBe('rtl');
  });
});
