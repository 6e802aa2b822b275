import { SAMPLE_RATE } from "./types";

const WINDOW = SAMPLE_RATE / 100; // 10 ms

// RMS loudness per 10 ms window of 16-bit PCM, 0 (silence) to 1 (full scale square wave), rounded to
// 3 decimals so the track stays small when it is stored with a render plan.
export function envelope(pcm: Int16Array, sampleRate = SAMPLE_RATE): number[] {
  const window = sampleRate === SAMPLE_RATE ? WINDOW : Math.round(sampleRate / 100);
  const out: number[] = [];
  for (let start = 0; start < pcm.length; start += window) {
    const end = Math.min(start + window, pcm.length);
    let sum = 0;
    for (let i = start; i < end; i++) sum += pcm[i]! * pcm[i]!;
    const rms = Math.sqrt(sum / (end - start)) / 32768;
    out.push(Math.round(Math.min(1, rms) * 1000) / 1000);
  }
  return out;
}
