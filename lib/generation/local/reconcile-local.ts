import "server-only";
import { db } from "@/lib/db";
import { sendJob } from "@/lib/jobs/send-job";
import { moveVideo } from "@/lib/videos/move-video";
import type { ProviderVideo, RepairAction } from "../provider";
import { videoAssembleJob } from "./jobs/video-assemble-job";
import { renderJobState } from "./render-job-state";
import { enqueueRender } from "./render-queue";

const LOST = {
  code: "internal_error",
  message: "The render stopped without reporting a result. Submit the video again; if it keeps happening, tell the operator the video id.",
};

// A local render checked against what the render queue knows: a finished assembly's report (kept as its job
// output) is applied; a pending video without any job is queued again; a video whose scenes are all done but
// was never assembled is assembled; a video with no live job left is failed. A live job means still rendering.
export async function reconcileLocal(video: ProviderVideo): Promise<RepairAction | null> {
  const jobs = await renderJobState(video.id);
  if (jobs.finished) {
    const result = await moveVideo(video.id, jobs.finished);
    return result?.moved ? "completed" : null;
  }
  if (jobs.live) return null;
  if (!jobs.any && video.status === "pending") {
    await db().$transaction(async (tx) => {
      await enqueueRender(tx, { videoId: video.id, teamId: video.teamId });
      await tx.video.update({ where: { id: video.id }, data: { updatedAt: new Date() } });
    });
    return "requeued";
  }
  if (!jobs.assembling && video.scenesTotal > 0 && video.scenesDone >= video.scenesTotal) {
    await sendJob(videoAssembleJob, { videoId: video.id }, { singletonKey: video.id });
    await db().video.update({ where: { id: video.id }, data: { updatedAt: new Date() } });
    return "assembling";
  }
  const result = await moveVideo(video.id, { status: "failed", error: LOST });
  return result?.moved ? "failed" : null;
}
