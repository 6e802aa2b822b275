import "server-only";
import { db } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { moveVideo } from "@/lib/videos/move-video";
import { cancelRender } from "@/lib/generation/local/render-queue";
import type { VideoStatus } from "@/lib/videos/status";

/** Ends a pending, waiting or processing video as `failed` with code `cancelled`. */
export async function cancelVideo(teamId: string, videoId: string): Promise<{ video_id: string; status: VideoStatus }> {
  const video = await db().video.findFirst({ where: { id: videoId, teamId }, select: { status: true } });
  if (!video) throw new NotFound("The video");
  if (video.status === "completed") throw new Conflict("The video has already completed; delete it instead.");
  const after = await moveVideo(videoId, {
    status: "failed",
    error: { code: "cancelled", message: "The video was cancelled before it finished. Submit it again to render it." },
  });
  await cancelRender(videoId);
  return { video_id: videoId, status: after?.status ?? "failed" };
}
