import type { Plugin } from 'vite';
import { localeFiles } from '../../src/i18n/browserMessages';

/** Writes `_locales/*` from the TypeScript catalogues, so the browser's strings have one source. */
export function generatedLocales(): Plugin {
  return {
    name: 'lucid:generated-locales',
    generateBundle() {
      for (const [fileName, source] of localeFiles()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
