import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { statusRank, statusRankSql, type VideoStatus } from "@/lib/videos/status";
import { refundQuota, settleQuota } from "@/lib/videos/quota";
import { emitVideoEvents } from "@/lib/videos/emit-video-events";

export type VideoReport = {
  status: VideoStatus;
  progress?: number;
  error?: { code: string; message: string; detail?: string };
  outputs?: Record<string, string>;
  duration?: number;
};

/**
 * The one status-ingestion function: applies a report if the state machine allows it (never backwards,
 * never out of a terminal state, progress never shrinking), atomically under concurrent reports.
 * Returns the video's status after the call, or null when the video does not exist. A move to `failed`
 * refunds the quota charge in the same transaction; a move to a terminal state records its webhook events and
 * their delivery jobs in the same transaction too, so each is emitted exactly once, whatever reports repeat.
 */
export async function moveVideo(videoId: string, report: VideoReport, tx?: Tx): Promise<{ status: VideoStatus; moved: boolean } | null> {
  const run = async (t: Tx) => {
    const progress = report.status === "completed" ? 100 : Math.max(0, Math.min(100, Math.round(report.progress ?? 0)));
    const terminal = report.status === "completed" || report.status === "failed";
    const rows = await t.$queryRaw<{ id: string; teamId: string; quotaCharged: number }[]>`
      UPDATE "Video" SET
        "status" = ${report.status}::"VideoStatus",
        "progress" = GREATEST("progress", ${progress}),
        "startedAt" = CASE WHEN ${report.status} IN ('processing', 'completed', 'failed') THEN COALESCE("startedAt", now()) ELSE "startedAt" END,
        "completedAt" = CASE WHEN ${terminal} THEN now() ELSE "completedAt" END,
        "errorCode" = COALESCE(${report.error?.code ?? null}, "errorCode"),
        "errorMessage" = COALESCE(${report.error?.message ?? null}, "errorMessage"),
        "errorDetail" = COALESCE(${report.error?.detail ?? null}, "errorDetail"),
        "outputs" = COALESCE(${report.outputs ? JSON.stringify(report.outputs) : null}::jsonb, "outputs"),
        "duration" = COALESCE(${report.duration ?? null}::double precision, "duration"),
        "updatedAt" = now()
      WHERE "id" = ${videoId}
        AND "status" NOT IN ('completed', 'failed')
        AND ${Prisma.raw(statusRankSql)} <= ${statusRank[report.status]}
      RETURNING "id", "teamId", "quotaCharged"`;
    const moved = rows[0];
    if (moved && report.status === "failed") await refundQuota(t, moved.teamId, moved.quotaCharged);
    // Completed: the reservation becomes what the video lasts.
    if (moved && report.status === "completed" && report.duration !== undefined) {
      const settled = await settleQuota(t, moved.teamId, moved.quotaCharged, report.duration);
      await t.video.update({ where: { id: videoId }, data: { quotaCharged: settled } });
    }
    if (moved && terminal) await emitVideoEvents(t, videoId);
    const now = await t.video.findUnique({ where: { id: videoId }, select: { status: true } });
    return now ? { status: now.status as VideoStatus, moved: !!moved } : null;
  };
  return tx ? run(tx) : db().$transaction(run);
}
