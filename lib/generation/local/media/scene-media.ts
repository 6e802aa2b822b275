import "server-only";
import path from "node:path";
import { MAX_FETCHED_MEDIA_SECONDS, MAX_VOICE_SECONDS } from "@/lib/contract/estimate";
import { probeMedia, MediaProbeError } from "@/lib/assets/probe-media";
import { imageTooLarge, sizeLimits } from "@/lib/assets/media-types";
import { RenderFailure } from "@/lib/render/failure";
import type { Scene } from "@/lib/contract/schema";
import type { SceneMedia } from "@/lib/render/scene/types";
import { mediaFile } from "./media-file";

export type SceneMediaOptions = { teamId: string; workDir: string; signal?: AbortSignal; allowedHosts?: readonly string[] };

// A scene's image or video background as a local file of a sniffed type, probed: URLs through the guarded
// fetcher (ffmpeg never fetches anything itself), asset ids from the team's storage.
export async function sceneMedia(scene: Scene, index: number, opts: SceneMediaOptions): Promise<SceneMedia | undefined> {
  const bg = scene.background;
  if (!bg || bg.type === "color") return undefined;
  const assetId = bg.type === "image" ? bg.image_asset_id : bg.video_asset_id;
  const source = assetId ? { assetId } : bg.url ? { url: bg.url } : undefined;
  if (!source) throw new RenderFailure("asset_unreachable", `The ${bg.type} background has neither url nor asset id.`, true);
  const file = path.join(opts.workDir, `background-${index}`);
  const media = await mediaFile(source, bg.type, `${bg.type} background`, { ...opts, file, maxBytes: sizeLimits[bg.type] });
  let probe;
  try {
    probe = await probeMedia(media.path, { demuxer: media.demuxer });
  } catch (error) {
    if (error instanceof MediaProbeError)
      throw new RenderFailure("media_undecodable", `The ${bg.type} background could not be decoded: ${error.message}`, true);
    throw error;
  }
  if (!probe.width || !probe.height)
    throw new RenderFailure("media_undecodable", `The ${bg.type} background has no picture ffmpeg can read.`, true);
  const huge = bg.type === "image" ? imageTooLarge(probe.width, probe.height) : null;
  if (huge) throw new RenderFailure("asset_too_large", `The image background ${huge}.`, true);
  // With full_video the scene lasts as long as the video: its length is capped like a voice's.
  const cap = "url" in source ? MAX_FETCHED_MEDIA_SECONDS : MAX_VOICE_SECONDS;
  if (bg.type === "video" && bg.play_style === "full_video" && (probe.duration ?? 0) > cap) {
    throw new RenderFailure(
      "asset_too_large",
      `The video background lasts ${Math.round(probe.duration!)} s; with full_video it may last at most ${cap} s.`,
      true,
    );
  }
  return { file: media, width: probe.width, height: probe.height, duration: probe.duration ?? undefined };
}
