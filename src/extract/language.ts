/**
 * What a language tag or a run of text says about direction and script: the one table for the
 * extractor (article direction), the interface (its own direction, its language match) and
 * translation (which Chinese). It imports nothing, so every part may use it.
 */
type Dir = 'ltr' | 'rtl';

/** Scripts written right to left: ISO 15924 code → Unicode script name. */
const RTL_SCRIPTS: Readonly<Record<string, string>> = {
  arab: 'Arabic',
  hebr: 'Hebrew',
  syrc: 'Syriac',
  thaa: 'Thaana',
  nkoo: 'Nko',
  adlm: 'Adlam',
  rohg: 'Hanifi_Rohingya',
};

/** Languages written right to left when their tag names no script. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'syr']);

/**
 * A character of a right-to-left script. Script_Extensions, not Script: the marks and
 * punctuation these scripts share (harakat, the Arabic comma) count as theirs.
 */
export const RTL_CHARS = new RegExp(`[${Object.values(RTL_SCRIPTS).map((name) => `\\p{Script_Extensions=${name}}`).join('')}]`, 'gu');

interface Subtags {
  language: string;
  script: string | undefined;
  region: string | undefined;
}

/** The parts of a BCP 47 tag that matter here, lower-cased ("zh_Hant_TW" reads too). */
export function subtagsOf(tag: string): Subtags {
  const [language = '', ...rest] = tag.trim().toLowerCase().split(/[-_]/);
  return {
    language,
    script: rest.find((part) => part.length === 4 && /^[a-z]+$/.test(part)),
    region: rest.find((part) => (part.length === 2 && /^[a-z]+$/.test(part)) || /^\d{3}$/.test(part)),
  };
}

/** Text direction of a language tag; the script subtag wins over the language. */
export function dirOf(tag: string): Dir {
  const { language, script } = subtagsOf(tag);
  if (script !== undefined) return script in RTL_SCRIPTS ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

/**
 * Which Chinese script a "zh" tag means: the script subtag if there is one, else Traditional
 * for Taiwan, Hong Kong and Macao, else Simplified.
 */
export function chineseScript(tag: string): 'hans' | 'hant' {
  const { script, region } = subtagsOf(tag);
  if (script === 'hans' || script === 'hant') return script;
  return region === 'tw' || region === 'hk' || region === 'mo' ? 'hant' : 'hans';
}
