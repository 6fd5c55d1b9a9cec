/**
 * The source catalogue: its keys define MessageKey and every other language
 * must provide all of them (checked by the type and by tests/unit/i18n).
 * Syntax: {name} parameters and {count, plural, one {…} other {…}}, see ../format.ts.
 * Where a language name is a parameter it sits in parentheses, so the sentence
 * stays grammatical whatever case or article the language would need.
 */
export const en = {
  // Reader overlay
  readingMode: 'Reading mode',
  readerToolbar: 'Reader controls',
  closeReader: 'Close reader view',
  readingSettings: 'Reading settings',
  themeAuto: 'Auto',
  themeLight: 'Light',
  themeSepia: 'Sepia',
  themeDark: 'Dark',
  themeBlack: 'Black',
  fontSize: 'Font size',
  fontSmaller: 'Smaller text',
  fontLarger: 'Larger text',
  fontFamily: 'Font',
  fontSerif: 'Serif',
  fontSans: 'Sans-serif',
  fontLegible: 'Legible',
  lineHeight: 'Line height',
  contentWidth: 'Content width',
  language: 'Language',
  interfaceLanguage: 'Interface language',
  languageAuto: 'Auto (browser language)',
  translateInto: 'Translate articles into',
  translateOff: 'Off',
  translationUnavailableApi: "Translation isn't available in this browser.",
  translationInsecurePage: 'The browser translates only pages opened over a secure (https) connection.',
  translationUnavailablePair: "This browser can't translate this article into the chosen language ({language}).",
  translationSameLanguage: 'This article is already in the chosen language ({language}).',
  translationNeedsDownload: 'Translation needs a one-time download of a language model.',
  translationDownload: 'Download',
  translationDownloading: 'Downloading language model… {percent}%',
  translationProgress: 'Translating… {done} of {total, plural, one {# paragraph} other {# paragraphs}}',
  translationDone: 'Translation complete.',
  showOriginal: 'Show original',
  showTranslation: 'Show translation',
  translationFailed: 'Translation stopped part way, so the original text is shown.',
  readingTime: '{count} min read',
  noArticle: 'No article found on this page',
  readingPage: 'Reading the page…',
  nextPage: 'Next page',
  alwaysOpenHere: 'Always open articles on this site',
  neverOpenHere: "Don't open automatically on this site",
  readAloud: 'Read aloud',
  pauseReading: 'Pause reading aloud',
  resumeReading: 'Resume reading aloud',
  previousParagraph: 'Previous paragraph',
  nextParagraph: 'Next paragraph',
  speechNoVoice: 'This browser has no voice that reads this language ({language}) aloud.',
  speechUnavailable: "This browser can't read aloud.",
  speechFailed: 'Reading aloud stopped because the voice failed.',
  speechVoice: 'Voice',
  speechVoiceAuto: 'Automatic',
  speechRate: 'Speed',
  speechPitch: 'Pitch',
  speechReadExtras: 'Also read captions, code and tables',
  contents: 'Contents',
  print: 'Print',
  printSource: 'Source',
  readingProgress: 'Reading progress',
  timeLeft: '{count, plural, one {# min left} other {# min left}}',
  timeLeftDone: 'Finished',
  progressValue: '{percent}% read',

  // Highlights: the reader (issue #23)

  // Saving the article: the reader (issue #23)
  saveArticle: 'Save article',
  saveAsMarkdown: 'Save as Markdown',
  saveAsHtml: 'Save as HTML',
  copyAsMarkdown: 'Copy as Markdown',
  savedFile: 'Saved {name}',
  copiedAsMarkdown: 'Copied as Markdown',
  copyFailed: "Couldn't copy. Try Save as Markdown instead.",
  saveFailed: "Couldn't save the article.",
  savedNotes: 'Notes',
  savedBackToText: 'Back to the text',

  // Options page
  optionsTitle: 'Lucid Reader settings',
  sectionAppearance: 'Appearance',
  sectionSites: 'Automatic opening',
  sectionBackup: 'Backup',
  preview: 'Preview',
  previewHeading: 'A quiet place to read',
  previewText:
    'Lucid Reader removes ads, pop-ups and clutter so you can focus on the story. Adjust the text until reading feels comfortable.',
  resetDefaults: 'Reset to defaults',
  resetConfirm: 'Reset all settings to their defaults?',
  resetDone: 'Settings were reset to their defaults.',
  settingsSaveFailed: "Couldn't save settings. Please try again.",
  exportSettings: 'Export settings',
  importSettings: 'Import settings',
  importSucceeded: 'Settings imported.',
  importInvalidJson: "That file isn't valid JSON.",
  importNotSettingsFile: "That file isn't a Lucid Reader settings file.",
  importNoSettings: "That file doesn't contain any Lucid Reader settings.",
  autoOpen: 'Open articles automatically on news sites',
  newsSites: 'News sites',
  neverOpenSites: 'Sites where articles never open automatically',
  siteInputLabel: 'Site address',
  siteInputHint: 'For example: example.com',
  addSite: 'Add site',
  removeSite: 'Remove {domain}',
  siteAdded: '{domain} added.',
  siteRemoved: '{domain} removed.',
  siteAlreadyListed: '{domain} is already in the list.',
  permissionDenied: "Permission for {domain} wasn't granted, so articles there won't open automatically.",
  grantAccess: 'Grant access to {domain}',
  invalidDomain: "That doesn't look like a site address. Try something like example.com.",
  noSites: 'No sites yet.',

  // Highlights: the options page (issue #23)
  sectionHighlights: 'Highlights',
  highlightsListSearch: 'Search highlights and notes',
  highlightsListResults: '{count, plural, one {# article found} other {# articles found}}',
  highlightsListNoMatch: 'No article matches your search.',
  highlightsListEmpty: 'No highlights yet. What you highlight in the reader is listed here, article by article.',
  highlightsListCount: '{count, plural, one {# highlight} other {# highlights}}',
  highlightsListUpdated: 'Changed {date}',
  highlightsListDelete: 'Delete',
  highlightsListDeleteArticle: 'Delete the highlights of “{title}”',
  highlightsListDeleted: 'The highlights of “{title}” were deleted.',
  highlightsListUndo: 'Undo',
  highlightsListRestored: 'The highlights of “{title}” are back.',
  highlightsListUnreadable: '{count, plural, one {# stored highlight could not be read and is not shown.} other {# stored highlights could not be read and are not shown.}}',
  highlightsListStorageFull: "Storage is full, so this wasn't saved. Nothing already saved was lost.",
  highlightsListFailed: "The highlights couldn't be changed. Please try again.",
  highlightsListImported: '{count, plural, one {Highlights of # article imported.} other {Highlights of # articles imported.}}',

};


/**
 * Shown by the browser itself (store listing, shortcut list, menus, toolbar tooltip): the build
 * writes these into _locales (../browserMessages.ts). Apart from the interface strings, so the
 * reader does not carry them.
 */
export const enBrowser = {
  extName: 'Lucid Reader',
  extDescription: 'Read news articles in a clean, distraction-free view with comfortable, adjustable text.',
  cmdToggle: 'Toggle reader view',
  menuOpenInReader: 'Open in reader view',
  menuOpenLinkInReader: 'Open link in reader view',
  actionTitle: 'Reader view',
  actionTitleUnavailable: "Reader view isn't available on this page",
  actionTitleNoArticle: 'No article found on this page',
  actionTitleImage: 'This page is an image, not an article',
  actionTitlePdf: 'This page is a PDF document: reader view shows web articles',
};

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
export type BrowserStrings = Readonly<Record<keyof typeof enBrowser, string>>;
