import { render } from 'preact';
import readerCss from '../reader/styles/reader.css?inline';
import optionsCss from './options.css?inline';
import { themeCss } from '../reader/themeCss';
import { settingsStore } from '../settings/browserStore';
import { siteAccess } from '../settings/browserSiteAccess';
import { browserHighlightsLibrary } from '../highlights/browserLibrary';
import { siteRulesStore } from '../siteRules/browserStore';
import { OptionsApp } from './OptionsApp';

// The same stylesheet and palettes as the overlay, so the preview is what the reader shows.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${readerCss}\n${themeCss('.lr-themed')}\n${optionsCss}`);
document.adoptedStyleSheets = [sheet];

const root = document.getElementById('app');
if (root) {
  const initial = await settingsStore.load();
  render(<OptionsApp store={settingsStore} sites={siteAccess} initialSettings={initial} browserLanguages={navigator.languages} highlights={browserHighlightsLibrary} siteRules={siteRulesStore} />, root);
}
