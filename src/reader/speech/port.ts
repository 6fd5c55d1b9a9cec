/** What read aloud needs of a voice: the fields every engine's SpeechSynthesisVoice has. */
export interface VoiceInfo {
  readonly voiceURI: string;
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

interface SpeakRequest {
  text: string;
  lang: string;
  voice: VoiceInfo | null;
  rate: number;
  pitch: number;
}

interface SpeakEvents {
  start(): void;
  /** charIndex into the request's text; charLength only where the engine gives it (Chromium does, Firefox not) */
  boundary(name: string, charIndex: number, charLength: number | undefined): void;
  end(): void;
  error(code: string): void;
}

/** The engine, one utterance at a time: the Web Speech API in the browser, a fake in tests. */
export interface SpeechPort {
  voices(): readonly VoiceInfo[];
  /** voices often arrive after the first call (Chromium lists none until the engine answers) */
  onVoicesChanged(listener: () => void): () => void;
  speak(request: SpeakRequest, events: SpeakEvents): void;
  cancel(): void;
  speaking(): boolean;
}

export interface SpeechGlobals {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

/** The browser's own speech (nothing leaves the device with local voices), or null where there is none. */
export function browserSpeechPort(globals: SpeechGlobals = globalThis): SpeechPort | null {
  const synth = globals.speechSynthesis;
  const Utterance = globals.SpeechSynthesisUtterance;
  if (!synth || !Utterance) return null;
  // Chromium drops events of an utterance nothing references any more: keep the one speaking.
  let current: SpeechSynthesisUtterance | null = null;
  return {
    voices: () => synth.getVoices(),
    onVoicesChanged(listener) {
      synth.addEventListener('voiceschanged', listener);
      return () => synth.removeEventListener('voiceschanged', listener);
    },
    speak(request, events) {
      const utterance = new Utterance(request.text);
      utterance.lang = request.lang;
      utterance.rate = request.rate;
      utterance.pitch = request.pitch;
      // The engine wants its own voice object, not an equal-looking one.
      const voice = request.voice && synth.getVoices().find((v) => v.voiceURI === request.voice?.voiceURI);
      if (voice) utterance.voice = voice;
      utterance.onstart = () => events.start();
      utterance.onboundary = (e) => events.boundary(e.name, e.charIndex, e.charLength || undefined);
      utterance.onend = () => {
        if (current === utterance) current = null;
        events.end();
      };
      utterance.onerror = (e) => {
        if (current === utterance) current = null;
        events.error(e.error);
      };
      current = utterance;
      synth.speak(utterance);
    },
    cancel() {
      current = null;
      synth.cancel();
    },
    speaking: () => synth.speaking,
  };
}
