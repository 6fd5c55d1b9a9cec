import type { VoiceInfo } from './port';

function primaryLanguage(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

function normalTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * The voices on this device that speak `lang`, best first: the same regional variant, then the
 * engine's default. Network voices (Chrome's "Google …" voices) are left out: they would send
 * the article to a server, and the reader sends nothing anywhere.
 */
export function voicesForLanguage(voices: readonly VoiceInfo[], lang: string): VoiceInfo[] {
  const primary = primaryLanguage(lang);
  if (!primary) return [];
  const wanted = normalTag(lang);
  const score = (v: VoiceInfo): number => (normalTag(v.lang) === wanted ? 2 : 0) + (v.default ? 1 : 0);
  return voices
    .filter((v) => v.localService && primaryLanguage(v.lang) === primary)
    .sort((a, b) => score(b) - score(a) || a.name.localeCompare(b.name));
}

/** The chosen voice when it speaks the language, else the best one that does; null when none does. */
export function chooseVoice(voices: readonly VoiceInfo[], lang: string, preferredUri: string): VoiceInfo | null {
  const candidates = voicesForLanguage(voices, lang);
  return candidates.find((v) => v.voiceURI === preferredUri) ?? candidates[0] ?? null;
}
