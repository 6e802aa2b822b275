import FFT from "fft.js";

// Spectral features of speech per 10 ms (one centisecond, the step of the mouth timeline): the frame's
// level in dB and its log mel band energies over a 25 ms Hamming window. Bands are laid out in Hz between
// 100 and 7600 Hz and averaged per band, so any sample rate from 16 kHz up gives the same features
// (the engines speak at 16 and 22.05 kHz, tracks are 48 kHz).
export const MEL_BANDS = 24;
const LOW_HZ = 100;
const HIGH_HZ = 7600;
const WINDOW_SECONDS = 0.025;
const PRE_EMPHASIS = 0.97;

export type AudioFeatures = {
  frames: number;
  // dBFS of each frame (-100 for digital silence).
  level: Float32Array;
  // frames x MEL_BANDS natural-log band powers (floored at 1e-12).
  bands: Float32Array;
};

const mel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const hzOf = (m: number) => 700 * (10 ** (m / 2595) - 1);

// Triangular filters over FFT bins, each normalised to weights summing to 1 (a band's mean power).
function melFilters(size: number, sampleRate: number): { start: number; weights: Float32Array }[] {
  const edges = Array.from({ length: MEL_BANDS + 2 }, (_, i) => hzOf(mel(LOW_HZ) + ((mel(HIGH_HZ) - mel(LOW_HZ)) * i) / (MEL_BANDS + 1)));
  const binHz = sampleRate / size;
  return Array.from({ length: MEL_BANDS }, (_, b) => {
    const [lo, mid, hi] = [edges[b]!, edges[b + 1]!, edges[b + 2]!];
    const start = Math.max(0, Math.ceil(lo / binHz));
    const end = Math.min(size / 2, Math.floor(hi / binHz));
    const weights: number[] = [];
    for (let k = start; k <= end; k++) {
      const hz = k * binHz;
      weights.push(Math.max(0, hz <= mid ? (hz - lo) / (mid - lo) : (hi - hz) / (hi - mid)));
    }
    // A band narrower than one bin (low rates, small windows) takes its nearest bin.
    if (weights.every((w) => w === 0)) return { start: Math.round(mid / binHz), weights: new Float32Array([1]) };
    const sum = weights.reduce((a, w) => a + w, 0);
    return { start, weights: Float32Array.from(weights, (w) => w / sum) };
  });
}

// Features of 16-bit mono PCM that arrives in pieces (a WAV file read in chunks); frame i is centred on
// (i + 0.5) * 10 ms, so it describes the timeline's centisecond i.
export class FeatureMeter {
  private readonly hop: number;
  private readonly window: Float32Array;
  private readonly fft: FFT;
  private readonly input: Float32Array;
  private readonly spectrum: number[];
  private readonly filters: { start: number; weights: Float32Array }[];
  private readonly windowPower: number;
  // Pre-emphasised samples not yet behind every frame that needs them; `base` is the index of buffer[0].
  private buffer = new Float32Array(0);
  private base = 0;
  private total = 0;
  private previous = 0;
  private readonly level: number[] = [];
  private readonly bands: number[] = [];

  constructor(private readonly sampleRate: number) {
    this.hop = sampleRate / 100;
    const length = Math.round(WINDOW_SECONDS * sampleRate);
    this.window = Float32Array.from({ length }, (_, n) => 0.54 - 0.46 * Math.cos((2 * Math.PI * n) / (length - 1)));
    let size = 256;
    while (size < length) size *= 2;
    this.fft = new FFT(size);
    this.input = new Float32Array(size);
    this.spectrum = this.fft.createComplexArray() as number[];
    this.filters = melFilters(size, sampleRate);
    this.windowPower = this.window.reduce((a, w) => a + w * w, 0);
  }

  push(pcm: Int16Array): void {
    const next = new Float32Array(this.buffer.length + pcm.length);
    next.set(this.buffer);
    for (let i = 0; i < pcm.length; i++) {
      const x = pcm[i]! / 32768;
      next[this.buffer.length + i] = x - PRE_EMPHASIS * this.previous;
      this.previous = x;
    }
    this.buffer = next;
    this.total += pcm.length;
    this.drain(false);
  }

  // Every frame of the pushed audio (the last ones padded with silence).
  result(): AudioFeatures {
    this.drain(true);
    return { frames: this.level.length, level: Float32Array.from(this.level), bands: Float32Array.from(this.bands) };
  }

  private drain(final: boolean): void {
    const frames = () => (final ? Math.ceil(this.total / this.hop) : Infinity);
    const half = Math.floor(this.window.length / 2);
    for (let i = this.level.length; i < frames(); i = this.level.length) {
      const from = Math.round((i + 0.5) * this.hop) - half;
      if (!final && from + this.window.length > this.total) break;
      this.frame(from);
    }
    // Keep only what later frames still need.
    const keepFrom = Math.round((this.level.length + 0.5) * this.hop) - half;
    const drop = Math.max(0, Math.min(this.buffer.length, keepFrom - this.base));
    if (drop > 0) {
      this.buffer = this.buffer.slice(drop);
      this.base += drop;
    }
  }

  private frame(from: number): void {
    const { input, window } = this;
    input.fill(0);
    let energy = 0;
    for (let n = 0; n < window.length; n++) {
      const x = this.buffer[from + n - this.base] ?? 0;
      input[n] = x * window[n]!;
      energy += input[n]! * input[n]!;
    }
    this.level.push(10 * Math.log10(energy / this.windowPower + 1e-10));
    this.fft.realTransform(this.spectrum, input);
    for (const { start, weights } of this.filters) {
      let power = 0;
      for (let k = 0; k < weights.length; k++) {
        const re = this.spectrum[2 * (start + k)] ?? 0;
        const im = this.spectrum[2 * (start + k) + 1] ?? 0;
        power += weights[k]! * (re * re + im * im);
      }
      this.bands.push(Math.log(power / this.windowPower + 1e-12));
    }
  }
}

export function audioFeatures(pcm: Int16Array, sampleRate: number): AudioFeatures {
  const meter = new FeatureMeter(sampleRate);
  meter.push(pcm);
  return meter.result();
}
