import { readFileSync } from "node:fs";
import { readWav } from "@/lib/render/voice/read-wav";

// Mean fundamental frequency (Hz) of the voiced 40 ms frames of a WAV file, by autocorrelation at
// 16 kHz between 60 and 500 Hz. Good enough to tell a high voice from a low one.
export function meanPitch(wavPath: string): number {
  const { pcm, sampleRate } = readWav(readFileSync(wavPath));
  const step = Math.max(1, Math.round(sampleRate / 16_000));
  const rate = sampleRate / step;
  const x = Float64Array.from({ length: Math.floor(pcm.length / step) }, (_, i) => pcm[i * step]! / 32768);
  const frame = Math.round(rate * 0.04);
  const [minLag, maxLag] = [Math.floor(rate / 500), Math.ceil(rate / 60)];
  const found: number[] = [];
  for (let start = 0; start + frame + maxLag < x.length; start += frame) {
    let energy = 0;
    for (let i = start; i < start + frame; i++) energy += x[i]! * x[i]!;
    if (energy / frame < 1e-3) continue;
    let best = 0;
    let bestLag = 0;
    for (let lag = minLag; lag <= maxLag; lag++) {
      let sum = 0;
      for (let i = start; i < start + frame; i++) sum += x[i]! * x[i + lag]!;
      if (sum > best) [best, bestLag] = [sum, lag];
    }
    if (best / energy > 0.5) found.push(rate / bestLag);
  }
  return found.reduce((a, b) => a + b, 0) / Math.max(1, found.length);
}
