import { UI_LANGUAGES, type LanguageCode } from '../settings/schema';
import { CATALOGUES } from './catalogues';
import { arBrowser } from './messages/ar';
import { bnBrowser } from './messages/bn';
import { deBrowser } from './messages/de';
import { enBrowser, type BrowserStrings, type MessageKey } from './messages/en';
import { esBrowser } from './messages/es';
import { frBrowser } from './messages/fr';
import { hiBrowser } from './messages/hi';
import { jaBrowser } from './messages/ja';
import { ptBRBrowser } from './messages/pt-BR';
import { ruBrowser } from './messages/ru';
import { zhCNBrowser } from './messages/zh-CN';

/** Each language's strings that only the browser shows (kept apart from the interface catalogues). */
const BROWSER_CATALOGUES: Readonly<Record<LanguageCode, BrowserStrings>> = {
  en: enBrowser,
  hi: hiBrowser,
  bn: bnBrowser,
  es: esBrowser,
  fr: frBrowser,
  de: deBrowser,
  'pt-BR': ptBRBrowser,
  ru: ruBrowser,
  ar: arBrowser,
  'zh-CN': zhCNBrowser,
  ja: jaBrowser,
};

type BrowserKey = keyof BrowserStrings;

/** A browser message's text in one language, from the browser strings or the interface catalogue. */
export function browserMessageText(lang: LanguageCode, key: BrowserKey | MessageKey): string {
  const browserOnly: Readonly<Record<string, string>> = BROWSER_CATALOGUES[lang];
  return browserOnly[key] ?? CATALOGUES[lang][key as MessageKey];
}

/**
 * The messages the browser shows for us (manifest `__MSG_…__`, the shortcut list, menus, the
 * toolbar tooltip), under the names the manifest and `browser.i18n.getMessage` use, each taken
 * from a browser string or, where the interface says the same, an interface catalogue key. The build writes them to `_locales/<lang>/messages.json`; the
 * descriptions are the notes translators see there.
 */
export const BROWSER_MESSAGES = {
  extName: { key: 'extName', description: 'Name of the extension. A brand name: keep "Lucid Reader" untranslated.' },
  extDescription: {
    key: 'extDescription',
    description: "Short description shown in the browser's extension store and manager (max 132 characters).",
  },
  cmdToggle: {
    key: 'cmdToggle',
    description: 'Keyboard shortcut description: opens or closes the reader view on the current page.',
  },
  menuOpenInReader: { key: 'menuOpenInReader', description: 'Context menu item on a page: show this page in reader view.' },
  menuOpenLinkInReader: {
    key: 'menuOpenLinkInReader',
    description: 'Context menu item on a link: open the linked page in reader view.',
  },
  menuAlwaysOpenHere: {
    key: 'alwaysOpenHere',
    description:
      'Context menu item: add the current site to the list of sites where articles open in reader view automatically.',
  },
  actionTitle: { key: 'actionTitle', description: 'Tooltip of the toolbar button.' },
  actionTitleUnavailable: {
    key: 'actionTitleUnavailable',
    description:
      'Tooltip of the toolbar button when the current page (e.g. a browser settings page) cannot be shown in reader view.',
  },
  actionTitleNoArticle: {
    key: 'actionTitleNoArticle',
    description:
      'Tooltip of the toolbar button when the page (e.g. an XML feed or an SVG file) has no article to show in reader view.',
  },
  actionTitleImage: {
    key: 'actionTitleImage',
    description: 'Tooltip of the toolbar button when the tab shows an image file on its own.',
  },
  actionTitlePdf: {
    key: 'actionTitlePdf',
    description: "Tooltip of the toolbar button when the tab shows a PDF file in the browser's PDF viewer.",
  },
} as const satisfies Record<string, { key: BrowserKey | MessageKey; description: string }>;

export type BrowserMessageName = keyof typeof BROWSER_MESSAGES;
type LocaleMessages = Record<BrowserMessageName, { message: string; description: string }>;

/** The browser's spelling of a language tag: `pt-BR` → `pt_BR`. */
export function localeDirectory(lang: LanguageCode): string {
  return lang.replace('-', '_');
}

/**
 * One language's `messages.json` content. The browser's format has no `{…}` parameters and
 * treats `$` as a placeholder, so a catalogue message using either cannot go there as it is.
 */
function localeMessages(lang: LanguageCode): LocaleMessages {
  const entries = Object.entries(BROWSER_MESSAGES).map(([name, { key, description }]) => {
    const message = browserMessageText(lang, key);
    if (message.trim() === '') throw new Error(`${lang}: ${key} (for _locales ${name}) is empty`);
    if (/[{}$]/.test(message)) throw new Error(`${lang}: ${key} (for _locales ${name}) uses { } or $: ${message}`);
    return [name, { message, description }] as const;
  });
  return Object.fromEntries(entries) as LocaleMessages;
}

/** Every `_locales/<lang>/messages.json`, by path, as the build writes them. */
export function localeFiles(): Map<string, string> {
  return new Map(
    UI_LANGUAGES.map((lang) => [
      `_locales/${localeDirectory(lang)}/messages.json`,
      `${JSON.stringify(localeMessages(lang), null, 2)}\n`,
    ]),
  );
}
