import type { LanguageCode } from '../settings/schema';
import { ar } from './messages/ar';
import { bn } from './messages/bn';
import { de } from './messages/de';
import { en, type Messages } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { hi } from './messages/hi';
import { ja } from './messages/ja';
import { ptBR } from './messages/pt-BR';
import { ru } from './messages/ru';
import { zhCN } from './messages/zh-CN';

// Every catalogue, for the options page, the background and the build. The reader is not
// given this table: it gets the one language it shows, and English for a message that one
// lacks, from the background ('i18n:catalogue'), which keeps ~19 KB gzipped out of every page
// it opens on.
export const CATALOGUES: Readonly<Record<LanguageCode, Messages>> = {
  en,
  hi,
  bn,
  es,
  fr,
  de,
  'pt-BR': ptBR,
  ru,
  ar,
  'zh-CN': zhCN,
  ja,
};

/**
 * The background's answer to the reader's `i18n:catalogue`: the language's messages (English for
 * one it has none of), and English for any message a translation lacks. The reader carries none.
 */
export function catalogueAnswer(lang: LanguageCode): { messages: Messages; english: Messages } {
  return { messages: CATALOGUES[lang] ?? en, english: en };
}
