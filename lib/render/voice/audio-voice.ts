import "server-only";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { fetchToFile } from "@/lib/assets/fetch-to-file";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage/storage";
import { streamToFile } from "@/lib/storage/stream-to-file";
import { StorageLimitError } from "@/lib/storage/storage-errors";
import { RenderFailure } from "@/lib/render/failure";
import { audioFailure } from "./audio-failure";
import { envelope } from "./envelope";
import { ffmpegPcm } from "./ffmpeg-pcm";
import { frameDuration, sampleCount } from "./frame-duration";
import { SAMPLE_RATE, type VoiceOptions, type VoiceTrack } from "./types";
import { trackPath } from "./track-path";
import { writeWav } from "./write-wav";

export type AudioSource = { audio_url?: string; audio_asset_id?: string };
export type AudioVoiceOptions = VoiceOptions & {
  // Hosts that may resolve to private addresses (tests, trusted internal storage); default ALLOWED_FETCH_HOSTS.
  allowedHosts?: readonly string[];
};

const MAX_BYTES = 200 * 1024 * 1024;
const DOWNLOAD_MS = 60_000;
// loudnorm runs at well over 50x realtime; an hour of audio stays inside this.
const DECODE_MS = 300_000;
// EBU R128 at about -16 LUFS (speech on the web), true peak under -1.5 dBFS.
const LOUDNORM = "loudnorm=I=-16:TP=-1.5:LRA=11";

// The team's stored asset copied into the work directory; someone else's asset reads like a missing one.
async function assetToFile(assetId: string, teamId: string, file: string): Promise<void> {
  const asset = await db().asset.findFirst({ where: { id: assetId, teamId }, select: { storageKey: true, type: true } });
  if (!asset) throw new RenderFailure("asset_unreachable", `Audio asset ${assetId} was not found.`, true);
  if (asset.type === "image") throw new RenderFailure("media_undecodable", `Asset ${assetId} is an image, not audio.`, true);
  const stream = await storage().get(asset.storageKey);
  if (!stream) throw new RenderFailure("asset_unreachable", `The file of asset ${assetId} is missing from storage.`, true);
  try {
    await streamToFile(stream, file, { maxBytes: MAX_BYTES });
  } catch (error) {
    if (error instanceof StorageLimitError) throw new RenderFailure("asset_too_large", `Asset ${assetId} is larger than the limit.`, true);
    throw error;
  }
}

// An uploaded or linked recording: downloaded through the fetch guard (ffmpeg never sees a URL),
// decoded, loudness-normalised, resampled to 48 kHz mono and padded to a whole frame.
export async function audioVoice(source: AudioSource, opts: AudioVoiceOptions): Promise<VoiceTrack> {
  const download = path.join(opts.workDir, `audio-${randomBytes(6).toString("hex")}`);
  try {
    if (source.audio_asset_id) await assetToFile(source.audio_asset_id, opts.teamId, download);
    else if (source.audio_url)
      await fetchToFile(source.audio_url, download, { maxBytes: MAX_BYTES, timeoutMs: DOWNLOAD_MS, signal: opts.signal, allowedHosts: opts.allowedHosts });
    else throw new RenderFailure("asset_unreachable", "The audio voice has neither audio_url nor audio_asset_id.", true);
    const pcm = await ffmpegPcm({ file: download }, { filters: LOUDNORM, timeoutMs: DECODE_MS, signal: opts.signal });
    if (pcm.length === 0) throw new RenderFailure("media_undecodable", "The voice audio has no sound in it.", true);
    const duration = frameDuration(pcm.length / SAMPLE_RATE, opts.fps);
    const wavPath = trackPath(opts.workDir);
    const body = await writeWav(wavPath, pcm, sampleCount(duration, SAMPLE_RATE));
    return { kind: "audio", wavPath, duration, words: [], phones: [], envelope: envelope(body) };
  } catch (error) {
    throw audioFailure(error, opts.signal);
  } finally {
    await rm(download, { force: true });
  }
}
