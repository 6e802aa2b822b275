import "server-only";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage/storage";
import { fetchToFile } from "@/lib/assets/fetch-to-file";
import { FetchError } from "@/lib/assets/fetch-error";
import { probeMedia, MediaProbeError } from "@/lib/assets/probe-media";
import { fetchFailure, RenderFailure } from "@/lib/render/failure";
import type { Scene } from "@/lib/contract/schema";

export type SceneMedia = { file: string; width: number; height: number; duration?: number };

const LIMITS = { image: 50 * 1024 * 1024, video: 100 * 1024 * 1024 };

// A scene's image or video background as a local file, probed: URLs through the guarded fetcher (ffmpeg
// never fetches anything itself), asset ids from the team's storage.
export async function sceneMedia(scene: Scene, teamId: string, workDir: string, index: number): Promise<SceneMedia | undefined> {
  const bg = scene.background;
  if (bg.type === "color") return undefined;
  const file = path.join(workDir, `background-${index}`);
  const assetId = bg.type === "image" ? bg.image_asset_id : bg.video_asset_id;
  try {
    if (assetId) {
      const asset = await db().asset.findFirst({ where: { id: assetId, teamId } });
      const stream = asset ? await storage().get(asset.storageKey) : null;
      if (!asset || !stream) throw new RenderFailure("asset_unreachable", `The ${bg.type} asset ${assetId} no longer exists; upload it again.`, true);
      await pipeline(stream, createWriteStream(file));
    } else if (bg.url) {
      await fetchToFile(bg.url, file, { maxBytes: LIMITS[bg.type], timeoutMs: 60_000 });
    }
    const probe = await probeMedia(file);
    if (!probe.width || !probe.height) throw new RenderFailure("media_undecodable", `The ${bg.type} background has no picture ffmpeg can read.`, true);
    return { file, width: probe.width, height: probe.height, duration: probe.duration ?? undefined };
  } catch (error) {
    if (error instanceof FetchError) throw fetchFailure(error);
    if (error instanceof MediaProbeError) throw new RenderFailure("media_undecodable", `The ${bg.type} background could not be decoded: ${error.message}`, true);
    throw error;
  }
}
