import { randomUUID } from "node:crypto";
import path from "node:path";
import { findVoice } from "@/lib/catalog";
import type { AudioFeatures } from "@/lib/render/character/audio-features";
import { mouthFeatures, type MouthFeatures } from "@/lib/render/character/mouth-features";
import { phoneClass } from "@/lib/render/character/phone-classes";
import type { Viseme, VisemeCue } from "@/lib/render/character/types";
import { visemeTimeline } from "@/lib/render/character/viseme-timeline";
import { wavFeatures } from "@/lib/render/character/wav-features";
import { decodeToWav } from "@/lib/render/voice/decode-to-wav";
import { renderVoice, type VoiceTrack } from "@/lib/render/voice/render-voice";
import { speakText } from "@/lib/render/voice/speak-text";
import type { Augment, Utterance } from "./corpus";

// One utterance as the render pipeline makes it (the 48 kHz track an audio voice would also have), its
// classifier features from the audio alone, and per centisecond the reference mouth from its phones and
// the phone's class.
export type SpokenUtterance = {
  utterance: Utterance;
  track: VoiceTrack;
  audio: AudioFeatures;
  features: MouthFeatures;
  reference: Viseme[];
  phones: string[];
};

export function shapesOf(cues: readonly VisemeCue[], length: number): Viseme[] {
  const out: Viseme[] = Array.from({ length }, () => "X");
  for (const cue of cues)
    for (let i = Math.round(cue.start * 100); i < Math.min(length, Math.round(cue.end * 100)); i++) out[i] = cue.viseme;
  return out;
}

// A catalog voice's language with another espeak-ng variant, resampled to a track like textVoice does.
async function variantTrack(utterance: Utterance, variant: string, workDir: string): Promise<VoiceTrack> {
  const voice = findVoice(utterance.voiceId);
  if (voice?.provider !== "builtin" || voice.engine !== "espeak-ng") throw new Error(`${utterance.voiceId} is no espeak-ng voice`);
  const spoken = await speakText({ ...voice, engine_variant: variant }, { text: utterance.text, speed: utterance.speed, pitch: 0 });
  const wavPath = path.join(workDir, `variant-${randomUUID()}.wav`);
  const { duration, envelope } = await decodeToWav(
    { pcm: spoken.pcm, sampleRate: spoken.sampleRate },
    { wavPath, fps: 25, maxSeconds: 600 },
  );
  return { kind: "text", wavPath, duration, words: spoken.words, phones: spoken.phones, envelope };
}

// ffmpeg filters that make one speaker sound like others while the phone timings still hold: the
// spectrum stretched (a shorter or longer vocal tract, pitch with it) at the same tempo, a telephone's
// 8 kHz band, a brighter or duller microphone.
const tract = (factor: number) => `asetrate=${48_000 * factor},aresample=48000,atempo=${1 / factor}`;
const AUGMENTS: Record<Augment, string> = {
  "tract-0.88": tract(0.88),
  "tract-0.94": tract(0.94),
  "tract-1.06": tract(1.06),
  "tract-1.12": tract(1.12),
  phone: "aresample=8000,aresample=48000",
  bright: "equalizer=f=250:t=o:w=2:g=-6,equalizer=f=4000:t=o:w=2:g=6",
  dull: "equalizer=f=250:t=o:w=2:g=6,equalizer=f=4000:t=o:w=2:g=-8",
};

async function augmentTrack(track: VoiceTrack, augment: Augment, workDir: string): Promise<VoiceTrack> {
  const wavPath = path.join(workDir, `augment-${randomUUID()}.wav`);
  const { envelope } = await decodeToWav(
    { path: track.wavPath, demuxer: "wav" },
    { wavPath, fps: 25, maxSeconds: 600, filters: AUGMENTS[augment] },
  );
  return { ...track, wavPath, envelope };
}

export async function speak(utterance: Utterance, workDir: string): Promise<SpokenUtterance> {
  const spoken = utterance.variant
    ? await variantTrack(utterance, utterance.variant, workDir)
    : await renderVoice(
        { type: "text", voice_id: utterance.voiceId, input_text: utterance.text, speed: utterance.speed, pitch: 0 },
        { workDir, fps: 25 },
      );
  const track = utterance.augment ? await augmentTrack(spoken, utterance.augment, workDir) : spoken;
  const audio = await wavFeatures(track.wavPath);
  const features = mouthFeatures(audio);
  const reference = shapesOf(visemeTimeline(track.phones, track.duration), features.frames);
  const phones = Array.from({ length: features.frames }, () => "sil");
  for (const p of track.phones)
    for (let i = Math.round(p.start * 100); i < Math.min(features.frames, Math.round(p.end * 100)); i++) phones[i] = phoneClass(p.phone);
  return { utterance, track, audio, features, reference, phones };
}

// Mouth classes compared by the bench: the nine shapes, and how open the mouth is.
export const OPENNESS: Record<Viseme, "closed" | "half" | "open"> = {
  A: "closed",
  X: "closed",
  B: "half",
  E: "half",
  F: "half",
  G: "half",
  C: "open",
  D: "open",
  H: "open",
};

export function agreement(a: readonly Viseme[], b: readonly Viseme[]): { exact: number; coarse: number; frames: number } {
  const frames = Math.min(a.length, b.length);
  let exact = 0;
  let coarse = 0;
  for (let i = 0; i < frames; i++) {
    if (a[i] === b[i]) exact++;
    if (OPENNESS[a[i]!] === OPENNESS[b[i]!]) coarse++;
  }
  return { exact, coarse, frames };
}
