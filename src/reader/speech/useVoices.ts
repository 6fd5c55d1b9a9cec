import { useEffect, useState } from 'preact/hooks';
import type { SpeechPort, VoiceInfo } from './port';

/** The engine's voices, kept current: Chromium lists them only once its speech service answers. */
export function useVoices(port: SpeechPort | null): readonly VoiceInfo[] {
  const [voices, setVoices] = useState<readonly VoiceInfo[]>(() => port?.voices() ?? []);
  useEffect(() => {
    if (!port) return undefined;
    const update = (): void => setVoices(port.voices());
    update();
    return port.onVoicesChanged(update);
  }, [port]);
  return voices;
}

// One per interface language: building one loads locale data, and the voice list names a language per voice.
const displayNames = new Map<string, Intl.DisplayNames>();

/** A language's name in the interface language ("français" → "French"), the tag where the browser cannot name it. */
export function languageName(lang: string, uiLang: string): string {
  try {
    let names = displayNames.get(uiLang);
    if (names === undefined) {
      names = new Intl.DisplayNames([uiLang], { type: 'language' });
      displayNames.set(uiLang, names);
    }
    return names.of(lang) ?? lang;
  } catch {
    return lang;
  }
}
