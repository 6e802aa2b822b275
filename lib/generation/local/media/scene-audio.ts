import "server-only";
import path from "node:path";
import { MAX_FETCHED_MEDIA_SECONDS, MAX_VOICE_SECONDS } from "@/lib/contract/estimate";
import type { VoiceSettings } from "@/lib/contract/schema";
import { RenderFailure } from "@/lib/render/failure";
import type { AudioInput } from "@/lib/render/voice/types";
import { mediaFile } from "./media-file";
import type { SceneMediaOptions } from "./scene-media";

// Uploads stop at 50 MB; a linked WAV may be larger (ten minutes of 48 kHz stereo are 115 MB).
const MAX_BYTES = 200 * 1024 * 1024;
const DOWNLOAD_MS = 60_000;

// An audio voice's recording as a local file of a sniffed type: an audio_url through the fetch guard, or the
// team's audio asset. A linked recording may last 10 minutes (its length was unknown at submit); an asset,
// measured at upload, as long as a video's voice may.
export async function sceneAudio(voice: VoiceSettings, index: number, opts: SceneMediaOptions): Promise<AudioInput | undefined> {
  if (voice.type !== "audio") return undefined;
  const from = voice.audio_asset_id ? { assetId: voice.audio_asset_id } : voice.audio_url ? { url: voice.audio_url } : undefined;
  if (!from) throw new RenderFailure("asset_unreachable", "The audio voice has neither audio_url nor audio_asset_id.", true);
  const file = path.join(opts.workDir, `audio-${index}`);
  const media = await mediaFile(from, "audio", "voice audio", { ...opts, file, maxBytes: MAX_BYTES, timeoutMs: DOWNLOAD_MS });
  return { file: media, maxSeconds: "url" in from ? MAX_FETCHED_MEDIA_SECONDS : MAX_VOICE_SECONDS };
}
