import { MEL_BANDS, type AudioFeatures } from "./audio-features";

// Per-utterance normalisation of the spectral features, then what the mouth classifier sees per frame:
// the level relative to the clip's loud parts, 12 MFCCs normalised to the clip's speech mean and spread (a microphone's
// or engine's colouring cancels out), their deltas, and the same at four neighbouring frames (context:
// a plosive is a silence followed by a burst).
const CEPSTRA = 12;
const BASE = CEPSTRA + 1;
const CONTEXT = [-10, -5, 5, 10];
export const FEATURE_SIZE = BASE * (2 + CONTEXT.length);
// The least spread each cepstrum is scaled by: half of what 99% of the training utterances have. A clip of
// one sound (a long "aah") has almost none, and scaling its noise up to speech's spread would make it look
// like any phone.
const MIN_SPREAD = [1.75, 1.15, 1.15, 1, 0.75, 0.57, 0.54, 0.45, 0.38, 0.34, 0.31, 0.29];
// Below this, a clip has no sound at all (dBFS at its 95th percentile).
const SILENT_CLIP_DB = -70;
// Frames this far under the clip's loud level are silence; the level feature is clipped there.
const FLOOR_DB = 50;

export type MouthFeatures = {
  frames: number;
  // frames x FEATURE_SIZE.
  values: Float32Array;
  // Frames quiet enough to be silence whatever the classifier says.
  silent: Uint8Array;
};

function percentile(values: Float32Array, q: number): number {
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.floor(q * (sorted.length - 1))] ?? -100;
}

// DCT-II basis rows 1..CEPSTRA over the mel bands.
const DCT = Array.from({ length: CEPSTRA }, (_, c) =>
  Float32Array.from({ length: MEL_BANDS }, (_, b) => Math.cos((Math.PI * (c + 1) * (b + 0.5)) / MEL_BANDS) * Math.sqrt(2 / MEL_BANDS)),
);

export function mouthFeatures(audio: AudioFeatures): MouthFeatures {
  const { frames, level, bands } = audio;
  const loud = percentile(level, 0.95);
  const silent = new Uint8Array(frames);
  const base = new Float32Array(frames * BASE);
  if (frames === 0) return { frames, values: new Float32Array(0), silent };
  // Band powers floored relative to the clip, so background hiss and digital silence look alike.
  const floor = Math.log(10 ** ((loud - FLOOR_DB - 10) / 10));
  const mean = new Float32Array(CEPSTRA);
  let speech = 0;
  for (let i = 0; i < frames; i++) {
    const rel = Math.max(level[i]! - loud, -FLOOR_DB);
    silent[i] = loud < SILENT_CLIP_DB || rel <= -FLOOR_DB + 5 ? 1 : 0;
    base[i * BASE] = rel / 10;
    for (let c = 0; c < CEPSTRA; c++) {
      let sum = 0;
      for (let b = 0; b < MEL_BANDS; b++) sum += DCT[c]![b]! * Math.max(bands[i * MEL_BANDS + b]!, floor);
      base[i * BASE + 1 + c] = sum;
      if (rel > -30) mean[c]! += sum;
    }
    if (rel > -30) speech++;
  }
  // Mean and variance normalised over the speech frames (a voice's own spread cancels out too).
  const spread = new Float32Array(CEPSTRA);
  for (let i = 0; i < frames; i++)
    for (let c = 0; c < CEPSTRA; c++) {
      base[i * BASE + 1 + c]! -= mean[c]! / Math.max(1, speech);
      if (level[i]! - loud > -30) spread[c]! += base[i * BASE + 1 + c]! ** 2 / Math.max(1, speech);
    }
  for (let i = 0; i < frames; i++)
    for (let c = 0; c < CEPSTRA; c++) base[i * BASE + 1 + c]! /= Math.max(Math.sqrt(spread[c]!), MIN_SPREAD[c]!);

  const at = (i: number, k: number) => base[Math.min(frames - 1, Math.max(0, i)) * BASE + k]!;
  const values = new Float32Array(frames * FEATURE_SIZE);
  for (let i = 0; i < frames; i++) {
    const row = i * FEATURE_SIZE;
    for (let k = 0; k < BASE; k++) {
      values[row + k] = at(i, k);
      // Regression deltas over +-2 frames.
      values[row + BASE + k] = (2 * (at(i + 2, k) - at(i - 2, k)) + at(i + 1, k) - at(i - 1, k)) / 10;
      CONTEXT.forEach((offset, n) => (values[row + BASE * (2 + n) + k] = at(i + offset, k)));
    }
  }
  return { frames, values, silent };
}
