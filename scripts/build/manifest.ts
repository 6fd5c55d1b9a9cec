import type { ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { DEFAULT_NEWS_DOMAINS, matchPatternsFor } from '../../src/settings/domains';

export type Target = 'chrome' | 'firefox';

// The shipped news sites work out of the box, so their access is asked for at install; the
// list itself lives in settings/domains.ts and the manifest only mirrors it.
const hostPermissions = DEFAULT_NEWS_DOMAINS.flatMap(matchPatternsFor);

/**
 * The manifest of one build. One source manifest; the Firefox build differs only where Firefox's
 * MV3 does (background scripts instead of a service worker, a gecko id, no Chrome-only keys).
 */
export function manifestFor(target: Target): ManifestV3Export {
  // package.json holds the one version number: the builds, the store packages and their names.
  const manifest = { ...baseManifest, version: pkg.version, host_permissions: hostPermissions };
  // Chromium extracts in an offscreen document (its service worker has no DOM); Firefox's
  // background page has a DOM of its own and knows no such permission.
  if (target === 'chrome') return { ...manifest, permissions: [...manifest.permissions, 'offscreen'] } as ManifestV3Export;
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: 'lucid-reader@lucid-reader.app',
        // data_collection_permissions (AMO's data consent, required of new add-ons) is known to
        // Firefox from 140 (an ESR) on desktop and from 142 on Android; web-ext lint holds us to it.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}
