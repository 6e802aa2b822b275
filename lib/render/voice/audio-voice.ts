import "server-only";
import { RenderFailure } from "@/lib/render/failure";
import { audioFailure } from "./audio-failure";
import { decodeToWav } from "./decode-to-wav";
import type { AudioInput, VoiceOptions, VoiceTrack } from "./types";
import { trackPath } from "./track-path";

// loudnorm runs at well over 50x realtime; an hour of audio stays inside this.
const DECODE_MS = 300_000;
// EBU R128 at about -16 LUFS (speech on the web), true peak under -1.5 dBFS.
const LOUDNORM = "loudnorm=I=-16:TP=-1.5:LRA=11";

// A recording (a local file of a known type: the engine never fetches) decoded with its type's demuxer,
// loudness-normalised, resampled to 48 kHz mono and padded to a whole frame.
export async function audioVoice(input: AudioInput, opts: VoiceOptions): Promise<VoiceTrack> {
  try {
    const wavPath = trackPath(opts.workDir);
    const decoded = await decodeToWav(input.file, {
      wavPath,
      fps: opts.fps,
      maxSeconds: input.maxSeconds,
      filters: LOUDNORM,
      timeoutMs: DECODE_MS,
      signal: opts.signal,
    });
    if (decoded.samples === 0) throw new RenderFailure("media_undecodable", "The voice audio has no sound in it.", true);
    return { kind: "audio", wavPath, duration: decoded.duration, words: [], phones: [], envelope: decoded.envelope };
  } catch (error) {
    throw audioFailure(error, opts.signal);
  }
}
