import type { SpeechGlobals, VoiceInfo } from '../../../../src/reader/speech/port';

type Handler = ((event: Record<string, unknown>) => void) | null;

export class FakeUtterance {
  lang = '';
  voice: VoiceInfo | null = null;
  rate = 1;
  pitch = 1;
  onstart: Handler = null;
  onend: Handler = null;
  onerror: Handler = null;
  onboundary: Handler = null;
  constructor(public text: string) {}
}

export function voice(name: string, lang: string, extra: Partial<VoiceInfo> = {}): VoiceInfo {
  return { voiceURI: `fake:${name}`, name, lang, localService: true, default: false, ...extra };
}

/**
 * Behaves as the Web Speech API does where it matters here: a queue, one utterance speaking at
 * a time, `speaking` true from speak() until the queue runs dry, cancel() ending the current
 * one with an "interrupted" error and dropping the rest. The test says when speech moves on.
 */
export class FakeSpeechSynthesis {
  queue: FakeUtterance[] = [];
  current: FakeUtterance | null = null;
  /** every utterance ever handed to speak(), in order */
  spoken: FakeUtterance[] = [];
  cancels = 0;
  private listeners = new Set<() => void>();

  constructor(private voiceList: VoiceInfo[] = []) {}

  get speaking(): boolean {
    return this.current !== null || this.queue.length > 0;
  }

  getVoices(): VoiceInfo[] {
    return [...this.voiceList];
  }

  setVoices(voices: VoiceInfo[]): void {
    this.voiceList = voices;
    for (const listener of this.listeners) listener();
  }

  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.delete(listener);
  }

  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (!this.current) this.startNext();
  }

  cancel(): void {
    this.cancels++;
    const interrupted = this.current;
    const dropped = this.queue;
    this.current = null;
    this.queue = [];
    interrupted?.onerror?.({ error: 'interrupted' });
    for (const u of dropped) u.onerror?.({ error: 'canceled' });
  }

  /** The engine reached a word: `charLength` only where the engine reports one (Chromium). */
  boundary(charIndex: number, charLength?: number, name = 'word'): void {
    this.current?.onboundary?.({ name, charIndex, charLength: charLength ?? 0 });
  }

  /** The current utterance has been spoken to its end. */
  finish(): void {
    const done = this.current;
    if (!done) throw new Error('nothing is speaking');
    this.current = null;
    done.onend?.({});
    if (!this.current) this.startNext();
  }

  fail(error: string): void {
    const failed = this.current;
    this.current = null;
    failed?.onerror?.({ error });
  }

  /** Speaks everything queued from now on to the end. */
  finishAll(limit = 1000): void {
    for (let i = 0; i < limit && this.current; i++) this.finish();
  }

  private startNext(): void {
    this.current = this.queue.shift() ?? null;
    this.current?.onstart?.({});
  }
}

export function fakeGlobals(synth: FakeSpeechSynthesis): SpeechGlobals {
  return {
    speechSynthesis: synth as unknown as SpeechSynthesis,
    SpeechSynthesisUtterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
  };
}
