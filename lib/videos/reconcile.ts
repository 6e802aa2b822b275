import "server-only";
import { db } from "@/lib/db";
import { queue } from "@/lib/queue";
import { renderJobState } from "@/lib/render/jobs/render-job-state";
import { renderQueues, type AssembleJob } from "@/lib/render/jobs/queues";
import { moveVideo } from "@/lib/videos/move-video";
import { enqueueRender } from "@/lib/videos/render-queue";
import { applyUpstreamStatus, upstreamStatus } from "@/lib/generation/heygen/upstream-status";

export type Repair = { videoId: string; action: "completed" | "requeued" | "assembling" | "failed" | "upstream-completed" | "upstream-failed" };
export type ReconcileOptions = { olderThanSeconds: number; limit?: number; now?: Date; /** Only this team's videos. */ teamId?: string };

const LOST = {
  code: "internal_error",
  message: "The render stopped without reporting a result. Submit the video again; if it keeps happening, tell the operator the video id.",
};

// The reconciler: videos whose status has not moved for `olderThanSeconds` are checked against what the
// render queue knows, so a lost report never leaves a video stuck. A finished assembly's report (kept as
// its job output) is applied; a pending video without any job is queued again; a video whose scenes are
// all done but was never assembled is assembled; a video with no live job left is failed. Every change
// goes through the one ingestion function. Videos with a live job are left alone (still rendering).
// Videos forwarded to an upstream (HeyGen provider) are asked about at the upstream instead.
export async function reconcileVideos(o: ReconcileOptions): Promise<Repair[]> {
  const before = new Date((o.now ?? new Date()).getTime() - o.olderThanSeconds * 1000);
  const stale = await db().video.findMany({
    where: { status: { in: ["pending", "waiting", "processing"] }, updatedAt: { lt: before }, ...(o.teamId ? { teamId: o.teamId } : {}) },
    select: { id: true, teamId: true, status: true, scenesDone: true, scenesTotal: true, provider: true, upstreamVideoId: true, upstreamBaseUrl: true },
    orderBy: { updatedAt: "asc" },
    take: o.limit ?? 100,
  });
  const repairs: Repair[] = [];
  for (const video of stale) {
    if (video.provider === "heygen") {
      const upstream = await upstreamStatus(video).catch((error: unknown) => {
        console.error(`[reconcile] video ${video.id}: the upstream could not be asked:`, error instanceof Error ? error.message : error);
        return null;
      });
      if (!upstream) continue;
      await applyUpstreamStatus(video.id, upstream);
      if (upstream.status === "completed" || upstream.status === "failed") repairs.push({ videoId: video.id, action: `upstream-${upstream.status}` });
      continue;
    }
    const jobs = await renderJobState(video.id);
    if (jobs.finished) {
      const result = await moveVideo(video.id, jobs.finished);
      if (result?.moved) repairs.push({ videoId: video.id, action: "completed" });
    } else if (jobs.live) {
      continue;
    } else if (!jobs.any && video.status === "pending") {
      await db().$transaction(async (tx) => {
        await enqueueRender(tx, { videoId: video.id, teamId: video.teamId });
        await tx.video.update({ where: { id: video.id }, data: { updatedAt: new Date() } });
      });
      repairs.push({ videoId: video.id, action: "requeued" });
    } else if (!jobs.assembling && video.scenesTotal > 0 && video.scenesDone >= video.scenesTotal) {
      const job: AssembleJob = { videoId: video.id };
      await (await queue()).send(renderQueues.assemble, job, { singletonKey: video.id });
      await db().video.update({ where: { id: video.id }, data: { updatedAt: new Date() } });
      repairs.push({ videoId: video.id, action: "assembling" });
    } else {
      const result = await moveVideo(video.id, { status: "failed", error: LOST });
      if (result?.moved) repairs.push({ videoId: video.id, action: "failed" });
    }
  }
  return repairs;
}
