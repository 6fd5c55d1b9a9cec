/**
 * Host access, which the in-memory browser (browser.ts) leaves unimplemented: the origins held,
 * whether the person grants the next prompt, and every prompt shown. Installed on `fakeBrowser`
 * itself, so the real site-access module (settings/browserSiteAccess.ts) talks to it.
 *
 * `request` answers synchronously into `requests`, as the test reads it right after a click:
 * browsers honour a request only when it is made in the click's own task.
 */
import { vi } from 'vitest';
import { fakeBrowser } from './browser';

export interface HostAccess {
  held: Set<string>;
  grant: boolean;
  requests: string[][];
}

type Origins = { origins?: string[] };

export function fakeHostAccess(held: Iterable<string> = []): HostAccess {
  const access: HostAccess = { held: new Set(held), grant: true, requests: [] };
  type Listener = Parameters<typeof fakeBrowser.permissions.onAdded.addListener>[0];
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const { permissions } = fakeBrowser;
  vi.spyOn(permissions, 'contains').mockImplementation(async ({ origins = [] }: Origins) => origins.every((origin) => access.held.has(origin)));
  vi.spyOn(permissions, 'request').mockImplementation(({ origins = [] }: Origins) => {
    access.requests.push(origins);
    if (access.grant) {
      for (const origin of origins) access.held.add(origin);
      for (const listener of added) listener({ origins });
    }
    return Promise.resolve(access.grant);
  });
  vi.spyOn(permissions, 'remove').mockImplementation(async ({ origins = [] }: Origins) => {
    for (const origin of origins) access.held.delete(origin);
    for (const listener of removed) listener({ origins });
    return true;
  });
  vi.spyOn(permissions.onAdded, 'addListener').mockImplementation((listener: Listener) => void added.add(listener));
  vi.spyOn(permissions.onAdded, 'removeListener').mockImplementation((listener: Listener) => void added.delete(listener));
  vi.spyOn(permissions.onRemoved, 'addListener').mockImplementation((listener: Listener) => void removed.add(listener));
  vi.spyOn(permissions.onRemoved, 'removeListener').mockImplementation((listener: Listener) => void removed.delete(listener));
  return access;
}
