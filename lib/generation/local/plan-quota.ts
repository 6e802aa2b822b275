import "server-only";
import { MAX_VOICE_SECONDS } from "@/lib/contract/estimate";
import { db } from "@/lib/db";
import { RenderFailure } from "@/lib/render/failure";
import { UNLIMITED_QUOTA } from "@/lib/videos/quota";

/**
 * Records scene `index`'s planned length and refuses the video (quota_exceeded, permanent) once its scenes add
 * up to more than 60 minutes, or to more than the team may still render: its reservation plus what is left.
 * Inputs measured only now (a linked recording, a full_video background) are what this catches.
 */
export async function checkPlanLength(videoId: string, index: number, seconds: number): Promise<void> {
  const [row] = await db().$queryRaw<{ sceneSeconds: Record<string, number>; quotaCharged: number; quotaSeconds: number }[]>`
    UPDATE "Video" v SET "sceneSeconds" = jsonb_set(v."sceneSeconds", ARRAY[${String(index)}], to_jsonb(${seconds}::double precision))
    FROM "Team" t WHERE v."id" = ${videoId} AND t."id" = v."teamId"
    RETURNING v."sceneSeconds", v."quotaCharged", t."quotaSeconds"`;
  if (!row) return;
  const total = Object.values(row.sceneSeconds).reduce((sum, s) => sum + s, 0);
  if (total > MAX_VOICE_SECONDS) {
    throw new RenderFailure(
      "quota_exceeded",
      `The video would last ${Math.ceil(total / 60)} minutes; a video may last at most 60 minutes.`,
      true,
    );
  }
  if (row.quotaSeconds === UNLIMITED_QUOTA) return;
  const allowed = row.quotaCharged + row.quotaSeconds;
  if (Math.ceil(total) > allowed) {
    throw new RenderFailure(
      "quota_exceeded",
      `The video would last at least ${Math.ceil(total)} s, but the team may render ${allowed} s more. Ask your operator to raise the quota.`,
      true,
    );
  }
}
