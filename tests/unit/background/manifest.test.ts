import { describe, expect, it } from 'vitest';
import { manifestFor, type Target } from '../../../scripts/build/manifest';
import { DEFAULT_NEWS_DOMAINS } from '../../../src/settings/domains';

interface Permissions {
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
}

describe.each(['chrome', 'firefox'] as const satisfies readonly Target[])('the %s manifest', (target) => {
  const manifest = manifestFor(target) as unknown as Permissions;

  it('declares host access for exactly the shipped news sites, so they work out of the box', () => {
    const hosts = new Set(manifest.host_permissions);
    expect(hosts.size).toBe(manifest.host_permissions.length);
    expect(hosts.size).toBe(DEFAULT_NEWS_DOMAINS.length * 2);
    for (const domain of DEFAULT_NEWS_DOMAINS) {
      expect(hosts).toContain(`*://${domain}/*`);
      expect(hosts).toContain(`*://*.${domain}/*`);
    }
  });

  it('never asks for every site up front: other sites are optional, asked for one at a time', () => {
    const required = [...manifest.permissions, ...manifest.host_permissions];
    expect(required).not.toContain('<all_urls>');
    expect(required).not.toContain('*://*/*');
    expect(required).not.toContain('tabs');
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['contextMenus', 'scripting', 'storage', 'activeTab']));
  });

  it('asks for offscreen documents in Chromium alone, where the service worker has no DOM to extract in', () => {
    expect(manifest.permissions.includes('offscreen')).toBe(target === 'chrome');
  });
});
