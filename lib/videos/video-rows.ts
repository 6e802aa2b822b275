import "server-only";
import { listVideos, type VideoFilter } from "@/lib/videos/list-videos";
import { signedUrlIfAny as sign } from "@/lib/storage/signed-url";
import type { VideoOutputs } from "@/lib/videos/describe-video";
import type { VideoStatus } from "@/lib/videos/status";
import { sharePageUrl } from "@/lib/videos/share";

export type VideoRow = {
  id: string;
  title: string | null;
  status: VideoStatus;
  progress: number;
  createdAt: string;
  duration: number | null;
  creator: { kind: "user"; name: string } | { kind: "key"; name: string; prefix: string } | { kind: "unknown" };
  error: { code: string; message: string } | null;
  test: boolean;
  // Signed links (7 days) once the video is rendered.
  thumbnailUrl: string | null;
  videoUrl: string | null;
  // The public page while sharing is on, else null.
  shareUrl: string | null;
};

/** The dashboard's Videos list: every video of the team, API-created ones included, with who made it. */
export async function listVideoRows(
  teamId: string,
  page: { limit: number; token?: string; status?: VideoFilter["status"]; folder_id?: string; creator?: string },
): Promise<{ videos: VideoRow[]; token: string | null }> {
  const { videos, token } = await listVideos(teamId, {
    limit: page.limit,
    token: page.token,
    filter: { status: page.status, folderId: page.folder_id, creator: page.creator },
  });
  return {
    token,
    videos: await Promise.all(
      videos.map(async (v) => ({
        id: v.id,
        title: v.title,
        status: v.status as VideoStatus,
        progress: v.status === "completed" ? 100 : v.progress,
        createdAt: v.createdAt.toISOString(),
        duration: v.duration,
        creator: v.createdBy
          ? { kind: "user", name: v.createdBy.name || v.createdBy.email }
          : v.apiKey
            ? { kind: "key", name: v.apiKey.name, prefix: v.apiKey.prefix }
            : { kind: "unknown" },
        error: v.status === "failed" ? { code: v.errorCode ?? "internal_error", message: v.errorMessage ?? "" } : null,
        test: v.test,
        thumbnailUrl: await sign((v.outputs as VideoOutputs | null)?.thumbnail),
        videoUrl: await sign((v.outputs as VideoOutputs | null)?.video),
        shareUrl: sharePageUrl(v.shareToken),
      })),
    ),
  };
}
