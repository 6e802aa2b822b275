import "server-only";
import { frameDuration, sampleCount } from "./frame-duration";
import { SAMPLE_RATE, type VoiceOptions, type VoiceTrack } from "./types";
import { trackPath } from "./track-path";
import { writeWav } from "./write-wav";

// `duration` seconds of digital silence, rounded up to a whole frame.
export async function silenceVoice(seconds: number, opts: VoiceOptions): Promise<VoiceTrack> {
  const duration = frameDuration(seconds, opts.fps);
  const samples = sampleCount(duration, SAMPLE_RATE);
  const wavPath = trackPath(opts.workDir);
  await writeWav(wavPath, new Int16Array(0), samples);
  return {
    kind: "silence",
    wavPath,
    duration,
    words: [],
    phones: [],
    envelope: new Array<number>(Math.ceil(samples / (SAMPLE_RATE / 100))).fill(0),
  };
}
