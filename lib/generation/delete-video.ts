import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { moveVideo } from "@/lib/videos/move-video";
import { cancelRender } from "@/lib/generation/local/render-queue";
import { removeVideoFiles } from "@/lib/videos/video-files";

/** Cancels a running render, removes the video's files and its row; later status calls answer 404. */
export async function deleteVideo(teamId: string, videoId: string): Promise<{ video_id: string }> {
  const video = await db().video.findFirst({ where: { id: videoId, teamId }, select: { status: true } });
  if (!video) throw new NotFound("The video");
  if (video.status !== "completed" && video.status !== "failed") {
    await moveVideo(videoId, { status: "failed", error: { code: "cancelled", message: "The video was deleted." } });
  }
  await cancelRender(videoId);
  await db().video.deleteMany({ where: { id: videoId, teamId } });
  await removeVideoFiles(teamId, videoId);
  return { video_id: videoId };
}
