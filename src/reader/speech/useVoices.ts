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

/** A language's name in the interface language ("français" → "French"), the tag where the browser cannot name it. */
export function languageName(lang: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
