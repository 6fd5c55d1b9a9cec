import browser, { type Scripting } from 'webextension-polyfill';
import detectScript from '../content/detect.ts?iife';
import { settingsStore } from '../settings/browserStore';
import { siteAccess } from '../settings/browserSiteAccess';
import type { Settings } from '../settings/schema';
import { registrationPlan, type RegistrationPlan } from '../settings/sitePolicy';

const SCRIPT_ID = 'lucid-auto-open';

function samePatterns(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const left = [...(a ?? [])].sort();
  const right = [...b].sort();
  return left.length === right.length && left.every((pattern, i) => pattern === right[i]);
}

function isCurrent(existing: Scripting.RegisteredContentScript | undefined, plan: RegistrationPlan): boolean {
  return (
    existing !== undefined &&
    samePatterns(existing.matches, plan.matches) &&
    samePatterns(existing.excludeMatches, plan.excludeMatches) &&
    samePatterns(existing.js, [detectScript])
  );
}

async function apply(settings: Settings): Promise<void> {
  // Only the listed domains the extension may actually read: the user can withhold any of them.
  const held = settings.autoOpen ? await siteAccess.heldAmong(settings.autoOpenDomains) : [];
  const plan = registrationPlan(settings, held);
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (plan !== null && isCurrent(existing, plan)) return;
  if (existing) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (plan === null) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches: plan.matches,
      ...(plan.excludeMatches.length > 0 ? { excludeMatches: plan.excludeMatches } : {}),
      js: [detectScript],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

let queue: Promise<void> = Promise.resolve();

/**
 * Brings the registered detection script in line with the settings and the host access held.
 * Runs one at a time: a settings save and the permission event it causes arrive together.
 */
export function syncRegistration(): Promise<void> {
  const run = queue.then(async () => apply(await settingsStore.load()));
  queue = run.catch((error: unknown) => {
    console.warn('Lucid Reader: could not update automatic opening', error);
  });
  return queue;
}

/** Only the settings that decide registration; other changes (font size…) need no work. */
export function registrationKey(settings: Settings): string {
  return JSON.stringify([settings.autoOpen, settings.autoOpenDomains, settings.neverOpenDomains]);
}
