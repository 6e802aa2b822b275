import Meyda from "meyda";

// MFCC frames of speech for aligning two renderings of one text (lib/render/voice/dtw-align.ts): both signals
// are brought to 16 kHz, cut into 32 ms Hann windows every `hopSeconds`, and each coefficient is normalised
// over the utterance (mean 0, variance 1), so two voices of different timbre and loudness stay comparable.

export const MFCC_RATE = 16_000;
const WINDOW = 512;
const COEFFICIENTS = 13;

/** PCM at `from` Hz as floats at `to` Hz (box average over the step, then linear interpolation). */
export function resample(pcm: Int16Array, from: number, to: number): Float32Array {
  const out = new Float32Array(Math.floor((pcm.length * to) / from));
  const step = from / to;
  const span = Math.max(1, Math.round(step));
  for (let i = 0; i < out.length; i++) {
    const at = i * step;
    const lo = Math.floor(at);
    let sum = 0;
    let n = 0;
    for (let k = lo; k < Math.min(pcm.length, lo + span); k++, n++) sum += pcm[k]!;
    const next = lo + span < pcm.length ? pcm[lo + span]! : sum / Math.max(1, n);
    const frac = at - lo;
    out[i] = (sum / Math.max(1, n)) * (1 - frac / span) + next * (frac / span);
  }
  return out;
}

/** One normalised MFCC vector per hop over the whole signal (16 kHz floats in the 16-bit range). */
export function mfccFrames(signal: Float32Array, hopSeconds: number): Float32Array[] {
  const hop = Math.max(1, Math.round(hopSeconds * MFCC_RATE));
  Meyda.bufferSize = WINDOW;
  Meyda.sampleRate = MFCC_RATE;
  Meyda.numberOfMFCCCoefficients = COEFFICIENTS;
  Meyda.windowingFunction = "hanning";
  const frames: Float32Array[] = [];
  const window = new Float32Array(WINDOW);
  const count = Math.max(1, Math.ceil(signal.length / hop));
  for (let f = 0; f < count; f++) {
    const start = f * hop - WINDOW / 2;
    // A faint deterministic dither keeps digital silence out of log(0) territory and equal to itself.
    for (let k = 0; k < WINDOW; k++) window[k] = (signal[start + k] ?? 0) + (((k * 7919) % 13) - 6) * 0.5;
    const mfcc = Meyda.extract("mfcc", window) as unknown as number[];
    frames.push(Float32Array.from(mfcc));
  }
  for (let c = 0; c < COEFFICIENTS; c++) {
    let mean = 0;
    for (const fr of frames) mean += fr[c]!;
    mean /= frames.length;
    let variance = 0;
    for (const fr of frames) variance += (fr[c]! - mean) ** 2;
    const sd = Math.sqrt(variance / frames.length) || 1;
    for (const fr of frames) fr[c] = (fr[c]! - mean) / sd;
  }
  return frames;
}
