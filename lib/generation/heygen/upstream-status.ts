import "server-only";
import { Conflict } from "@/lib/errors";
import { heygenRequest } from "@/lib/generation/heygen/client";
import { heygenAccess } from "@/lib/generation/heygen/connection";
import { enqueueUpstreamImport } from "@/lib/generation/heygen/upstream-jobs";
import { mapUpstreamStatus } from "@/lib/generation/heygen/upstream-report";
import type { ProviderStatus, ProviderVideo } from "@/lib/generation/provider";
import { moveVideo } from "@/lib/videos/move-video";

/**
 * Asks the upstream where a forwarded video stands (GET /v1/video_status.get with the team's key); null while
 * the upstream has not accepted it yet (no upstream id). Throws UpstreamError when the upstream refuses or is
 * unreachable. For the reconciler: pass the answer to applyUpstreamStatus.
 */
export async function upstreamStatus(video: ProviderVideo): Promise<ProviderStatus | null> {
  if (!video.upstreamVideoId) return null;
  const access = await heygenAccess(video.teamId);
  if (!access) throw new Conflict("The team has no HeyGen connection any more; its key is needed to ask the upstream.");
  return mapUpstreamStatus(await heygenRequest(access, "GET", "/v1/video_status.get", { query: { video_id: video.upstreamVideoId } }));
}

/**
 * Brings our video up to what the upstream says: a finished video has its files copied first (a job that then
 * moves it to `completed` with our own URLs); anything else goes straight into moveVideo, which ignores what
 * would move the video backwards or out of a terminal state.
 */
export async function applyUpstreamStatus(videoId: string, status: ProviderStatus): Promise<void> {
  if (status.status === "completed") return enqueueUpstreamImport(videoId);
  if (status.status === "failed") {
    await moveVideo(videoId, { status: "failed", error: status.error ?? undefined });
    return;
  }
  await moveVideo(videoId, { status: status.status, progress: status.progress ?? 0 });
}
