import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { DEFAULT_NEWS_DOMAINS, matchPatternsFor } from '../../../src/settings/domains';

describe('manifest permissions', () => {
  it('declares host access for exactly the shipped news sites, so they work out of the box', () => {
    expect([...manifest.host_permissions].sort()).toEqual(DEFAULT_NEWS_DOMAINS.flatMap(matchPatternsFor).sort());
  });

  it('never asks for every site up front: other sites are optional, asked for one at a time', () => {
    const required = [...manifest.permissions, ...manifest.host_permissions];
    expect(required).not.toContain('<all_urls>');
    expect(required).not.toContain('*://*/*');
    expect(required).not.toContain('tabs');
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['contextMenus', 'scripting', 'storage', 'activeTab']));
  });
});
