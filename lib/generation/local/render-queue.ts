import "server-only";
import type { Tx } from "@/lib/db";
import { sendJob } from "@/lib/jobs/send-job";
import { queue } from "@/lib/queue";
import { videoRenderJob } from "./jobs/video-render-job";

/** Enqueues the render of a video inside the caller's transaction; one job per video (singleton key). */
export async function enqueueRender(tx: Tx, job: { videoId: string; teamId: string }): Promise<string> {
  const id = await sendJob(videoRenderJob, job, { singletonKey: job.videoId, tx });
  if (!id) throw new Error(`the render job for video ${job.videoId} was not created`);
  return id;
}

/** Cancels the queued or running render jobs of a video (the engine also re-checks the row between steps). */
export async function cancelRender(videoId: string): Promise<void> {
  const boss = await queue();
  const ids = await boss
    .getDb()
    .executeSql(`SELECT id FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state < 'completed'`, [videoRenderJob.name, videoId]);
  const list = (ids.rows as { id: string }[]).map((r) => r.id);
  if (list.length) await boss.cancel(videoRenderJob.name, list);
}
