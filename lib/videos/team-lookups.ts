import "server-only";
import { db } from "@/lib/db";
import type { VideoRequest } from "@/lib/contract/schema";

// What lib/contract needs to know about one team's objects, without importing the database itself.
export function teamLookups(teamId: string) {
  return {
    async assetType(id: string): Promise<"image" | "video" | "audio" | null> {
      const asset = await db().asset.findFirst({ where: { id, teamId }, select: { type: true } });
      return asset?.type ?? null;
    },
    async folderExists(id: string): Promise<boolean> {
      return (await db().folder.count({ where: { id, teamId, trashedAt: null } })) > 0;
    },
    // The team's own, not deleted: another team's id is as unknown as a made-up one.
    async talkingPhotoExists(id: string): Promise<boolean> {
      return (await db().talkingPhoto.count({ where: { id, teamId, deletedAt: null } })) > 0;
    },
    /** Durations (seconds) of the assets whose length a request's cost depends on: audio voices, full_video backgrounds. */
    async assetDurations(request: VideoRequest): Promise<Record<string, number>> {
      const ids = request.video_inputs.flatMap((scene) => [
        ...(scene.voice.type === "audio" && scene.voice.audio_asset_id ? [scene.voice.audio_asset_id] : []),
        ...(scene.background?.type === "video" && scene.background.play_style === "full_video" && scene.background.video_asset_id
          ? [scene.background.video_asset_id]
          : []),
      ]);
      if (!ids.length) return {};
      const rows = await db().asset.findMany({ where: { teamId, id: { in: ids } }, select: { id: true, duration: true } });
      return Object.fromEntries(rows.map((r) => [r.id, r.duration ?? 0]));
    },
  };
}
