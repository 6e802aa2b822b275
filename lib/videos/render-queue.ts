import "server-only";
import type { Tx } from "@/lib/db";
import { queue, queues } from "@/lib/queue";

export type RenderJob = { videoId: string; teamId: string };

// pg-boss runs its SQL through whatever `executeSql` it is given: handing it the Prisma transaction puts the
// job in the same transaction as the Video row, so both exist or neither does.
function inTransaction(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // pg-boss passes job data as an object for a ::jsonb parameter; Prisma wants it serialised.
      const params = values.map((v) => (v !== null && typeof v === "object" && !(v instanceof Date) && !Array.isArray(v) ? JSON.stringify(v) : (v ?? null)));
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...params);
      return { rows };
    },
  };
}

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
