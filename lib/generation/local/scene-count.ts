import "server-only";
import { db } from "@/lib/db";

/** Counts one scene done; `last` once the count reaches the number of scenes. */
export async function sceneDone(videoId: string): Promise<{ last: boolean; done: number; total: number }> {
  const rows = await db().$queryRaw<{ scenesDone: number; scenesTotal: number }[]>`
    UPDATE "Video" SET "scenesDone" = "scenesDone" + 1, "updatedAt" = now()
    WHERE "id" = ${videoId} RETURNING "scenesDone", "scenesTotal"`;
  const row = rows[0];
  if (!row) return { last: false, done: 0, total: 0 };
  // `>=`: a retried scene may count twice; assembly checks every segment exists and retries if one is missing.
  return { last: row.scenesDone >= row.scenesTotal, done: row.scenesDone, total: row.scenesTotal };
}
