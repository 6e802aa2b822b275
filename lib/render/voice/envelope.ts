import { SAMPLE_RATE } from "./types";

const WINDOW = SAMPLE_RATE / 100; // 10 ms

const level = (sum: number, count: number) => Math.round(Math.min(1, Math.sqrt(sum / count) / 32768) * 1000) / 1000;

// RMS loudness per 10 ms window of 16-bit PCM that arrives in pieces (a decoder's output, streamed to disk),
// 0 (silence) to 1 (full scale square wave), rounded to 3 decimals so the track stays small when it is
// stored with a render plan.
export class EnvelopeMeter {
  private readonly levels: number[] = [];
  private sum = 0;
  private count = 0;

  constructor(private readonly window = WINDOW) {}

  push(pcm: Int16Array): void {
    for (let i = 0; i < pcm.length; i++) {
      this.sum += pcm[i]! * pcm[i]!;
      if (++this.count === this.window) this.flush();
    }
  }

  // `samples` of digital silence (padding to a whole frame).
  pushSilence(samples: number): void {
    let left = samples;
    while (left > 0) {
      const take = Math.min(left, this.window - this.count);
      this.count += take;
      left -= take;
      if (this.count === this.window) this.flush();
    }
  }

  // The levels so far, with the last partial window as one of its own.
  result(): number[] {
    return this.count > 0 ? [...this.levels, level(this.sum, this.count)] : [...this.levels];
  }

  private flush(): void {
    this.levels.push(level(this.sum, this.count));
    this.sum = 0;
    this.count = 0;
  }
}

export function envelope(pcm: Int16Array, sampleRate = SAMPLE_RATE): number[] {
  const meter = new EnvelopeMeter(sampleRate === SAMPLE_RATE ? WINDOW : Math.round(sampleRate / 100));
  meter.push(pcm);
  return meter.result();
}
