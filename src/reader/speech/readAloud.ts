import type { SpeechBlock } from './blocks';
import { splitIntoChunks, wordEnd, type Chunk } from './chunks';
import type { SpeechPort, VoiceInfo } from './port';
import { chooseVoice } from './voices';

type ReadAloudStatus = 'idle' | 'playing' | 'paused' | 'no-voice' | 'failed';

export interface Highlight {
  /** offsets into the block's text */
  start: number;
  end: number;
  /** a word where the voice reports word boundaries; else the sentence being spoken */
  kind: 'sentence' | 'word';
}

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** index into the blocks; -1 before the first play */
  block: number;
  highlight: Highlight | null;
  /** the language that has no voice, for the 'no-voice' message */
  missingLang: string | null;
}

export interface ReadAloudOptions {
  /** voiceURI, '' for the best voice of each block's language */
  voiceUri: string;
  rate: number;
  pitch: number;
}

export const IDLE: ReadAloudState = Object.freeze({ status: 'idle', block: -1, highlight: null, missingLang: null });

// The engine's answer to our own cancel(), not a failure.
const OWN_ERRORS = new Set(['interrupted', 'canceled']);

/**
 * Reads blocks aloud one sentence-sized utterance at a time, which keeps every utterance
 * under the engines' cut-off, tells us which sentence is being spoken, and lets pause, skip
 * and a change of text or voice start cleanly from a known place. Pause cancels and
 * resumes at the last word the voice reported (else at the start of the sentence): engines'
 * own pause() is unreliable (Chromium on Android ignores it, and a long pause ends the utterance).
 */
export class ReadAloud {
  private blocks: SpeechBlock[] = [];
  private chunks = new Map<number, Chunk[]>();
  private state: ReadAloudState = IDLE;
  private chunk = 0;
  /** where in the sentence to pick up after a pause: the word last reported, when the voice reports words */
  private resumeAt: number | null = null;
  /** each utterance's events count only while it is the latest one */
  private generation = 0;

  constructor(
    private readonly port: SpeechPort,
    private options: ReadAloudOptions,
    private readonly onChange: (state: ReadAloudState) => void,
  ) {}

  get current(): ReadAloudState {
    return this.state;
  }

  /** New text (translation shown or taken back): a block being read starts over in its new words. */
  setBlocks(blocks: SpeechBlock[]): void {
    const reading = this.state.block >= 0 ? this.blocks[this.state.block] : undefined;
    const changed = reading !== undefined && blocks[this.state.block]?.text !== reading.text;
    this.blocks = blocks;
    this.chunks.clear();
    if (this.state.block >= blocks.length) {
      this.stop();
      return;
    }
    if (!changed) return;
    this.chunk = 0;
    this.resumeAt = null;
    if (this.state.status === 'playing') this.speakCurrent();
    else this.set({ highlight: null });
  }

  setOptions(options: ReadAloudOptions): void {
    const same = options.voiceUri === this.options.voiceUri && options.rate === this.options.rate && options.pitch === this.options.pitch;
    this.options = options;
    // Heard at once rather than from the next sentence, which may be a while.
    if (!same && this.state.status === 'playing') {
      this.resumeAt = this.wordStart();
      this.speakCurrent();
    }
  }

  toggle(): void {
    if (this.state.status === 'playing') this.pause();
    else this.play();
  }

  play(): void {
    if (this.blocks.length === 0) return;
    if (this.state.block < 0 || this.state.status === 'idle' || this.state.status === 'failed') {
      this.state = { ...this.state, block: 0 };
      this.chunk = 0;
      this.resumeAt = null;
    }
    this.speakCurrent();
  }

  pause(): void {
    if (this.state.status !== 'playing') return;
    this.silence();
    this.resumeAt = this.wordStart();
    this.set({ status: 'paused' });
  }

  stop(): void {
    const wasActive = this.state.status === 'playing' || this.port.speaking();
    this.generation++;
    if (wasActive) this.port.cancel();
    this.chunk = 0;
    this.resumeAt = null;
    if (this.state !== IDLE) this.set(IDLE);
  }

  /** The next (1) or previous (-1) block; reading goes on from there if it was going on. */
  skip(direction: 1 | -1): void {
    if (this.blocks.length === 0) return;
    const from = this.state.block < 0 ? (direction === 1 ? -1 : 0) : this.state.block;
    const to = Math.min(this.blocks.length - 1, Math.max(0, from + direction));
    this.chunk = 0;
    this.resumeAt = null;
    if (this.state.status === 'playing') {
      this.state = { ...this.state, block: to };
      this.speakCurrent();
    } else {
      this.set({ status: 'paused', block: to, highlight: this.sentenceHighlight(to, 0) });
    }
  }

  dispose(): void {
    this.stop();
  }

  private wordStart(): number | null {
    const highlight = this.state.highlight;
    return highlight?.kind === 'word' ? highlight.start : null;
  }

  private set(patch: Partial<ReadAloudState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }

  private silence(): void {
    this.generation++;
    this.port.cancel();
  }

  private chunksOf(index: number): Chunk[] {
    let chunks = this.chunks.get(index);
    if (!chunks) {
      const block = this.blocks[index];
      chunks = block ? splitIntoChunks(block.text, block.lang) : [];
      this.chunks.set(index, chunks);
    }
    return chunks;
  }

  private sentenceHighlight(block: number, chunk: number): Highlight | null {
    const piece = this.chunksOf(block)[chunk];
    return piece ? { start: piece.start, end: piece.end, kind: 'sentence' } : null;
  }

  private voiceFor(lang: string): VoiceInfo | null {
    return chooseVoice(this.port.voices(), lang, this.options.voiceUri);
  }

  private speakCurrent(): void {
    const index = this.state.block;
    const block = this.blocks[index];
    const piece = this.chunksOf(index)[this.chunk];
    if (!block || !piece) {
      this.advance();
      return;
    }
    const voice = this.voiceFor(block.lang);
    if (!voice) {
      this.silence();
      this.set({ status: 'no-voice', missingLang: block.lang, highlight: null });
      return;
    }
    // Anything still speaking goes first, or this would queue behind it.
    this.generation++;
    if (this.port.speaking()) this.port.cancel();
    const generation = this.generation;
    const mine = (): boolean => generation === this.generation;
    const resumeAt = this.resumeAt;
    this.resumeAt = null;
    const from = resumeAt !== null && resumeAt >= piece.start && resumeAt < piece.end ? resumeAt : piece.start;
    const text = block.text.slice(from, piece.end);
    this.set({ status: 'playing', missingLang: null, highlight: this.sentenceHighlight(index, this.chunk) });
    this.port.speak(
      { text, lang: voice.lang || block.lang, voice, rate: this.options.rate, pitch: this.options.pitch },
      {
        start: () => undefined,
        boundary: (name, charIndex, charLength) => {
          if (!mine() || name !== 'word' || charIndex < 0 || charIndex >= text.length) return;
          const end = charLength !== undefined ? charIndex + charLength : wordEnd(text, charIndex);
          this.set({ highlight: { start: from + charIndex, end: from + Math.min(end, text.length), kind: 'word' } });
        },
        end: () => {
          if (!mine()) return;
          this.chunk++;
          this.speakCurrent();
        },
        error: (code) => {
          if (!mine()) return;
          if (OWN_ERRORS.has(code)) return;
          this.generation++;
          this.set({ status: 'failed', highlight: null });
        },
      },
    );
  }

  /** Past the end of a block: the next one with something to say, or the end of the article. */
  private advance(): void {
    let index = this.state.block;
    for (;;) {
      index++;
      if (index >= this.blocks.length) {
        this.generation++;
        this.chunk = 0;
        this.set(IDLE);
        return;
      }
      if (this.chunksOf(index).length > 0) break;
    }
    this.state = { ...this.state, block: index };
    this.chunk = 0;
    this.speakCurrent();
  }
}
