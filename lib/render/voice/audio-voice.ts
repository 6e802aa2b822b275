import "server-only";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { MAX_FETCHED_MEDIA_SECONDS, MAX_VOICE_SECONDS } from "@/lib/contract/estimate";
import { RenderFailure } from "@/lib/render/failure";
import { mediaFile } from "@/lib/render/media/media-file";
import { audioFailure } from "./audio-failure";
import { decodeToWav } from "./decode-to-wav";
import type { VoiceOptions, VoiceTrack } from "./types";
import { trackPath } from "./track-path";

export type AudioSource = { audio_url?: string; audio_asset_id?: string };
export type AudioVoiceOptions = VoiceOptions & {
  // Hosts that may resolve to private addresses (tests, trusted internal storage); default ALLOWED_FETCH_HOSTS.
  allowedHosts?: readonly string[];
};

// Uploads stop at 50 MB; a linked WAV may be larger (ten minutes of 48 kHz stereo are 115 MB).
const MAX_BYTES = 200 * 1024 * 1024;
const DOWNLOAD_MS = 60_000;
// loudnorm runs at well over 50x realtime; an hour of audio stays inside this.
const DECODE_MS = 300_000;
// EBU R128 at about -16 LUFS (speech on the web), true peak under -1.5 dBFS.
const LOUDNORM = "loudnorm=I=-16:TP=-1.5:LRA=11";

// An uploaded or linked recording: downloaded through the fetch guard (ffmpeg never sees a URL), sniffed
// like an upload, decoded with its type's demuxer, loudness-normalised, resampled to 48 kHz mono and padded
// to a whole frame.
export async function audioVoice(source: AudioSource, opts: AudioVoiceOptions): Promise<VoiceTrack> {
  const download = path.join(opts.workDir, `audio-${randomBytes(6).toString("hex")}`);
  try {
    const from = source.audio_asset_id ? { assetId: source.audio_asset_id } : source.audio_url ? { url: source.audio_url } : undefined;
    if (!from) throw new RenderFailure("asset_unreachable", "The audio voice has neither audio_url nor audio_asset_id.", true);
    const media = await mediaFile(from, "audio", "voice audio", { ...opts, file: download, maxBytes: MAX_BYTES, timeoutMs: DOWNLOAD_MS });
    const wavPath = trackPath(opts.workDir);
    const maxSeconds = "url" in from ? MAX_FETCHED_MEDIA_SECONDS : MAX_VOICE_SECONDS;
    const decoded = await decodeToWav(media, { wavPath, fps: opts.fps, maxSeconds, filters: LOUDNORM, timeoutMs: DECODE_MS, signal: opts.signal });
    if (decoded.samples === 0) throw new RenderFailure("media_undecodable", "The voice audio has no sound in it.", true);
    return { kind: "audio", wavPath, duration: decoded.duration, words: [], phones: [], envelope: decoded.envelope };
  } catch (error) {
    throw audioFailure(error, opts.signal);
  } finally {
    await rm(download, { force: true });
  }
}
