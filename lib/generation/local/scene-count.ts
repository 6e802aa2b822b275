import "server-only";
import { db } from "@/lib/db";

/**
 * Records scene `index` as rendered; a scene rendered twice (a retry after its worker died) counts once.
 * `last` once every scene is: a repeated `last` is harmless (assembly is a singleton per video, and stops for
 * a finished video).
 */
export async function sceneDone(videoId: string, index: number): Promise<{ last: boolean; done: number; total: number }> {
  const rows = await db().$queryRaw<{ scenesDone: number; scenesTotal: number }[]>`
    UPDATE "Video" SET
      "scenesRendered" = CASE WHEN ${index}::int = ANY("scenesRendered") THEN "scenesRendered" ELSE array_append("scenesRendered", ${index}::int) END,
      "scenesDone" = cardinality(CASE WHEN ${index}::int = ANY("scenesRendered") THEN "scenesRendered" ELSE array_append("scenesRendered", ${index}::int) END),
      "updatedAt" = now()
    WHERE "id" = ${videoId} RETURNING "scenesDone", "scenesTotal"`;
  const row = rows[0];
  if (!row) return { last: false, done: 0, total: 0 };
  return { last: row.scenesDone >= row.scenesTotal, done: row.scenesDone, total: row.scenesTotal };
}
