import type { Catalogue, CatalogueLoader } from '../../../src/i18n';
import { catalogueAnswer } from '../../../src/i18n/catalogues';

// The reader carries no catalogue (its size budget): the background sends it, English with it.
// Tests hand the reader what the background would.

/** The English catalogue, as the reader gets it from the background. */
export const ENGLISH: Catalogue = { lang: 'en', ...catalogueAnswer('en') };

/** The background's answer to `i18n:catalogue`, without a background. */
export const catalogues: CatalogueLoader = async (lang) => catalogueAnswer(lang);
