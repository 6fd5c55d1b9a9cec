import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

// One source manifest; the Firefox build differs only where Firefox's MV3 does
// (background scripts instead of a service worker, a gecko id, no Chrome-only keys).
type Target = 'chrome' | 'firefox';

function manifestFor(target: Target): ManifestV3Export {
  if (target === 'chrome') return baseManifest as ManifestV3Export;
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'lucid-reader@lucid-reader.app',
        strict_min_version: '128.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

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
    plugins: [preact(), crx({ manifest: manifestFor(target), browser: target }), noWebAccessibleResources()],
    build: {
      outDir: target === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
    },
    server: { strictPort: true, port: 5173, hmr: { port: 5173 } },
  };
});
