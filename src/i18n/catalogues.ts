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

// All catalogues are bundled (a few KB each) so that switching the interface
// language applies instantly in every view, without an async load.
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
