import "server-only";
import type { Tx } from "@/lib/db";
import { inTransaction, queue, queues } from "@/lib/queue";

export type RenderJob = { videoId: string; teamId: string };

/** Enqueues the render of a video inside the caller's transaction; one job per video (singleton key). */
export async function enqueueRender(tx: Tx, job: RenderJob): Promise<string> {
  const boss = await queue();
  const id = await boss.send(queues.videoRender, job, { singletonKey: job.videoId, db: inTransaction(tx) });
  if (!id) throw new Error(`the render job for video ${job.videoId} was not created`);
  return id;
}

/** Cancels the queued or running render jobs of a video (the engine also re-checks the row between steps). */
export async function cancelRender(videoId: string): Promise<void> {
  const boss = await queue();
  const ids = await boss.getDb().executeSql(
    `SELECT id FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state < 'completed'`,
    [queues.videoRender, videoId],
  );
  const list = (ids.rows as { id: string }[]).map((r) => r.id);
  if (list.length) await boss.cancel(queues.videoRender, list);
}
