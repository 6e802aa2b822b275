import "server-only";
import { db } from "@/lib/db";
import type { VideoStatus } from "@/lib/videos/status";
import type { RepairAction } from "./provider";
import { providerOfKind } from "./providers";

export type Repair = { videoId: string; action: RepairAction };
export type ReconcileOptions = { olderThanSeconds: number; limit?: number; now?: Date; /** Only this team's videos. */ teamId?: string };

// The reconciler: videos whose status has not moved for `olderThanSeconds` are handed to the provider that
// renders them (the video's own, not the team's current one), which asks its renderer where the video stands
// and repairs it, so a lost report or a lost job never leaves a video stuck. Every change goes through the
// one ingestion function; videos still being worked on are left alone.
export async function reconcileVideos(o: ReconcileOptions): Promise<Repair[]> {
  const before = new Date((o.now ?? new Date()).getTime() - o.olderThanSeconds * 1000);
  const stale = await db().video.findMany({
    where: { status: { in: ["pending", "waiting", "processing"] }, updatedAt: { lt: before }, ...(o.teamId ? { teamId: o.teamId } : {}) },
    select: {
      id: true,
      teamId: true,
      status: true,
      scenesDone: true,
      scenesTotal: true,
      provider: true,
      upstreamVideoId: true,
      upstreamBaseUrl: true,
    },
    orderBy: { updatedAt: "asc" },
    take: o.limit ?? 100,
  });
  const repairs: Repair[] = [];
  for (const video of stale) {
    try {
      const provider = await providerOfKind(video.provider, video.teamId);
      const action = await provider.reconcile({ ...video, status: video.status as VideoStatus });
      if (action) repairs.push({ videoId: video.id, action });
    } catch (error) {
      console.error(
        `[reconcile] video ${video.id}: its ${video.provider} renderer could not be asked:`,
        error instanceof Error ? error.message : error,
      );
    }
  }
  return repairs;
}
