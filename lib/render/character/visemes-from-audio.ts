import "server-only";
import { audioFeatures } from "./audio-features";
import { mouthFeatures } from "./mouth-features";
import type { MouthProfile } from "./mouth-classifier";
import { mouthShapes } from "./mouth-shapes";
import profileJson from "./lipsync-profile.json";
import type { VisemeCue } from "./types";
import { visemesFromEnvelope } from "./visemes-from-envelope";
import { wavFeatures } from "./wav-features";

const profile = profileJson as MouthProfile;

// Mouth cues for a voice with no phones (an uploaded recording, a remote provider's speech), from the
// audio itself (a WAV file's path, or samples): MFCC features per 10 ms classified into Rhubarb's shapes by a profile trained on our own
// phone-aligned speech (scripts/lipsync/train.ts), smoothed. Only when the file cannot be read does the
// mouth fall back to following the loudness `envelope`.
export async function visemesFromAudio(
  audio: string | { pcm: Int16Array; sampleRate: number },
  duration: number,
  envelope: readonly number[] = [],
): Promise<VisemeCue[]> {
  if (!(duration > 0)) return [];
  let features;
  try {
    features = mouthFeatures(typeof audio === "string" ? await wavFeatures(audio) : audioFeatures(audio.pcm, audio.sampleRate));
  } catch {
    return visemesFromEnvelope(envelope, duration);
  }
  if (features.frames === 0) return visemesFromEnvelope(envelope, duration);
  return mouthShapes(features, profile, duration);
}
