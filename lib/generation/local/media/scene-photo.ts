import "server-only";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Scene } from "@/lib/contract/schema";
import { db } from "@/lib/db";
import { RenderFailure } from "@/lib/render/failure";
import type { PhotoAnalysis, PhotoInput } from "@/lib/render/photo/types";
import { storage } from "@/lib/storage/storage";
import { photoFiles } from "@/lib/talking-photos/photo-files";

// A talking-photo scene's portrait, matte and analysis, copied from storage. A photo deleted after the video
// was submitted still renders: its files stay until no unfinished video needs them.
export async function scenePhoto(scene: Scene, index: number, opts: { teamId: string; workDir: string }): Promise<PhotoInput | undefined> {
  const c = scene.character;
  if (c?.type !== "talking_photo") return undefined;
  const row = await db().talkingPhoto.findFirst({ where: { id: c.talking_photo_id, teamId: opts.teamId }, select: { sha256: true } });
  const keys = row && photoFiles(row.sha256);
  const local = (name: string) => path.join(opts.workDir, `photo-${index}-${name}`);
  const copy = async (key: string, file: string) => {
    const stream = await storage().get(key);
    if (!stream) return false;
    await pipeline(stream, createWriteStream(file));
    return true;
  };
  const input = { imagePath: local("image.jpg"), mattePath: local("matte.png"), analysisPath: local("analysis.json") };
  const found =
    keys &&
    (await copy(keys.image, input.imagePath)) &&
    (await copy(keys.matte, input.mattePath)) &&
    (await copy(keys.analysis, input.analysisPath));
  if (!row || !found) {
    throw new RenderFailure("asset_unreachable", `The talking photo ${c.talking_photo_id} no longer exists; upload it again.`, true);
  }
  const analysis = JSON.parse(await readFile(input.analysisPath, "utf8")) as PhotoAnalysis;
  return { hash: row.sha256, imagePath: input.imagePath, mattePath: input.mattePath, analysis };
}
