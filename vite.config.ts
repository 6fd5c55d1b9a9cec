import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { generatedLocales } from './scripts/build/locales';
import { manifestFor, type Target } from './scripts/build/manifest';
import { noUnloadedChunks } from './scripts/build/unloadedChunks';
import { OFFSCREEN_PATH } from './src/background/offscreen';

// crxjs lists every ?iife script as web-accessible so pages could load it. Ours are only ever
// injected with scripting.executeScript, and a web-accessible file lets any site detect the
// extension, so the entry comes out again.
function noWebAccessibleResources(): Plugin & { renderCrxManifest(manifest: Record<string, unknown>): Record<string, unknown> } {
  return {
    name: 'lucid:no-web-accessible-resources',
    enforce: 'post',
    renderCrxManifest(manifest) {
      delete manifest.web_accessible_resources;
      return manifest;
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target }), noWebAccessibleResources(), generatedLocales(), noUnloadedChunks()],
    build: {
      outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Chromium's offscreen document, which nothing in the manifest names (background/offscreen.ts).
      rollupOptions: {
        ...(target === 'chrome' ? { input: { offscreen: OFFSCREEN_PATH } } : {}),
        // Rolldown's note that plugins took a large share of the build: noise on a busy shared machine,
        // where it came and went with the load, not a finding about the build.
        checks: { bundlerTimings: false },
        // The background's name hash covers crxjs's placeholders for ?iife scripts, ids made from
        // absolute paths: named plainly, a build from another folder makes the same files.
        output: { chunkFileNames: (chunk: { name: string; facadeModuleId: string | null }) => (chunk.facadeModuleId?.endsWith('/src/background/index.ts') ? 'assets/background.js' : 'assets/[name]-[hash].js') },
      },
    },
    server: { strictPort: true, port: 5173, hmr: { port: 5173 } },
  };
});
